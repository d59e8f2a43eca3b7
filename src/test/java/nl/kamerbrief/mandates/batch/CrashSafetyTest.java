package nl.kamerbrief.mandates.batch;

import static nl.kamerbrief.mandates.batch.RunFixtures.assertSameFiles;
import static nl.kamerbrief.mandates.batch.RunFixtures.snapshotWithState;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL at any moment: the real command line runs in its own JVM and is killed (destroyForcibly sends SIGKILL)
 * at several points of an incremental run. Every output file is then in its old or its new complete state, and the
 * next run finishes the work: its output is byte for byte that of a run that was never killed.
 */
class CrashSafetyTest {

    private static final String UNTSO = "\n\nHet kabinet verlengt de bijdrage met twaalf militairen aan UNTSO tot en "
            + "met 31 juli 2025.\n";

    /** Where in the run to kill it, as fractions of the time an undisturbed run takes (JVM start included). */
    private static final double[] KILL_POINTS = {0.2, 0.45, 0.7, 0.9};

    @TempDir
    Path tmp;

    @Test
    void aRunKilledAtAnyMomentLeavesEveryFileOldOrNewAndTheNextRunFinishesTheWork() throws Exception {
        Path in = tmp.resolve("in");
        List<Path> letters = lettersInto(in);
        Path log = tmp.resolve("runs.log");

        // the old state: a finished run over the first version of the inputs
        Path old = tmp.resolve("old");
        assertEquals(0, RunFixtures.runToEnd(RunFixtures.mandates(log, args(old, in)), 300), RunFixtures.tail(log));
        Map<String, byte[]> oldFiles = snapshotWithState(old);

        // the new inputs: some changed, one removed, one added
        for (int i = 0; i < 3; i++) {
            Files.writeString(letters.get(i), UNTSO, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        }
        Files.delete(letters.get(letters.size() - 1));
        RunFixtures.write(in.resolve("2022-06-17-brief-untso.txt"), "Den Haag, 17 juni 2022\n" + UNTSO);

        // the new state: the same incremental run, never disturbed; how long it takes sets the kill points
        Path clean = copyOf(old, tmp.resolve("clean"));
        long t0 = System.nanoTime();
        assertEquals(0, RunFixtures.runToEnd(RunFixtures.mandates(log, args(clean, in)), 300), RunFixtures.tail(log));
        long runNanos = System.nanoTime() - t0;
        Map<String, byte[]> newFiles = snapshotWithState(clean);
        assertTrue(!Arrays.equals(oldFiles.get("records.jsonl"), newFiles.get("records.jsonl")),
                "fixture: the new inputs give other records");

        List<String> seen = new ArrayList<>();
        for (int k = 0; k < KILL_POINTS.length; k++) {
            Path out = copyOf(old, tmp.resolve("killed-" + k));
            Process p = RunFixtures.mandates(log, args(out, in)).start();
            Thread.sleep((long) (KILL_POINTS[k] * runNanos / 1_000_000));
            boolean finished = !p.isAlive();
            p.destroyForcibly().waitFor();
            seen.add(KILL_POINTS[k] + (finished ? ": had finished" : ": killed"));

            assertEveryFileOldOrNew(out, oldFiles, newFiles, "killed at " + KILL_POINTS[k]);
            assertEquals(0, RunFixtures.runToEnd(RunFixtures.mandates(log, args(out, in)), 300),
                    RunFixtures.tail(log));
            assertSameFiles(newFiles, snapshotWithState(out), "the run after the kill at " + KILL_POINTS[k]);
            assertNoTemporaryFiles(out);
        }
        assertTrue(seen.stream().filter(s -> s.endsWith("killed")).count() >= 3,
                "kill points fall inside the run: " + seen);
    }

    @Test
    void aFirstRunKilledLeavesNoHalfFileAndTheNextRunWritesEverything() throws Exception {
        Path in = tmp.resolve("in");
        lettersInto(in);
        Path log = tmp.resolve("runs.log");
        Path clean = tmp.resolve("clean");
        long t0 = System.nanoTime();
        assertEquals(0, RunFixtures.runToEnd(RunFixtures.mandates(log, args(clean, in)), 300), RunFixtures.tail(log));
        long runNanos = System.nanoTime() - t0;
        Map<String, byte[]> newFiles = snapshotWithState(clean);

        Path out = tmp.resolve("killed");
        Process p = RunFixtures.mandates(log, args(out, in)).start();
        Thread.sleep(runNanos * 8 / 10 / 1_000_000);
        p.destroyForcibly().waitFor();
        assertEveryFileOldOrNew(out, Map.of(), newFiles, "a first run killed");
        assertEquals(0, RunFixtures.runToEnd(RunFixtures.mandates(log, args(out, in)), 300), RunFixtures.tail(log));
        assertSameFiles(newFiles, snapshotWithState(out), "the run after the killed first run");
    }

    /** Eight letters with records and one PDF, copied into {@code in}; the text letters sorted. */
    private static List<Path> lettersInto(Path in) throws IOException {
        Path all = in.resolveSibling("all");
        List<Path> letters = new ArrayList<>();
        for (Path p : RunFixtures.copyCorpus(all)) {
            if (p.getParent().getFileName().toString().equals("more") && letters.size() < 8) {
                letters.add(Files.copy(p, Files.createDirectories(in).resolve(p.getFileName())));
            }
        }
        RunFixtures.copyFormats(in.resolve("pdf"), 1).stream().filter(p -> !p.toString().endsWith(".pdf"))
                .forEach(p -> p.toFile().delete());
        return letters;
    }

    private static String[] args(Path out, Path in) {
        List<String> a = new ArrayList<>(List.of(RunFixtures.extractArgs(out, in, 2)));
        a.add(1, "--incremental");
        return a.toArray(String[]::new);
    }

    /**
     * Every output file is complete: records.jsonl, documents.jsonl, the state and each text equal their old or
     * their new bytes (or are absent where the old state had none); run.json parses. Temporary files may remain.
     */
    private static void assertEveryFileOldOrNew(Path out, Map<String, byte[]> oldFiles, Map<String, byte[]> newFiles,
                                                String when) throws IOException {
        if (!Files.isDirectory(out)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                String rel = out.relativize(f).toString().replace('\\', '/');
                String name = f.getFileName().toString();
                if (name.endsWith(".tmp") || name.equals(OutputLock.FILE)) {
                    continue;
                }
                byte[] bytes = Files.readAllBytes(f);
                if (name.equals("run.json")) {
                    RunFixtures.JSON.readTree(bytes);
                    continue;
                }
                byte[] before = oldFiles.get(rel);
                byte[] after = newFiles.get(rel);
                if (before == null && after == null) {
                    fail(when + ": " + rel + " is neither an old nor a new output file");
                }
                if (!Arrays.equals(bytes, before) && !Arrays.equals(bytes, after)) {
                    fail(when + ": " + rel + " is neither in its old nor in its new state ("
                            + RunFixtures.firstDifference(after != null ? after : before, bytes) + ")");
                }
            }
        }
    }

    private static void assertNoTemporaryFiles(Path out) throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            List<Path> left = walk.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
            assertEquals(List.of(), left, "temporary files left after a finished run");
        }
    }

    private static Path copyOf(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return to;
    }
}
