package nl.kamerbrief.mandates.batch;

import static nl.kamerbrief.mandates.batch.RunFixtures.assertSameFiles;
import static nl.kamerbrief.mandates.batch.RunFixtures.documentLineOf;
import static nl.kamerbrief.mandates.batch.RunFixtures.lines;
import static nl.kamerbrief.mandates.batch.RunFixtures.recordLinesOf;
import static nl.kamerbrief.mandates.batch.RunFixtures.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.kamerbrief.mandates.ingest.Ingestion;
import nl.kamerbrief.mandates.pipeline.Pipeline;
import nl.kamerbrief.mandates.rules.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --incremental}: only new and changed inputs are read again, all of them when the rules or the pipeline
 * changed, and the output is byte for byte what a full run from scratch on the same inputs writes.
 */
class IncrementalRunTest {

    /** A sentence with a contribution the letters do not hold, to make a changed letter give another record. */
    private static final String UNTSO = "\n\nHet kabinet verlengt de bijdrage met twaalf militairen aan UNTSO tot en "
            + "met 31 juli 2025.\n";

    private static Pipeline pipeline;

    @TempDir
    Path tmp;

    private Path in;
    private Path out;
    private List<Path> letters;

    @BeforeAll
    static void load() throws Exception {
        pipeline = new Pipeline(RuleSet.load(Path.of("rules")), false);
    }

