package nl.kamerbrief.mandates.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.kamerbrief.mandates.cli.CliTest;
import nl.kamerbrief.mandates.cli.MandatesCommand;
import nl.kamerbrief.mandates.ingest.Ingestion;
import nl.kamerbrief.mandates.pipeline.Pipeline;
import nl.kamerbrief.mandates.rules.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One extract run over files and folders: statuses, the walk, documents.jsonl, determinism and the output folder. */
class BatchRunnerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A letter with a Kamerstuk header, a dateline and one UNTSO contribution. */
    static final String UNTSO = """
            29 521 Vredesmissies en militaire operaties

            Nr. 446 BRIEF VAN DE MINISTER VAN DEFENSIE

            Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

            Den Haag, 17 juni 2022

            Het kabinet verlengt de bijdrage met twaalf militairen aan UNTSO tot en met 31 juli 2025.
            """;

    /** Another letter, about EUAM Oekraïne. */
    static final String EUAM = """
            Den Haag, 3 maart 2022

            Het kabinet heeft besloten de bijdrage van maximaal acht civiele en politie-experts aan EUAM Oekraïne
            te verlengen tot en met 31 juli 2025.
            """;

    private static Pipeline pipeline;

    @TempDir
    Path tmp;

    @BeforeAll
    static void load() throws Exception {
        pipeline = new Pipeline(RuleSet.load(Path.of("rules")), false);
    }

    // ------------------------------------------------------------------ (a) determinism

    @Test
    void aRerunGivesByteIdenticalOutputs() throws IOException {
        Path in = tmp.resolve("in");
        write(in.resolve("brief-untso.txt"), UNTSO);
        write(in.resolve("sub/brief-euam.md"), EUAM);
        write(in.resolve("sub/emoji.txt"), "Den Haag, 17 juni 2022\n\n\uD83D\uDE00 Het kabinet verlengt de bijdrage "
                + "met twaalf militairen aan UNTSO tot en met 31 juli 2025.\n");
        Files.write(in.resolve("sub/leeg.pdf"), new byte[0]);
        List<String> inputs = new ArrayList<>();
        try (Stream<Path> letters = Files.list(Path.of("corpus"))) {
            letters.filter(Files::isRegularFile).sorted().forEach(p -> inputs.add(p.toString()));
        }
        assertFalse(inputs.isEmpty(), "no letters in corpus/");
        inputs.add(in.toString());

        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        run(inputs, one);
        Map<String, byte[]> first = snapshot(one);
        assertTrue(first.containsKey("text/brief-untso.txt"), "fixture: the letters should give text files");
        run(inputs, two);
        assertSameFiles(first, snapshot(two), "two runs into two folders");
        run(inputs, one);
        assertSameFiles(first, snapshot(one), "a second run into the same folder");
    }

    // ------------------------------------------------------------------ (b) duplicate ids

    @Test
    void theSecondInputWithTheSameStemFailsAndDoesNotOverwriteTheFirst() throws IOException {
        Path in = tmp.resolve("in");
        write(in.resolve("d1/brief-2022-06-17.txt"), UNTSO);
        write(in.resolve("d2/brief-2022-06-17.md"), EUAM);
        Path out = tmp.resolve("out");
        run(List.of(in.toString()), out);

        List<JsonNode> docs = documents(out);
        assertEquals(2, docs.size(), docs.toString());
        assertEquals("ok", docs.get(0).path("status").asText(), docs.get(0).toString());
        assertEquals(path(in, "d1/brief-2022-06-17.txt"), docs.get(0).path("path").asText());
        JsonNode second = docs.get(1);
        assertEquals(path(in, "d2/brief-2022-06-17.md"), second.path("path").asText());
        assertEquals("failed", second.path("status").asText(), second.toString());
        String reason = second.path("reason").asText();
        assertTrue(reason.contains("brief-2022-06-17"), "the reason should name the duplicate id: " + reason);
        assertTrue(reason.toLowerCase(Locale.ROOT).contains("duplicate"), "the reason should say why: " + reason);
        assertEquals(0, second.path("records").asInt());

        // the first one's records and text stand; nothing of the second
        List<JsonNode> records = records(out);
        assertFalse(records.isEmpty());
        for (JsonNode r : records) {
            assertEquals("UNTSO", r.path("mission").path("name").asText(), "a record of the duplicate: " + r);
        }
        String text = Files.readString(out.resolve("text/brief-2022-06-17.txt"), StandardCharsets.UTF_8);
        assertTrue(text.contains("UNTSO") && !text.contains("EUAM"), "text/ holds the duplicate's text");
    }

    @Test
    void whichInputIsTheDuplicateFollowsTheOrderOfTheInputs() throws IOException {
        Path in = tmp.resolve("in");
        write(in.resolve("d1/brief.txt"), UNTSO);
        write(in.resolve("d2/brief.md"), EUAM);
        Path out = tmp.resolve("out");
        run(List.of(in.resolve("d2/brief.md").toString(), in.resolve("d1/brief.txt").toString()), out);
        List<JsonNode> docs = documents(out);
        assertEquals("ok", docs.get(0).path("status").asText());
        assertEquals("failed", docs.get(1).path("status").asText());
        assertTrue(docs.get(1).path("reason").asText().contains("brief"));
        for (JsonNode r : records(out)) {
            assertTrue(r.path("mission").path("name").asText().startsWith("EUAM"), r.toString());
        }
    }

    /** documents.jsonl describes each input; a duplicate is still a readable file with a hash and a type. */
    @Test
    void theLineOfADuplicateStillCarriesItsSha256AndMediaType() throws IOException {
        Path in = tmp.resolve("in");
        write(in.resolve("d1/brief.txt"), UNTSO);
        write(in.resolve("d2/brief.md"), EUAM);
        Path out = tmp.resolve("out");
        run(List.of(in.toString()), out);
        JsonNode second = documents(out).get(1);
        assertEquals("failed", second.path("status").asText());
        assertEquals(sha256(in.resolve("d2/brief.md")), second.path("sha256").asText(null),
                "sha256 of the duplicate input: " + second);
        assertEquals("text/markdown", second.path("media_type").asText(null), "media type of the duplicate: " + second);
    }

    // ------------------------------------------------------------------ (c) gold and hidden

    @Test
    void goldFoldersAndHiddenFilesAndFoldersAreNotEntered() throws IOException {
        Path in = tmp.resolve("in");
        write(in.resolve("brief.txt"), UNTSO);
        write(in.resolve("gold/goud.txt"), EUAM);
        write(in.resolve("sub/gold/goud2.txt"), EUAM);
        write(in.resolve(".verborgen/verborgen.txt"), EUAM);
        write(in.resolve(".verborgen2.txt"), EUAM);
        write(in.resolve("sub/.sidecar.txt"), EUAM);
        write(in.resolve("sub/.state/deep/diep.txt"), EUAM);
        write(in.resolve("golden/brief-golden.txt"), EUAM);
        Path out = tmp.resolve("out");
        run(List.of(in.toString()), out);
        List<String> paths = documents(out).stream().map(d -> d.path("path").asText()).toList();
        assertEquals(List.of(path(in, "brief.txt"), path(in, "golden/brief-golden.txt")), paths);
    }

    // ------------------------------------------------------------------ (d) other formats are skipped

    @Test
    void jsonAndPngInputsAreSkippedWithTheirMediaTypeAndTheCliExitsZero() throws IOException {
        Path in = tmp.resolve("in");
        write(in.resolve("brief.txt"), UNTSO);
        write(in.resolve("data.json"), "{\"missie\": \"UNTSO\", \"aantal\": 12}\n");
        Files.write(in.resolve("plaatje.png"), png());
        Path out = tmp.resolve("out");
        CliTest.Run cli = CliTest.execute("extract", "-q", "--no-model", "-o", out.toString(), in.toString());
        assertEquals(0, cli.exit(), "skipped inputs are no failure; stderr:\n" + cli.err());

        Map<String, JsonNode> byId = byId(documents(out));
        assertEquals("ok", byId.get("brief").path("status").asText());
        JsonNode json = byId.get("data");
        assertEquals("skipped", json.path("status").asText(), json.toString());
        assertTrue(json.path("reason").asText().contains("application/json"), json.toString());
        JsonNode png = byId.get("plaatje");
        assertEquals("skipped", png.path("status").asText(), png.toString());
        assertTrue(png.path("reason").asText().contains("image/png"), png.toString());
        assertEquals(0, png.path("records").asInt());
    }

    // ------------------------------------------------------------------ (e) broken letters fail, the run goes on

    @Test
    void aZeroBytePdfFailsAndTheRunGoesOn() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.write(in.resolve("x.pdf"), new byte[0]);
        write(in.resolve("y-brief.txt"), UNTSO);
        Path out = tmp.resolve("out");
        BatchRunner.Summary s = run(List.of(in.toString()), out);
        assertEquals(1, s.failed());
        assertEquals(1, s.ok());

        Map<String, JsonNode> byId = byId(documents(out));
        JsonNode x = byId.get("x");
        assertEquals("failed", x.path("status").asText(), x.toString());
        assertTrue(x.path("reason").asText().toLowerCase(Locale.ROOT).contains("empty"), x.toString());
        assertEquals("ok", byId.get("y-brief").path("status").asText());
        assertTrue(byId.get("y-brief").path("records").asInt() >= 1, "the letter after the bad one was not read");
        assertTrue(records(out).stream().anyMatch(r -> r.path("document").path("id").asText().equals("y-brief")));
        assertFalse(Files.exists(out.resolve("text/x.txt")));
    }

    @Test
    void aBinaryTxtFailsAndTheRunGoesOn() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        byte[] noise = new byte[64 * 1024];
        new Random(20220617L).nextBytes(noise);
        noise[10] = 0;
        Files.write(in.resolve("x.txt"), noise);
        write(in.resolve("y-brief.txt"), UNTSO);
        Path out = tmp.resolve("out");
        BatchRunner.Summary s = run(List.of(in.toString()), out);
        assertEquals(1, s.failed());
        assertEquals(1, s.ok());

        Map<String, JsonNode> byId = byId(documents(out));
        JsonNode x = byId.get("x");
        assertEquals("failed", x.path("status").asText(), x.toString());
        String reason = x.path("reason").asText().toLowerCase(Locale.ROOT);
        assertTrue(reason.contains("binary") || reason.contains("not text"), x.toString());
        assertEquals(0, x.path("records").asInt());
        assertEquals("ok", byId.get("y-brief").path("status").asText());
        assertTrue(records(out).stream().anyMatch(r -> r.path("document").path("id").asText().equals("y-brief")));
        assertFalse(Files.exists(out.resolve("text/x.txt")), "a failed input got a text file");
    }

    // ------------------------------------------------------------------ (f) documents.jsonl

    @Test
    void documentsJsonlHasOneCompleteLinePerInput() throws Exception {
        Path in = tmp.resolve("in");
        write(in.resolve("a-brief-untso.txt"), UNTSO);
        write(in.resolve("b-brief-euam.md"), EUAM);
        write(in.resolve("c-data.json"), "[1, 2, 3]\n");
        Files.write(in.resolve("d-leeg.pdf"), new byte[0]);
        Path single = tmp.resolve("los/./los-emoji.txt");
        write(tmp.resolve("los/los-emoji.txt"), "Den Haag, 17 juni 2022\n\n\uD83D\uDE00\uD83C\uDDF3\uD83C\uDDF1 Het "
                + "kabinet verlengt de bijdrage met twaalf militairen aan UNTSO tot en met 31 juli 2025.\n");
        Path out = tmp.resolve("out");
        run(List.of(in.toString(), single.toString()), out);

        List<JsonNode> docs = documents(out);
        assertEquals(5, docs.size(), "one line per input: " + docs);
        List<String> keys = List.of("id", "path", "sha256", "media_type", "language", "pages", "characters", "date",
                "kamerstuk", "status", "reason", "records");
        for (JsonNode d : docs) {
            for (String k : keys) {
                assertTrue(d.has(k), "documents.jsonl line without '" + k + "': " + d);
            }
        }
        Map<String, Long> recordsPerDoc = new TreeMap<>();
        for (JsonNode r : records(out)) {
            recordsPerDoc.merge(r.path("document").path("id").asText(), 1L, Long::sum);
        }

        JsonNode a = docs.get(0);
        assertEquals("a-brief-untso", a.path("id").asText());
        assertEquals(path(in, "a-brief-untso.txt"), a.path("path").asText());
        assertEquals(sha256(in.resolve("a-brief-untso.txt")), a.path("sha256").asText());
        assertEquals("text/plain", a.path("media_type").asText());
        assertEquals("nl", a.path("language").asText());
        assertTrue(a.path("pages").isNull(), "a text file has no pages: " + a);
        assertEquals(codePoints(out.resolve("text/a-brief-untso.txt")), a.path("characters").asInt());
        assertEquals("2022-06-17", a.path("date").asText());
        assertEquals("29521-446", a.path("kamerstuk").asText(null), "the letter's own '29 521' / 'Nr. 446'");
        assertEquals("ok", a.path("status").asText());
        assertTrue(a.path("reason").isNull());
        assertEquals(recordsPerDoc.getOrDefault("a-brief-untso", 0L), a.path("records").asLong());
        assertTrue(a.path("records").asInt() >= 1);

        JsonNode b = docs.get(1);
        assertEquals("b-brief-euam", b.path("id").asText());
        assertEquals(sha256(in.resolve("b-brief-euam.md")), b.path("sha256").asText());
        assertEquals("text/markdown", b.path("media_type").asText());
        assertEquals("2022-03-03", b.path("date").asText());
        assertTrue(b.path("kamerstuk").isNull(), "no Kamerstuk number stated: " + b);
        assertEquals(codePoints(out.resolve("text/b-brief-euam.txt")), b.path("characters").asInt());
        assertEquals(recordsPerDoc.getOrDefault("b-brief-euam", 0L), b.path("records").asLong());

        JsonNode c = docs.get(2);
        assertEquals("c-data", c.path("id").asText());
        assertEquals(sha256(in.resolve("c-data.json")), c.path("sha256").asText());
        assertEquals("skipped", c.path("status").asText());
        assertFalse(c.path("reason").asText("").isBlank());
        assertEquals(0, c.path("records").asInt());

        JsonNode d = docs.get(3);
        assertEquals("d-leeg", d.path("id").asText());
        assertEquals(sha256(in.resolve("d-leeg.pdf")), d.path("sha256").asText());
        assertEquals("failed", d.path("status").asText());
        assertFalse(d.path("reason").asText("").isBlank());
        assertEquals(0, d.path("records").asInt());

        JsonNode e = docs.get(4);
        assertEquals("los-emoji", e.path("id").asText());
        assertEquals(single.toString(), e.path("path").asText(), "the path exactly as given");
        assertEquals(sha256(single), e.path("sha256").asText());
        int cps = codePoints(out.resolve("text/los-emoji.txt"));
        assertEquals(cps, e.path("characters").asInt());
        String text = Files.readString(out.resolve("text/los-emoji.txt"), StandardCharsets.UTF_8);
        assertTrue(cps < text.length(), "fixture: the text should hold characters beyond U+FFFF");
        assertEquals(recordsPerDoc.getOrDefault("los-emoji", 0L), e.path("records").asLong());
    }

    // ------------------------------------------------------------------ (g) walk order

    @Test
    void foldersAreWalkedRecursivelyInSortedPathOrder() throws IOException {
        Path in = tmp.resolve("in");
        // created out of order, so a directory listing in creation order is not sorted
        write(in.resolve("c.txt"), "Dit is de derde brief van de minister.\n");
        write(in.resolve("b/x2.txt"), "Dit is een brief van de minister over de inzet.\n");
        write(in.resolve("b/a/x1.txt"), "Dit is een brief van de minister over de missie.\n");
        write(in.resolve("d/e/f/x3.txt"), "Dit is een diepe brief van de minister.\n");
        write(in.resolve("a.txt"), "Dit is de eerste brief van de minister.\n");
        Path out = tmp.resolve("out");
        run(List.of(in.toString()), out);
        List<String> paths = documents(out).stream().map(d -> d.path("path").asText()).toList();
        assertEquals(List.of(path(in, "a.txt"), path(in, "b/a/x1.txt"), path(in, "b/x2.txt"), path(in, "c.txt"),
                path(in, "d/e/f/x3.txt")), paths);
    }

    // ------------------------------------------------------------------ (h) no half-written files

    @Test
    void noTemporaryFilesAreLeftBehind() throws IOException {
        Path in = tmp.resolve("in");
        write(in.resolve("brief.txt"), UNTSO);
        write(in.resolve("tweede.md"), EUAM);
        Files.write(in.resolve("leeg.pdf"), new byte[0]);
        Path out = tmp.resolve("out");
        run(List.of(in.toString()), out);
        assertNoTemporaryFiles(out);
        write(in.resolve("tweede.md"), EUAM.replace("acht", "negen"));
        run(List.of(in.toString()), out);
        assertNoTemporaryFiles(out);
        assertTrue(Files.isRegularFile(out.resolve("records.jsonl")));
        assertTrue(Files.isRegularFile(out.resolve("documents.jsonl")));
    }

    private static void assertNoTemporaryFiles(Path out) throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            List<Path> temps = walk.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(".") && n.endsWith(".tmp");
            }).toList();
            assertEquals(List.of(), temps, "temporary files left in the output folder");
        }
    }

    // ------------------------------------------------------------------ (i) stale texts

    @Test
    void textsOfDocumentsNoLongerInTheRunAreRemoved() throws IOException {
        Path in = tmp.resolve("in");
        write(in.resolve("blijft.txt"), UNTSO);
        write(in.resolve("gaat.txt"), EUAM);
        Path out = tmp.resolve("out");
        run(List.of(in.toString()), out);
        assertTrue(Files.exists(out.resolve("text/blijft.txt")));
        assertTrue(Files.exists(out.resolve("text/gaat.txt")));

        Files.delete(in.resolve("gaat.txt"));
        run(List.of(in.toString()), out);
        assertTrue(Files.exists(out.resolve("text/blijft.txt")));
        assertFalse(Files.exists(out.resolve("text/gaat.txt")), "text/ of a document no longer in the run stays");
        for (JsonNode r : records(out)) {
            assertEquals("blijft", r.path("document").path("id").asText(), "a record of the removed document");
        }
        assertEquals(1, documents(out).size());
    }

    // ------------------------------------------------------------------ helpers

    private BatchRunner.Summary run(List<String> inputs, Path out) throws IOException {
        return new BatchRunner(pipeline, Ingestion.standard(), "test")
                .run(new BatchRunner.Options(inputs, out, 200_000_000L, false));
    }

    private static void write(Path p, String content) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    /** The path a walk of folder {@code in} reports for {@code relative}. */
    private static String path(Path in, String relative) {
        return Path.of(in.toString()).resolve(relative).toString();
    }

    private static List<JsonNode> documents(Path out) throws IOException {
        return jsonLines(out.resolve("documents.jsonl"));
    }

    private static List<JsonNode> records(Path out) throws IOException {
        return jsonLines(out.resolve("records.jsonl"));
    }

    private static List<JsonNode> jsonLines(Path file) throws IOException {
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

    private static Map<String, JsonNode> byId(List<JsonNode> docs) {
        Map<String, JsonNode> m = new TreeMap<>();
        for (JsonNode d : docs) {
            assertNull(m.put(d.path("id").asText(), d), "two lines for id " + d.path("id"));
        }
        return m;
    }

    private static String sha256(Path p) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static int codePoints(Path textFile) throws IOException {
        String s = Files.readString(textFile, StandardCharsets.UTF_8);
        return s.codePointCount(0, s.length());
    }

    /** records.jsonl, documents.jsonl and every file under text/, by relative path. */
    private static Map<String, byte[]> snapshot(Path out) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        files.put("records.jsonl", Files.readAllBytes(out.resolve("records.jsonl")));
        files.put("documents.jsonl", Files.readAllBytes(out.resolve("documents.jsonl")));
        try (Stream<Path> walk = Files.walk(out.resolve("text"))) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(out.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual, String what) {
        assertEquals(expected.keySet(), actual.keySet(), what + ": other files");
        for (var e : expected.entrySet()) {
            assertArrayEquals(e.getValue(), actual.get(e.getKey()), what + ": " + e.getKey() + " differs");
        }
    }

    private static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0,
            0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, (byte) 0xC4, (byte) 0x89};
    }

    /** The CLI's exit code and everything it printed. */
}
