package nl.kamerbrief.mandates.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kamerbrief.mandates.cli.CliTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a cron job relies on: the output folder's lock (a second run stops at once with exit 3 naming the holder; a
 * dead run's lock is taken over), the exit codes and the one-screen summary on stderr.
 */
class UnattendedRunTest {

    private static final String UNTSO = """
            Den Haag, 17 juni 2022

            Het kabinet verlengt de bijdrage met twaalf militairen aan UNTSO tot en met 31 juli 2025.
            """;

    @TempDir
    Path tmp;

    @Test
    void aSecondRunOnTheSameOutputStopsAtOnceNamingTheHolderAndTheLockOfAKilledRunIsTakenOver() throws Exception {
        Path big = tmp.resolve("big");
        RunFixtures.copyCorpusTimes(big, 10);   // some 500 letters: the holder is busy for a while
        Path out = tmp.resolve("out");
        Path log = tmp.resolve("holder.log");
        Process holder = RunFixtures.mandates(log, RunFixtures.extractArgs(out, big, 1)).start();
        try {
            String pid = "pid " + holder.pid();
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (!lockNames(out, pid)) {
                if (!holder.isAlive() || System.nanoTime() > deadline) {
                    fail("the holder run did not take the lock: " + RunFixtures.tail(log));
                }
                Thread.sleep(50);
            }
            Path small = tmp.resolve("small");
            RunFixtures.write(small.resolve("brief.txt"), UNTSO);
            long t0 = System.nanoTime();
            CliTest.Run second = CliTest.execute("extract", "-q", "--no-model", "-o", out.toString(), small.toString());
            long millis = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(3, second.exit(), second.err());
            assertTrue(second.err().contains("another run holds the output folder " + out), second.err());
            assertTrue(second.err().contains(pid), "the message names the holder: " + second.err());
            assertTrue(holder.isAlive(), "the holder went on");
            assertTrue(millis < 60_000, "the second run stops at once instead of waiting (" + millis + " ms)");
        } finally {
            holder.destroyForcibly().waitFor();   // SIGKILL: the .lock file stays behind
        }
        assertTrue(Files.exists(out.resolve(OutputLock.FILE)), "a killed run leaves its .lock file");

        Path small = tmp.resolve("small");
        CliTest.Run after = CliTest.execute("extract", "-q", "--no-model", "-o", out.toString(), small.toString());
        assertEquals(0, after.exit(), "the stale lock of the killed run is taken over: " + after.err());
        assertEquals(1, RunFixtures.lines(out.resolve("documents.jsonl")).size());
        assertTrue(RunFixtures.lines(out.resolve("records.jsonl")).get(0).contains("\"untso\""));
    }

    @Test
    void theSummaryCountsWhatWasReadSkippedAndFailedWithReasonsAndTheExitCodeSaysWhetherAnythingFailed()
            throws Exception {
        Path in = tmp.resolve("in");
        RunFixtures.write(in.resolve("a-brief.txt"), UNTSO);
        RunFixtures.write(in.resolve("b-english.txt"), "The Netherlands will contribute twelve military personnel "
                + "to UNTSO until 31 July 2025. The government has decided to extend the contribution to the mission "
                + "in the Middle East, as the Minister of Defence wrote to parliament in June.\n");
        Files.write(in.resolve("c-leeg.pdf"), new byte[0]);
        Path out = tmp.resolve("out");

        CliTest.Run run = CliTest.execute("extract", "--no-model", "-o", out.toString(), in.toString());
        assertEquals(1, run.exit(), "a document failed: " + run.err());
        String err = run.err();
        assertTrue(err.contains("3 documents: 1 ok, 1 skipped, 1 failed; 1 records;"), err);
        Matcher speed = Pattern.compile("; ([0-9.]+) s, ([0-9.]+) documents/s").matcher(err);
        assertTrue(speed.find(), "time and throughput: " + err);
        assertTrue(err.contains("skipped 1: not Dutch"), err);
        assertTrue(err.contains("failed: " + in.resolve("c-leeg.pdf") + ": empty file"), err);
        assertEquals("", run.out(), "nothing on stdout: the output is in " + out);
        String docs = Files.readString(out.resolve("documents.jsonl"), StandardCharsets.UTF_8);
        assertTrue(docs.contains("\"reason\":\"empty file\""), docs);

        // the failed file removed: skipped is not failed, exit 0; quiet and nothing failed: no summary
        Files.delete(in.resolve("c-leeg.pdf"));
        CliTest.Run ok = CliTest.execute("extract", "-q", "--no-model", "-o", out.toString(), in.toString());
        assertEquals(0, ok.exit(), ok.err());
        assertFalse(ok.err().contains("documents:"), "quiet: " + ok.err());
    }

    @Test
    void theIncrementalSummarySaysHowManyInputsWereUnchanged() throws Exception {
        Path in = tmp.resolve("in");
        RunFixtures.write(in.resolve("a-brief.txt"), UNTSO);
        RunFixtures.write(in.resolve("b-brief.txt"), UNTSO.replace("UNTSO", "UNDOF"));
        Path out = tmp.resolve("out");
        assertEquals(0, CliTest.execute("extract", "-q", "--incremental", "--no-model", "-o", out.toString(),
                in.toString()).exit());
        CliTest.Run again = CliTest.execute("extract", "--incremental", "--no-model", "-o", out.toString(),
                in.toString());
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.err().contains("2 documents: 2 ok, 0 skipped, 0 failed (2 unchanged, not read again); "
                + "2 records;"), again.err());
    }

    @Test
    void keepRemovedWithoutIncrementalIsAUsageError() {
        CliTest.Run run = CliTest.execute("extract", "--keep-removed", "-o", tmp.resolve("out").toString(),
                "corpus");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--keep-removed needs --incremental"), run.err());
        assertFalse(Files.exists(tmp.resolve("out")), "a usage error writes nothing");
    }

    @Test
    void theHelpOfExtractListsTheExitCodes() {
        CliTest.Run run = CliTest.execute("extract", "--help");
        assertEquals(0, run.exit());
        for (String code : new String[] {"0  no input failed", "1  some inputs failed", "2  usage error",
            "3  another run holds the output folder"}) {
            assertTrue(run.out().contains(code), run.out());
        }
    }

    private static boolean lockNames(Path out, String pid) {
        try {
            return Files.readString(out.resolve(OutputLock.FILE), StandardCharsets.UTF_8).contains(pid);
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
