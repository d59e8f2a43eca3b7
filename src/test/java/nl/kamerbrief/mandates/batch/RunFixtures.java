package nl.kamerbrief.mandates.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What the run tests of this package share: real letters copied into temporary folders, snapshots of an output
 * folder, byte comparisons with a readable message, and the real command line as a separate process.
 */
final class RunFixtures {

    static final ObjectMapper JSON = new ObjectMapper();

    /** The development letters (text and Markdown), {@code gold/} excluded. */
    static final Path CORPUS = Path.of("corpus");

    /** The same letters as PDF, DOCX, HTML and XML. */
    static final Path FORMATS = Path.of("src", "test", "resources", "formats");

    private RunFixtures() {
    }

    /** Every letter of corpus/ (gold/ excluded), sorted. */
    static List<Path> corpusLetters() throws IOException {
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            List<Path> letters = walk.filter(Files::isRegularFile)
                    .filter(p -> !CORPUS.relativize(p).toString().startsWith("gold"))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
            assertTrue(letters.size() >= 40, "fixture: corpus/ should hold the development letters: " + letters);
            return letters;
        }
    }

    /** Copies corpus/ (gold/ excluded) into {@code dest}, keeping its subfolders; returns the copies. */
    static List<Path> copyCorpus(Path dest) throws IOException {
        List<Path> copies = new ArrayList<>();
        for (Path p : corpusLetters()) {
            Path to = dest.resolve(CORPUS.relativize(p).toString());
            Files.createDirectories(to.getParent());
            Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
            copies.add(to);
        }
        return copies;
    }

    /**
     * Copies the letters of corpus/ {@code copies} times into {@code dest/s<i>/c<i>-<name>}: distinct ids, one
     * subfolder per copy.
     */
    static List<Path> copyCorpusTimes(Path dest, int copies) throws IOException {
        List<Path> out = new ArrayList<>();
        List<Path> letters = corpusLetters();
        for (int i = 0; i < copies; i++) {
            Path dir = dest.resolve("s" + i);
            Files.createDirectories(dir);
            for (Path p : letters) {
                Path to = dir.resolve("c" + i + "-" + p.getFileName());
                Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
                out.add(to);
            }
        }
        return out;
    }

    /**
     * Copies the PDF, DOCX, HTML and XML letters into {@code dest} as {@code <ext>-<name>}, so each gets an id of
     * its own; {@code perFormat} of each format at most.
     */
    static List<Path> copyFormats(Path dest, int perFormat) throws IOException {
        Files.createDirectories(dest);
        Map<String, Integer> taken = new TreeMap<>();
        List<Path> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(FORMATS)) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                String ext = name.substring(name.lastIndexOf('.') + 1);
                if (!List.of("pdf", "docx", "html", "xml").contains(ext) || taken.merge(ext, 1, Integer::sum) > perFormat) {
                    continue;
                }
                Path to = dest.resolve(ext + "-" + name);
                Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
                out.add(to);
            }
        }
        assertTrue(out.size() >= 4, "fixture: src/test/resources/formats should hold PDF, DOCX, HTML and XML letters");
        return out;
    }

    static void write(Path p, String content) throws IOException {
        Files.createDirectories(p.toAbsolutePath().getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------ snapshots

    /** records.jsonl, documents.jsonl and every file under text/, by relative path. */
    static Map<String, byte[]> snapshot(Path out) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        files.put("records.jsonl", Files.readAllBytes(out.resolve("records.jsonl")));
        files.put("documents.jsonl", Files.readAllBytes(out.resolve("documents.jsonl")));
        if (Files.isDirectory(out.resolve("text"))) {
            try (Stream<Path> walk = Files.walk(out.resolve("text"))) {
                for (Path p : walk.filter(Files::isRegularFile).toList()) {
                    files.put(out.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                }
            }
        }
        return files;
    }

    /** {@link #snapshot} plus the state file. */
    static Map<String, byte[]> snapshotWithState(Path out) throws IOException {
        Map<String, byte[]> files = snapshot(out);
        files.put(RunState.FILE, Files.readAllBytes(out.resolve(RunState.FILE)));
        return files;
    }

    static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual, String what) {
        assertEquals(expected.keySet(), actual.keySet(), what + ": other files");
        List<String> differ = new ArrayList<>();
        for (var e : expected.entrySet()) {
            if (!Arrays.equals(e.getValue(), actual.get(e.getKey()))) {
                differ.add(e.getKey() + " (" + firstDifference(e.getValue(), actual.get(e.getKey())) + ")");
            }
        }
        if (!differ.isEmpty()) {
            fail(what + ": " + differ.size() + " files differ: " + String.join("; ", differ.subList(0,
                    Math.min(5, differ.size()))));
        }
    }

    /** Where two contents first differ, as lines. */
    static String firstDifference(byte[] a, byte[] b) {
        List<String> x = new String(a, StandardCharsets.UTF_8).lines().toList();
        List<String> y = new String(b, StandardCharsets.UTF_8).lines().toList();
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            if (!x.get(i).equals(y.get(i))) {
                return "line " + (i + 1) + ": expected " + abbreviate(x.get(i)) + " but was " + abbreviate(y.get(i));
            }
        }
        return "expected " + x.size() + " lines, " + a.length + " bytes; was " + y.size() + " lines, " + b.length
                + " bytes";
    }

    private static String abbreviate(String s) {
        return s.length() > 240 ? s.substring(0, 240) + "..." : s;
    }

    static List<JsonNode> jsonLines(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.isEmpty() || text.endsWith("\n"), file + " does not end with a newline");
        List<JsonNode> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isEmpty()) {
                out.add(JSON.readTree(line));
            }
        }
        return out;
    }

    static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    /** The lines of records.jsonl that belong to document {@code id}. */
    static List<String> recordLinesOf(Path out, String id) throws IOException {
        List<String> mine = new ArrayList<>();
        for (String line : lines(out.resolve("records.jsonl"))) {
            if (JSON.readTree(line).path("document").path("id").asText().equals(id)) {
                mine.add(line);
            }
        }
        return mine;
    }

    /** The line of documents.jsonl of document {@code id}, or null. */
    static String documentLineOf(Path out, String id) throws IOException {
        for (String line : lines(out.resolve("documents.jsonl"))) {
            if (JSON.readTree(line).path("id").asText().equals(id)) {
                return line;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ the command line as a process

    /** {@code java -cp <the test class path> MandatesCommand ARGS...}, run in the project folder. */
    static ProcessBuilder mandates(Path log, String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "nl.kamerbrief.mandates.cli.MandatesCommand"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(new File(System.getProperty("user.dir")));
        pb.redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        return pb;
    }

    /** The arguments of a quiet extract run of {@code in} into {@code out} without the name finder. */
    static String[] extractArgs(Path out, Path in, int threads) {
        return new String[] {"extract", "-q", "--threads", String.valueOf(threads), "--no-model", "--rules",
            Path.of("rules").toAbsolutePath().toString(), "-o", out.toString(), in.toString()};
    }

    /** Runs the command line to its end; returns its exit code. */
    static int runToEnd(ProcessBuilder pb, long timeoutSeconds) throws IOException, InterruptedException {
        Process p = pb.start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            fail("the run did not finish in " + timeoutSeconds + " s");
        }
        return p.exitValue();
    }

    static String tail(Path log) {
        try {
            List<String> l = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", l.subList(Math.max(0, l.size() - 30), l.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
