package nl.kamerbrief.mandates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.kamerbrief.mandates.batch.BatchRunner;
import nl.kamerbrief.mandates.eval.Aliases;
import nl.kamerbrief.mandates.eval.ScoreReport;
import nl.kamerbrief.mandates.eval.Scorer;
import nl.kamerbrief.mandates.ingest.DutchWords;
import nl.kamerbrief.mandates.ingest.IngestOptions;
import nl.kamerbrief.mandates.ingest.Ingestion;
import nl.kamerbrief.mandates.pipeline.Pipeline;
import nl.kamerbrief.mandates.rules.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same letter in every format it comes in gives the same records (issue 11, point 8): the PDF, DOCX, HTML and
 * XML versions in src/test/resources/formats against the text version in corpus/, compared on mission, count and
 * end date; and the development-set scores on the five PDFs stay within 0.02 of those on their text versions.
 */
class FormatsTest {

    private static final Path FORMATS = Path.of("src/test/resources/formats");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    private static Pipeline pipeline;
    private static Ingestion ingestion;

    @BeforeAll
    static void setUp() throws Exception {
        RuleSet rules = RuleSet.load(Path.of("rules"));
        pipeline = new Pipeline(rules, true);
        ingestion = Ingestion.standard(IngestOptions.defaults(DutchWords.load(rules.dir().resolve("words-nl.txt"))));
    }

    static Stream<Path> formatFiles() throws IOException {
        try (Stream<Path> s = Files.list(FORMATS)) {
            return s.filter(p -> !p.getFileName().toString().endsWith(".md")).sorted().toList().stream();
        }
    }

    /** The text version of a letter under corpus/: the same stem, .txt or .md. */
    private static Path textVersion(Path file) {
        String stem = BatchRunner.stem(file.getFileName().toString());
        Path txt = Path.of("corpus", stem + ".txt");
        return Files.exists(txt) ? txt : Path.of("corpus", stem + ".md");
    }

    /** (mission id, count, end date) of each record of one file, extracted alone. */
    private static TreeSet<String> records(Path file, String run) throws IOException {
        Path out = tmp.resolve(run);
        BatchRunner.Summary s = new BatchRunner(pipeline, ingestion, "test")
                .run(new BatchRunner.Options(List.of(file.toString()), out, 209715200L, false));
        assertEquals(1, s.ok(), () -> file + " is read: " + s.documents());
        TreeSet<String> keys = new TreeSet<>();
        for (String line : Files.readAllLines(out.resolve("records.jsonl"))) {
            JsonNode r = JSON.readTree(line);
            keys.add(r.path("mission").path("id").asText() + " | " + r.path("personnel").path("count").asText("-")
                    + " | " + r.path("end_date").path("value").asText("-"));
        }
        return keys;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formatFiles")
    void everyFormatGivesTheRecordsOfTheText(Path file) throws IOException {
        String name = file.getFileName().toString();
        TreeSet<String> expected = records(textVersion(file), "txt-" + name);
        TreeSet<String> actual = records(file, "fmt-" + name);
        assertTrue(!expected.isEmpty(), "the text version has records");
        assertEquals(String.join("\n", expected), String.join("\n", actual),
                name + ": records (mission | count | end) differ from the text version's");
    }

    @Test
    void scoresOnThePdfsStayWithinTwoHundredthsOfTheText() throws IOException {
        Map<String, JsonNode> gold = Scorer.loadGold(List.of(Path.of("corpus/gold")));
        List<String> pdfs = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (String id : new TreeSet<>(gold.keySet())) {
            Path pdf = FORMATS.resolve(id + ".pdf");
            assertTrue(Files.exists(pdf), "a PDF of " + id);
            pdfs.add(pdf.toString());
            texts.add(textVersion(pdf).toString());
        }
        Aliases aliases = Aliases.load(List.of(Path.of("corpus/gold/aliases.tsv")));
        Map<String, Double> onText = score(gold, texts, "dev-txt", aliases);
        Map<String, Double> onPdf = score(gold, pdfs, "dev-pdf", aliases);
        Map<String, String> off = new TreeMap<>();
        for (var e : onText.entrySet()) {
            double pdf = onPdf.get(e.getKey());
            if (Math.abs(pdf - e.getValue()) > 0.02 + 1e-9) {
                off.put(e.getKey(), String.format("text %.3f, pdf %.3f", e.getValue(), pdf));
            }
        }
        assertEquals(Map.of(), off, "measures on the PDFs more than 0.02 from the text versions");
    }

    private static Map<String, Double> score(Map<String, JsonNode> gold, List<String> inputs, String run,
                                             Aliases aliases) throws IOException {
        Path out = tmp.resolve(run);
        BatchRunner.Summary s = new BatchRunner(pipeline, ingestion, "test")
                .run(new BatchRunner.Options(inputs, out, 209715200L, false));
        assertEquals(inputs.size(), s.ok(), () -> "every letter is read: " + s.documents());
        ScoreReport r = new Scorer(aliases).score(gold, Scorer.loadPredictions(out), out);
        return r.summary();
    }
}