    @BeforeEach
    void inputs() throws IOException {
        in = tmp.resolve("in");
        out = tmp.resolve("out");
        // a dozen letters with records (corpus/more), one PDF, one that fails and one that is skipped
        letters = new ArrayList<>(RunFixtures.copyCorpus(in).stream()
                .filter(p -> p.getParent().getFileName().toString().equals("more")).limit(12).toList());
        try (var all = Files.walk(in)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                if (!letters.contains(p)) {
                    Files.delete(p);
                }
            }
        }
        RunFixtures.copyFormats(in.resolve("formats"), 1).stream().filter(p -> !p.toString().endsWith(".pdf"))
                .forEach(p -> p.toFile().delete());
        Files.write(in.resolve("formats/leeg.pdf"), new byte[0]);
        RunFixtures.write(in.resolve("formats/letter.json"), "{\"not\": \"a letter\"}\n");
    }

    @Test
    void aRerunWithNothingNewReadsNothingAndWritesTheSameBytes() throws IOException {
        BatchRunner.Summary first = incremental(runner("v1", "rules-a"), false);
        assertEquals(0, first.reused());
        Map<String, byte[]> before = RunFixtures.snapshotWithState(out);

        BatchRunner.Summary again = incremental(runner("v1", "rules-a"), false);
        assertEquals(first.documents().size(), again.reused(), "every input unchanged, none read again");
        assertEquals(first.records(), again.records());
        assertEquals(first.failed(), again.failed(), "a failed input stays failed, with its reason");
        assertSameFiles(before, RunFixtures.snapshotWithState(out), "rerun with nothing new");
    }

    @Test
    void changedAddedAndRemovedInputsGiveWhatAFullRunGives() throws IOException {
        incremental(runner("v1", "rules-a"), false);
        Path changed = letters.get(0);
        Path removed = letters.get(1);
        Files.writeString(changed, UNTSO, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Files.delete(removed);
        Path added = in.resolve("more/2022-06-17-brief-untso.txt");
        RunFixtures.write(added, "Den Haag, 17 juni 2022\n" + UNTSO);

        BatchRunner.Summary s = incremental(runner("v1", "rules-a"), false);
        int inputs = s.documents().size();
        assertEquals(inputs - 2, s.reused(), "only the changed and the added input are read");

        Map<String, byte[]> full = fullRun(tmp.resolve("full"));
        assertSameFiles(full, snapshot(out), "incremental against a full run from scratch");
        // and the comparison means something: the change and the addition are in the output, the removal is not
        String records = Files.readString(out.resolve("records.jsonl"));
        assertTrue(recordLinesOf(out, "2022-06-17-brief-untso").stream().anyMatch(l -> l.contains("\"untso\"")));
        assertTrue(recordLinesOf(out, id(changed)).stream().anyMatch(l -> l.contains("\"untso\"")), records);
        assertEquals(null, documentLineOf(out, id(removed)));
        assertTrue(recordLinesOf(out, id(removed)).isEmpty());
        assertFalse(Files.exists(out.resolve("text/" + id(removed) + ".txt")), "the text of a removed input goes");
    }

    @Test
    void keepRemovedKeepsTheLinesOfInputsNoLongerGivenAsTheyWere() throws IOException {
        incremental(runner("v1", "rules-a"), false);
        Path removed = letters.get(2);
        String docLine = documentLineOf(out, id(removed));
        List<String> recLines = recordLinesOf(out, id(removed));
        byte[] text = Files.readAllBytes(out.resolve("text/" + id(removed) + ".txt"));
        assertNotNull(docLine);
        assertFalse(recLines.isEmpty(), "fixture: the removed letter has records");
        Files.delete(removed);

        BatchRunner.Summary s = incremental(runner("v1", "rules-a"), true);
        assertEquals(s.documents().size(), s.reused(), "nothing else changed");
        assertEquals(docLine, documentLineOf(out, id(removed)));
        assertEquals(recLines, recordLinesOf(out, id(removed)));
        assertTrue(java.util.Arrays.equals(text, Files.readAllBytes(out.resolve("text/" + id(removed) + ".txt"))));
        // the rest is what a full run on the inputs still given writes, with the kept lines after it
        Map<String, byte[]> full = fullRun(tmp.resolve("full"));
        List<String> expectedDocs = new ArrayList<>(lines(tmp.resolve("full/documents.jsonl")));
        expectedDocs.add(docLine);
        assertEquals(expectedDocs, lines(out.resolve("documents.jsonl")));
        List<String> expectedRecords = new ArrayList<>(lines(tmp.resolve("full/records.jsonl")));
        expectedRecords.addAll(recLines);
        assertEquals(expectedRecords, lines(out.resolve("records.jsonl")));
        assertFalse(full.containsKey("text/" + id(removed) + ".txt"));

        // a later run without --keep-removed drops them
        incremental(runner("v1", "rules-a"), false);
        assertEquals(null, documentLineOf(out, id(removed)));
        assertSameFiles(full, snapshot(out), "once --keep-removed is no longer given");
    }

    @Test
    void otherRulesOrAnotherPipelineVersionReadEveryInputAgain() throws IOException {
        incremental(runner("v1", "rules-a"), false);
        Map<String, byte[]> before = snapshot(out);

        BatchRunner.Summary otherRules = incremental(runner("v1", "rules-b"), false);
        assertEquals(0, otherRules.reused(), "the rules digest changed");
        BatchRunner.Summary otherVersion = incremental(runner("v2", "rules-b"), false);
        assertEquals(0, otherVersion.reused(), "the pipeline version changed");
        BatchRunner.Summary same = incremental(runner("v2", "rules-b"), false);
        assertEquals(same.documents().size(), same.reused());
        assertSameFiles(before, snapshot(out), "the same pipeline read everything again");
    }

    @Test
    void anInputWhoseTextFileWentMissingIsReadAgain() throws IOException {
        incremental(runner("v1", "rules-a"), false);
        Map<String, byte[]> before = snapshot(out);
        Files.delete(out.resolve("text/" + id(letters.get(3)) + ".txt"));
        BatchRunner.Summary s = incremental(runner("v1", "rules-a"), false);
        assertEquals(s.documents().size() - 1, s.reused());
        assertSameFiles(before, snapshot(out), "the lost text is written again");
    }

    private static String id(Path p) {
        return BatchRunner.stem(p.getFileName().toString());
    }

    private static BatchRunner runner(String version, String rulesDigest) {
        return new BatchRunner(() -> pipeline, rulesDigest, Ingestion.standard(), version);
    }

    private BatchRunner.Summary incremental(BatchRunner runner, boolean keepRemoved) throws IOException {
        return runner.run(new BatchRunner.Options(List.of(in.toString()), out, 200_000_000L, false,
                BatchRunner.Options.DEFAULT_TIMEOUT, 2, true, keepRemoved, true));
    }

    private Map<String, byte[]> fullRun(Path dir) throws IOException {
        runner("v1", "rules-a").run(new BatchRunner.Options(List.of(in.toString()), dir, 200_000_000L, false,
                BatchRunner.Options.DEFAULT_TIMEOUT, 1, false, false, true));
        return snapshot(dir);
    }
}
