package nl.kamerbrief.mandates.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Every hostile file of src/test/resources/bad (a copy of ../shared/corpus/bad, whose README says what must happen)
 * in one run, as a user would run them, without OCR: none crashes or holds up the run, each gets the outcome its
 * README asks for, and the good ones still get their records.
 */
class BadFilesTest {

    @TempDir
    static Path out;

    private static final Map<String, JsonNode> DOCS = new HashMap<>();
    private static String records;
    private static BatchRunner.Summary summary;

    @BeforeAll
    static void runTheFolder() throws Exception {
        RuleSet rules = RuleSet.load(Path.of("rules"));
        Ingestion noOcr = Ingestion.standard(new IngestOptions(DutchWords.load(rules.dir().resolve("words-nl.txt")),
                IngestOptions.DEFAULT_MAX_PAGES, null));
        BatchRunner runner = new BatchRunner(new Pipeline(rules, false), noOcr, "test");
        summary = runner.run(new BatchRunner.Options(List.of("src/test/resources/bad"), out, 209715200L, false));
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(out.resolve("documents.jsonl"))) {
            JsonNode d = json.readTree(line);
            DOCS.put(d.path("id").asText(), d);
        }
        records = Files.readString(out.resolve("records.jsonl"));
    }

    private static JsonNode doc(String id) {
        JsonNode d = DOCS.get(id);
        assertTrue(d != null, "a line for " + id);
        return d;
    }

    private static void fails(String id, String reasonStart) {
        JsonNode d = doc(id);
        assertEquals("failed", d.path("status").asText(), d.toString());
        assertTrue(d.path("reason").asText().startsWith(reasonStart), d.toString());
        assertEquals(0, d.path("records").asInt());
        assertTrue(!records.contains("\"id\":\"" + id + "\""), "no records of " + id);
    }

    private static long recordsOf(String id) {
        return records.lines().filter(l -> l.contains("\"id\":\"" + id + "\"")).count();
    }

    @Test
    void brokenAndEncryptedPdfsFailWithTheirReason() {
        fails("encrypted-user-password", "encrypted, password required");
        fails("truncated-60-percent", "damaged or truncated file");
        fails("empty-zero-bytes", "empty file");
    }

    @Test
    void aPdfThatOnlyForbidsPrintingIsReadAsTheUnencryptedOne() {
        JsonNode d = doc("encrypted-owner-password-only");
        assertEquals("ok", d.path("status").asText(), d.toString());
        assertEquals(12, d.path("pages").asInt());
        assertTrue(d.path("warnings").toString().contains("encrypted"), d.toString());
        assertTrue(recordsOf("encrypted-owner-password-only") >= 30, "the samenhang letter's records");
    }

    @Test
    void aScanWithoutOcrFailsWithNoTextLayerAndTheHint() {
        fails("scanned-no-text", "no text layer");
        assertTrue(doc("scanned-no-text").path("reason").asText().contains("tesseract-ocr-nld"));
    }

    @Test
    void theFourHundredPagePdfIsReadInFull() {
        JsonNode d = doc("huge-400-pages");
        assertEquals("ok", d.path("status").asText(), d.toString());
        assertEquals(400, d.path("pages").asInt());
        assertTrue(d.path("records").asInt() > 0);
    }

    @Test
    void textNamedPdfIsReadAsTextWithAWarning() {
        JsonNode d = doc("text-file-renamed");
        assertEquals("ok", d.path("status").asText(), d.toString());
        assertEquals("text/plain", d.path("media_type").asText());
        assertTrue(d.path("warnings").toString().contains("named .pdf but the content is text/plain"), d.toString());
    }

    @Test
    void otherEncodingsGiveTheRecordsOfTheUtf8Letter() {
        for (String id : List.of("kennisgeving-latin1", "kennisgeving-utf16")) {
            JsonNode d = doc(id);
            assertEquals("ok", d.path("status").asText(), d.toString());
            assertEquals(1, d.path("records").asInt(), d.toString());
            assertTrue(records.lines().anyMatch(l -> l.contains("\"id\":\"" + id + "\"")
                    && l.contains("\"eufor-althea\"") && l.contains("2025-07-31")), id);
        }
        assertTrue(doc("kennisgeving-latin1").path("warnings").toString().contains("windows-1252"));
    }

    @Test
    void anEnglishLetterIsSkippedNotFailed() {
        JsonNode d = doc("english-letter");
        assertEquals("skipped", d.path("status").asText(), d.toString());
        assertEquals("en", d.path("language").asText());
        assertTrue(d.path("reason").asText().startsWith("not Dutch"), d.toString());
    }

    @Test
    void randomBytesAreBinaryNotText() {
        fails("random-bytes-5mb", "binary data, not text");
    }

    @Test
    void theRunCountsWhatFailed() {
        // encrypted, truncated, empty, scanned without OCR, random bytes
        assertEquals(5, summary.failed(), summary.documents().toString());
        assertTrue(summary.ok() >= 5);
    }
}
