package nl.kamerbrief.mandates.ingest;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * OCR by the {@code tesseract} command with its Dutch data (Debian {@code tesseract-ocr}, {@code tesseract-ocr-nld}),
 * one page image at a time, in a child process with a time limit.
 */
final class TesseractOcr implements Ocr {

    /** Seconds one page may take. */
    private static final long PAGE_SECONDS = 120;

    private final String version;

    private TesseractOcr(String version) {
        this.version = version;
    }

    /** Tesseract with Dutch data on the PATH, or null. */
    static TesseractOcr detect() {
        try {
            String langs = run(List.of("tesseract", "--list-langs"), 20);
            if (langs == null || langs.lines().noneMatch(l -> l.strip().equals("nld"))) {
                return null;
            }
            String v = run(List.of("tesseract", "--version"), 20);
            String first = v == null ? "tesseract" : v.lines().findFirst().orElse("tesseract").strip();
            return new TesseractOcr(first);
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public String read(BufferedImage page) throws IngestFailure {
        Path png = null;
        try {
            png = Files.createTempFile("mandates-ocr-", ".png");
            ImageIO.write(page, "png", png.toFile());
            String text = run(List.of("tesseract", png.toString(), "stdout", "-l", "nld", "--psm", "3"), PAGE_SECONDS);
            if (text == null) {
                throw new IngestFailure(IngestFailure.Reason.TIMED_OUT, "OCR of a page took over " + PAGE_SECONDS + " s");
            }
            return text;
        } catch (IOException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new IngestFailure(IngestFailure.Reason.TIMED_OUT, "OCR was interrupted");
            }
            throw new IngestFailure(IngestFailure.Reason.NO_TEXT_LAYER, "OCR failed: " + e.getMessage(), e);
        } finally {
            if (png != null) {
                try {
                    Files.deleteIfExists(png);
                } catch (IOException ignored) {
                    // a temporary file left behind is no failure of the document
                }
            }
        }
    }

    @Override
    public String describe() {
        return version + " (nld)";
    }

    /**
     * Runs a command; its standard output, or null when it ran out of time. The output goes to a temporary
     * file, not a pipe, so the time limit holds however much the command writes; OpenMP is held to one thread, which
     * makes tesseract faster on a busy machine (and several documents are read at once).
     */
    private static String run(List<String> command, long seconds) throws IOException {
        Path out = Files.createTempFile("mandates-ocr-", ".txt");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectOutput(out.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
            pb.environment().put("OMP_THREAD_LIMIT", "1");
            Process p = pb.start();
            try {
                if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    return null;
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            if (p.exitValue() != 0) {
                throw new IOException(command.get(0) + " exited with status " + p.exitValue());
            }
            return new String(Files.readAllBytes(out), StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
