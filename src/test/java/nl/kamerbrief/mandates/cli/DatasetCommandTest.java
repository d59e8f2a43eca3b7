package nl.kamerbrief.mandates.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.kamerbrief.mandates.dataset.RunFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code mandates dataset} and {@code mandates report} as a user meets them: help, exit codes, what they write. */
class DatasetCommandTest {

    private static final String LETTER = "Het kabinet verlengt de bijdrage van twaalf militairen aan UNTSO tot en met "
            + "31 juli 2025.";

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "mandates {0} --help")
    @ValueSource(strings = {"dataset", "report"})
    void helpSaysWhatTheCommandDoes(String command) {
        CliTest.Run r = CliTest.execute(command, "--help");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Usage: mandates " + command), r.out());
        assertTrue(r.out().contains("--from") && r.out().contains("--out") && r.out().contains("Exit codes"), r.out());
        assertTrue(CliTest.execute("--help").out().contains(command), "the root help lists " + command);
    }

    @Test
    void aFromThatIsNotAnOutputFolderIsAUsageError() throws Exception {
        Path notOutput = Files.createDirectories(tmp.resolve("letters"));
        Files.writeString(notOutput.resolve("brief.txt"), LETTER);
        CliTest.Run r = CliTest.execute("dataset", "--from", notOutput.toString(), "--out", tmp.resolve("ds").toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains(notOutput.toString()) && r.err().contains("not the output folder of an extract run"),
                r.err());
        CliTest.Run missing = CliTest.execute("dataset", "--from", tmp.resolve("nowhere").toString(), "--out",
                tmp.resolve("ds").toString());
        assertEquals(2, missing.exit(), missing.err());
        assertTrue(missing.err().contains("no such folder"), missing.err());
        assertEquals(2, CliTest.execute("dataset", "--as-of", "yesterday").exit(), "a date that is no date");
        assertFalse(Files.exists(tmp.resolve("ds")));
    }

    @Test
    void aBrokenLineNamesItsFileAndLineAndExitsOne() throws Exception {
        Path run = run();
        Files.writeString(run.resolve("records.jsonl"), "{\"schema_version\": \"1\", oops\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        CliTest.Run r = CliTest.execute("dataset", "--from", run.toString(), "--out", tmp.resolve("ds").toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains(run.resolve("records.jsonl") + ":2: not JSON"), r.err());
    }

    @Test
    void datasetThenReportWriteTheirFolders() throws Exception {
        Path ds = tmp.resolve("ds");
        CliTest.Run d = CliTest.execute("dataset", "--from", run().toString(), "--out", ds.toString(), "--as-of",
                "2025-08-01");
        assertEquals(0, d.exit(), d.err());
        assertTrue(d.err().contains("1 documents, 1 missions, 1 records, 1 flags (as of 2025-08-01)"), d.err());
        for (String f : new String[] {"dataset.json", "documents.jsonl", "missions.json", "records.jsonl", "dataset.csv",
                "mandates.sqlite", "text/2023-06-01-brief.txt"}) {
            assertTrue(Files.isRegularFile(ds.resolve(f)), f);
        }
        assertTrue(Files.readString(ds.resolve("missions.json")).contains("\"end_date_passed\""));

        Path report = tmp.resolve("report");
        CliTest.Run r = CliTest.execute("report", "--from", ds.toString(), "--out", report.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.isRegularFile(report.resolve("index.html")));
        assertTrue(Files.isRegularFile(report.resolve("docs/2023-06-01-brief.html")));

        // a report needs a dataset; a dataset is not written over a folder that is not one
        CliTest.Run notDataset = CliTest.execute("report", "--from", report.toString(), "--out",
                tmp.resolve("r2").toString());
        assertEquals(2, notDataset.exit(), notDataset.err());
        assertTrue(notDataset.err().contains("not a dataset folder"), notDataset.err());
        CliTest.Run over = CliTest.execute("dataset", "--from", run().toString(), "--out", report.toString());
        assertEquals(2, over.exit(), over.err());
        assertTrue(over.err().contains("is not a dataset folder") && over.err().contains("not replaced"), over.err());
        assertTrue(Files.isRegularFile(report.resolve("index.html")), "the report is still there");
    }

    private Path run() throws Exception {
        Path dir = tmp.resolve("run");
        if (!Files.exists(dir)) {
            RunFolders run = new RunFolders().letter("2023-06-01-brief", "2023-06-01", LETTER);
            run.record("2023-06-01-brief", "untso", "UNTSO", LETTER).organisation("UN").action("extend")
                    .count(12, "exact").end("2025-07-31", true, "tot en met 31 juli 2025");
            run.write(dir);
        }
        return dir;
    }
}
