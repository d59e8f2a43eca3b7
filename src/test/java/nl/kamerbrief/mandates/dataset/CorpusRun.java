package nl.kamerbrief.mandates.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.kamerbrief.mandates.cli.CliTest;

/**
 * The extract output of all of {@code corpus/}, made once per test JVM (it takes a minute) by the real command
 * line, for the dataset and report tests that work on real letters.
 */
public final class CorpusRun {

    private static Path output;

    private CorpusRun() {
    }

    public static synchronized Path output() {
        if (output == null) {
            try {
                Path dir = Files.createTempDirectory("mandates-corpus-run");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        FolderSwap.deleteTree(dir);
                    } catch (IOException ignored) {
                        // a temporary folder left behind
                    }
                }));
                Path out = dir.resolve("output");
                CliTest.Run run = CliTest.execute("extract", "-q", "-o", out.toString(), "corpus");
                assertEquals(0, run.exit(), "extract corpus: " + run.err());
                output = out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return output;
    }
}
