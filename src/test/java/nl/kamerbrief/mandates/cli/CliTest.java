package nl.kamerbrief.mandates.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * The {@code mandates} command line as a user meets it: help everywhere, exit codes 0/1/2, {@code rules check}
 * on good and broken rules, and {@code eval} printing what the reference scorer prints.
 */
public class CliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String LETTER = """
            Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

            Den Haag, 17 juni 2022

            Het kabinet verlengt de bijdrage met twaalf militairen aan UNTSO tot en met 31 juli 2025.
            """;

    private static final List<String> GOLD = List.of("corpus/gold", "corpus/gold/more", "corpus/gold/negatives");

    @TempDir
    Path tmp;

    /** What one {@code execute} printed: picocli's writers and System.out/err together, as a terminal shows it. */
    public record Run(int exit, String out, String err) {
    }

    /** Runs {@code mandates ARGS...} in this JVM and captures everything it prints (tests of other packages too). */
    public static Run execute(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream sysOut = new ByteArrayOutputStream();
        ByteArrayOutputStream sysErr = new ByteArrayOutputStream();
        int exit;
        try {
            // redirect before the CommandLine is built: picocli's default execution strategy remembers the
            // System.out of its construction and would otherwise replace the writers set below with it
            System.setOut(new PrintStream(sysOut, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(sysErr, true, StandardCharsets.UTF_8));
            CommandLine cl = MandatesCommand.commandLine();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            exit = cl.execute(args);
        } finally {
            System.out.flush();
            System.err.flush();
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Run(exit, out + sysOut.toString(StandardCharsets.UTF_8),
                err + sysErr.toString(StandardCharsets.UTF_8));
    }

    // ------------------------------------------------------------------ help and usage errors

    @ParameterizedTest(name = "mandates {0} --help")
    @ValueSource(strings = {"", "extract", "sync", "run", "eval", "explain", "rules", "rules check", "train"})
    void helpWorksOnEveryCommand(String command) {
        List<String> args = new ArrayList<>(command.isEmpty() ? List.of() : List.of(command.split(" ")));
        args.add("--help");
        Run r = execute(args.toArray(String[]::new));
        assertEquals(0, r.exit(), "exit code of --help; stderr:\n" + r.err());
        String usage = ("Usage: mandates " + command).strip();
        assertTrue(r.out().contains(usage), "no '" + usage + "' in:\n" + r.out());
        assertFalse(r.out().contains("Unknown option"), r.out());
    }

    @ParameterizedTest(name = "mandates {0} -h")
    @ValueSource(strings = {"extract", "rules check"})
    void shortHelpWorksToo(String command) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.add("-h");
        Run r = execute(args.toArray(String[]::new));
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("Usage: mandates " + command), r.out());
    }

    @Test
    void rootHelpListsTheSubcommands() {
        Run r = execute("--help");
        for (String sub : List.of("extract", "sync", "run", "eval", "explain", "rules", "train")) {
            assertTrue(r.out().contains(sub), "root help does not list " + sub + ":\n" + r.out());
        }
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Run root = execute("--no-such-option");
        assertEquals(2, root.exit(), root.err());
        assertTrue(root.err().contains("--no-such-option"), "the error should name the option:\n" + root.err());

        Run sub = execute("extract", "--no-such-option", tmp.toString());
        assertEquals(2, sub.exit(), sub.err());
        assertTrue(sub.err().contains("--no-such-option"), sub.err());
    }

    @Test
    void extractWithoutInputsIsAUsageError() {
        assertEquals(2, execute("extract", "-o", tmp.resolve("out").toString()).exit());
    }

    // ------------------------------------------------------------------ extract exit codes

    @Test
    void extractExitsOneWhenAnInputFails() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("brief.txt"), LETTER, StandardCharsets.UTF_8);
        Files.write(in.resolve("kapot.pdf"), new byte[0]);
        Path out = tmp.resolve("out");
        Run r = execute("extract", "-q", "--no-model", "-o", out.toString(), in.toString());
        assertEquals(1, r.exit(), "an input failed; stderr:\n" + r.err());
        assertTrue(r.err().contains("kapot.pdf"), "the failed file should be named on stderr:\n" + r.err());
        // the good letter is still extracted
        assertTrue(Files.readString(out.resolve("records.jsonl")).contains("\"id\":\"brief\""));
    }

    @Test
    void extractExitsZeroWhenInputsAreOkOrSkipped() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("brief.txt"), LETTER, StandardCharsets.UTF_8);
        Files.writeString(in.resolve("tabel.json"), "{\"missie\": \"UNTSO\"}\n", StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        Run r = execute("extract", "-q", "--no-model", "-o", out.toString(), in.toString());
        assertEquals(0, r.exit(), "stderr:\n" + r.err());
        Map<String, String> status = new TreeMap<>();
        for (String line : Files.readAllLines(out.resolve("documents.jsonl"))) {
            JsonNode d = JSON.readTree(line);
            status.put(d.path("id").asText(), d.path("status").asText());
        }
        assertEquals(Map.of("brief", "ok", "tabel", "skipped"), status);
    }

    @Test
    void extractExitsZeroWhenEveryInputIsOk() throws IOException {
        Path in = tmp.resolve("brief.txt");
        Files.writeString(in, LETTER, StandardCharsets.UTF_8);
        Run r = execute("extract", "-q", "--no-model", "-o", tmp.resolve("out").toString(), in.toString());
        assertEquals(0, r.exit(), "stderr:\n" + r.err());
    }

    // ------------------------------------------------------------------ rules check

    @Test
    void rulesCheckAcceptsTheRealRules() {
        Run r = execute("rules", "check", "--rules", "rules");
        assertEquals(0, r.exit(), "stdout:\n" + r.out() + "\nstderr:\n" + r.err());
        assertTrue(r.out().contains("valid"), r.out());
    }

    @Test
    void rulesCheckRejectsAnAliasThatNamesTwoMissionsWithFileAndLine() throws IOException {
        Path rules = tmp.resolve("rules");
        copyTree(Path.of("rules"), rules);
        Path missions = rules.resolve("missions.json");
        String json = Files.readString(missions, StandardCharsets.UTF_8);

        JsonNode list = JSON.readTree(json).path("missions");
        assertTrue(list.size() >= 2, "fixture: missions.json needs two missions");
        JsonNode first = list.get(0);
        JsonNode second = list.get(1);
        String alias = first.path("aliases").size() > 0 ? first.path("aliases").get(0).asText()
                : first.path("name").asText();
        // give the second mission the first one's alias, on a line of its own
        int idAt = json.indexOf("\"id\": \"" + second.path("id").asText() + "\"");
        assertTrue(idAt > 0, "fixture: cannot find the second mission's id");
        int aliasesAt = json.indexOf("\"aliases\": [", idAt);
        assertTrue(aliasesAt > 0, "fixture: the second mission has no aliases list");
        int insertAt = aliasesAt + "\"aliases\": [".length();
        String closing = json.substring(insertAt).stripLeading().startsWith("]") ? "" : ",";
        String broken = json.substring(0, insertAt) + "\n        " + JSON.writeValueAsString(alias) + closing
                + json.substring(insertAt);
        Files.writeString(missions, broken, StandardCharsets.UTF_8);
        assertTrue(JSON.readTree(broken).path("missions").get(1).path("aliases").toString()
                .contains(JSON.writeValueAsString(alias)), "fixture: the alias was not added");

        // the two missions' objects span these lines (1-based) of the broken file
        int firstObjectLine = lineOf(broken, broken.lastIndexOf('{', json.indexOf("\"id\": \""
                + first.path("id").asText() + "\"")));
        int aliasLine = lineOf(broken, insertAt) + 1;

        Run r = execute("rules", "check", "--rules", rules.toString());
        assertEquals(1, r.exit(), "stdout:\n" + r.out() + "\nstderr:\n" + r.err());
        String all = r.out() + r.err();
        Matcher m = Pattern.compile("missions\\.json:(\\d+)").matcher(all);
        List<Integer> lines = new ArrayList<>();
        while (m.find()) {
            lines.add(Integer.parseInt(m.group(1)));
        }
        assertFalse(lines.isEmpty(), "no 'missions.json:LINE' in the output:\n" + all);
        assertTrue(lines.stream().anyMatch(n -> n >= firstObjectLine && n <= aliasLine),
                "the lines named " + lines + " are not those of the two missions (" + firstObjectLine + ".."
                        + aliasLine + "):\n" + all);
        assertTrue(all.contains(alias), "the output should name the alias '" + alias + "':\n" + all);
    }

    // ------------------------------------------------------------------ eval against the reference scorer

    @Test
    void evalPrintsWhatTheReferenceScorerPrints() throws Exception {
        Path scorer = Path.of("..", "shared", "tools", "score.py");
        if (!Files.isRegularFile(scorer)) {
            scorer = Path.of("/work/shared/tools/score.py");
        }
        assumeTrue(Files.isRegularFile(scorer), "score.py not found");
        assumeTrue(python("--version").exit() == 0, "python3 not available");
        Path aliases = Path.of("corpus", "gold", "aliases.tsv");

        // the letters the gold files name, found by stem under corpus/ (outside gold/ and hidden folders)
        List<String> stems = new ArrayList<>();
        for (String g : GOLD) {
            try (Stream<Path> files = Files.list(Path.of(g))) {
                files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted()
                        .forEach(p -> stems.add(p.getFileName().toString().replaceFirst("\\.json$", "")));
            }
        }
        assertFalse(stems.isEmpty(), "no gold files");
        Map<String, Path> letters = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(Path.of("corpus"))) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                boolean hidden = false;
                for (Path part : Path.of("corpus").relativize(p)) {
                    hidden |= part.toString().equals("gold") || part.toString().startsWith(".");
                }
                String name = p.getFileName().toString();
                String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
                if (!hidden && stems.contains(stem)) {
                    letters.put(stem, p);
                }
            }
        }
        assertEquals(new java.util.TreeSet<>(stems), letters.keySet(), "gold files without a letter");

        Path out = tmp.resolve("pred");
        List<String> extract = new ArrayList<>(List.of("extract", "-q", "-o", out.toString()));
        letters.values().forEach(p -> extract.add(p.toString()));
        Run ex = execute(extract.toArray(String[]::new));
        assertEquals(0, ex.exit(), "extract of the gold letters: " + ex.err());

        List<String> py = new ArrayList<>(List.of(scorer.toString(), "--gold"));
        py.addAll(GOLD);
        py.addAll(List.of("--pred", out.toString(), "--aliases", aliases.toString()));
        Proc reference = python(py.toArray(String[]::new));
        assertEquals(0, reference.exit(), "score.py failed:\n" + reference.err());
        assertFalse(reference.out().isBlank());

        List<String> eval = new ArrayList<>(List.of("eval", "--gold"));
        eval.addAll(GOLD);
        eval.addAll(List.of("--corpus", "corpus"));
        Run ours = execute(eval.toArray(String[]::new));
        assertEquals(0, ours.exit(), "mandates eval: " + ours.err());
        assertEquals(reference.out().lines().toList(), ours.out().lines().toList(),
                "mandates eval and score.py print different lines");
    }

    // ------------------------------------------------------------------ helpers

    record Proc(int exit, String out, String err) {
    }

    private Proc python(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("python3"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("PYTHONIOENCODING", "utf-8");
        Path o = Files.createTempFile(tmp, "py", ".out");
        Path e = Files.createTempFile(tmp, "py", ".err");
        pb.redirectOutput(o.toFile()).redirectError(e.toFile());
        Process p;
        try {
            p = pb.start();
        } catch (IOException notThere) {
            return new Proc(-1, "", notThere.toString());
        }
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("python3 " + String.join(" ", args) + " did not finish");
        }
        return new Proc(p.exitValue(), Files.readString(o, StandardCharsets.UTF_8),
                Files.readString(e, StandardCharsets.UTF_8));
    }

    private static int lineOf(String s, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (s.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
