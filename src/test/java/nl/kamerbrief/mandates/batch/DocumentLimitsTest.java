package nl.kamerbrief.mandates.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kamerbrief.mandates.ingest.DutchWords;
import nl.kamerbrief.mandates.ingest.IngestOptions;
import nl.kamerbrief.mandates.ingest.Ingestion;
import nl.kamerbrief.mandates.pipeline.Pipeline;
import nl.kamerbrief.mandates.rules.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document past one of its limits (bytes, pages, time) or that exhausts memory fails alone, with the reason in
 * documents.jsonl, and the run goes on (issue 15, point 4): each run holds the document past the limit and a good
 * letter, which still gets its records. Bytes and pages with real letters; time and memory with a reader that hangs
 * or starves as a stuck parser would ({@link MisbehavingIngestor}), since no real letter does so reliably.
 */
class DocumentLimitsTest {

    private static final Path KENNISGEVING_TXT = Path.of("corpus/2022-06-17-kennisgeving-eufor-althea.txt");
    private static final Path SAMENHANG_TXT = Path.of("corpus/2022-06-17-samenhang-missies-2022-2025.txt");
    private static final Path FORMATS = Path.of("src/test/resources/formats");

    private static Pipeline pipeline;

    @TempDir
    Path tmp;

    @BeforeAll
    static void load() throws Exception {
        pipeline = new Pipeline(RuleSet.load(Path.of("rules")), false);
    }

    /** The documents.jsonl lines of a run, by id. */
    private record Run(Map<String, JsonNode> documents, String records) {
        JsonNode doc(String id) {
            JsonNode d = documents.get(id);
            assertTrue(d != null, "no line for " + id + " in " + documents.keySet());
            return d;
        }

        void failed(String id, String reasonStart) {
            JsonNode d = doc(id);
            assertEquals("failed", d.path("status").asText(), d.toString());
            assertTrue(d.path("reason").asText().startsWith(reasonStart), d.toString());
            assertTrue(!records.contains("\"id\":\"" + id + "\""), "no records of " + id);
        }

        void goodWithRecords(String id) {
            JsonNode d = doc(id);
            assertEquals("ok", d.path("status").asText(), d.toString());
            assertTrue(d.path("records").asInt() >= 1, d.toString());
            assertTrue(records.contains("\"id\":\"" + id + "\""), "the good letter's records");
        }
    }

    private Run run(Ingestion ingestion, long maxBytes, Duration timeout, Map<String, Path> inputs) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (Map.Entry<String, Path> e : inputs.entrySet()) {
            Files.copy(e.getValue(), in.resolve(e.getKey()), StandardCopyOption.REPLACE_EXISTING);
        }
        Path out = tmp.resolve("out");
        BatchRunner.Summary s = new BatchRunner(pipeline, ingestion, "test")
                .run(new BatchRunner.Options(List.of(in.toString()), out, maxBytes, false, timeout));
        assertEquals(inputs.size(), s.documents().size());
        assertEquals(1, s.failed(), s.documents().toString());
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> docs = new HashMap<>();
        for (String line : Files.readAllLines(out.resolve("documents.jsonl"))) {
            JsonNode d = json.readTree(line);
            docs.put(d.path("id").asText(), d);
        }
        return new Run(docs, Files.readString(out.resolve("records.jsonl")));
    }

    @Test
    void aDocumentOverTheByteLimitFailsAlone() throws Exception {
        long limit = Files.size(KENNISGEVING_TXT) + 1000;
        Run r = run(Ingestion.standard(), limit, Duration.ofSeconds(60),
                Map.of("a-groot.txt", SAMENHANG_TXT, "b-goed.txt", KENNISGEVING_TXT));
        r.failed("a-groot", "too large: " + Files.size(SAMENHANG_TXT) + " bytes, limit " + limit);
        r.goodWithRecords("b-goed");
    }

    @Test
    void aDocumentOverThePageLimitFailsAlone() throws Exception {
        Ingestion fivePages = Ingestion.standard(new IngestOptions(DutchWords.NONE, 5, null));
        Run r = run(fivePages, 1L << 30, Duration.ofSeconds(60),
                Map.of("a-twaalf-paginas.pdf", FORMATS.resolve("2022-06-17-samenhang-missies-2022-2025.pdf"),
                        "b-goed.pdf", FORMATS.resolve("2022-06-17-kennisgeving-eufor-althea.pdf")));
        r.failed("a-twaalf-paginas", "too large: 12 pages, limit 5");
        r.goodWithRecords("b-goed");
    }

    @Test
    void aDocumentOverTheTimeLimitFailsAlone() throws Exception {
        Run r = run(new Ingestion(List.of(new MisbehavingIngestor())), 1L << 30, Duration.ofSeconds(2),
                Map.of("hangs.txt", KENNISGEVING_TXT, "z-goed.txt", KENNISGEVING_TXT));
        r.failed("hangs", "timed out after 2 s (--timeout)");
        r.goodWithRecords("z-goed");
    }

    @Test
    void aDocumentThatExhaustsMemoryFailsAlone() throws Exception {
        Run r = run(new Ingestion(List.of(new MisbehavingIngestor())), 1L << 30, Duration.ofSeconds(60),
                Map.of("eats-memory.txt", KENNISGEVING_TXT, "z-goed.txt", KENNISGEVING_TXT));
        r.failed("eats-memory", "out of memory");
        r.goodWithRecords("z-goed");
    }
}
