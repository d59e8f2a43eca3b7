package nl.kamerbrief.mandates.batch;

import static nl.kamerbrief.mandates.batch.RunFixtures.assertSameFiles;
import static nl.kamerbrief.mandates.batch.RunFixtures.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.kamerbrief.mandates.ingest.Ingestion;
import nl.kamerbrief.mandates.pipeline.Pipeline;
import nl.kamerbrief.mandates.rules.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents are read in parallel, yet what a run writes does not depend on the number of workers. */
class ParallelRunTest {

    private static Pipeline pipeline;

    @TempDir
    Path tmp;

    @BeforeAll
    static void load() throws Exception {
        pipeline = new Pipeline(RuleSet.load(Path.of("rules")), false);
    }

    @Test
    void recordsDocumentsAndTextsAreTheSameWithOneTwoAndFourWorkers() throws IOException {
        Path in = tmp.resolve("in");
        List<Path> letters = RunFixtures.copyCorpus(in);
        RunFixtures.copyFormats(in.resolve("formats"), 1);
        Files.write(in.resolve("formats/leeg.pdf"), new byte[0]);                 // fails
        RunFixtures.write(in.resolve("formats/letter.json"), "{\"not\": \"a letter\"}\n"); // skipped
        List<String> inputs = List.of(in.toString());

        Map<String, byte[]> one = runWith(inputs, tmp.resolve("out1"), 1);
        Map<String, byte[]> two = runWith(inputs, tmp.resolve("out2"), 2);
        Map<String, byte[]> four = runWith(inputs, tmp.resolve("out4"), 4);

        // the fixture is worth comparing: every letter has a line, the texts are there, records were found
        String docs = new String(one.get("documents.jsonl"), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(letters.size() + 4 + 2, docs.lines().count(), "one line per input");
        assertTrue(docs.contains("\"status\":\"failed\"") && docs.contains("\"status\":\"skipped\""), docs);
        assertTrue(one.get("records.jsonl").length > 10_000, "the corpus gives records");
        assertTrue(one.keySet().stream().filter(k -> k.startsWith("text/")).count() >= letters.size());

        assertSameFiles(one, two, "2 workers against 1");
        assertSameFiles(one, four, "4 workers against 1");
    }

    @Test
    void recordsFollowTheInputOrderWhateverFinishesFirst() throws IOException {
        // a long letter first and short ones after: with 4 workers the short ones finish first
        Path in = tmp.resolve("in");
        List<Path> letters = new ArrayList<>(RunFixtures.copyCorpus(in));
        letters.sort((a, b) -> Long.compare(size(b), size(a)));
        List<String> inputs = letters.stream().limit(6).map(Path::toString).toList();
        runWith(inputs, tmp.resolve("out"), 4);
        List<String> order = new ArrayList<>();
        for (var doc : RunFixtures.jsonLines(tmp.resolve("out/documents.jsonl"))) {
            order.add(doc.get("path").asText());
        }
        assertEquals(inputs, order);
        List<String> recordDocs = new ArrayList<>();
        for (var rec : RunFixtures.jsonLines(tmp.resolve("out/records.jsonl"))) {
            String id = rec.get("document").get("id").asText();
            if (recordDocs.isEmpty() || !recordDocs.get(recordDocs.size() - 1).equals(id)) {
                recordDocs.add(id);
            }
        }
        List<String> ids = inputs.stream().map(p -> BatchRunner.stem(Path.of(p).getFileName().toString()))
                .filter(recordDocs::contains).toList();
        assertEquals(ids, recordDocs, "records grouped by document, documents in input order");
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, byte[]> runWith(List<String> inputs, Path out, int threads) throws IOException {
        BatchRunner.Summary s = new BatchRunner(pipeline, Ingestion.standard(), "test").run(new BatchRunner.Options(
                inputs, out, 200_000_000L, false, BatchRunner.Options.DEFAULT_TIMEOUT, threads, false, false, true));
        assertEquals(0, s.reused());
        return snapshot(out);
    }
}
