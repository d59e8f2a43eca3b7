package nl.kamerbrief.mandates.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.kamerbrief.mandates.ingest.Ingestion;
import nl.kamerbrief.mandates.pipeline.Pipeline;
import nl.kamerbrief.mandates.rules.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document id made from a hostile file name can never make the tool write outside its output folder (issue 15):
 * {@link TextFiles} names every text file from its id, and a run over files with such names writes only inside
 * {@code out/}, with the ids as given in records.jsonl and documents.jsonl.
 */
class HostileIdsTest {

    /** Ids no file system would give and ids some would: separators, dots, control characters, long names. */
    private static final List<String> HOSTILE = List.of("../../etc/x", "..", ".", "/etc/passwd", "a/../../b",
            "..\\..\\windows\\x", "x\u0000y", "\u001b[2J\u001b[31mrood\u0007", "tab\there", "line\nbreak",
            ".bashrc", "~", "C:", "a".repeat(300), "é".repeat(150), "\uD83D\uDE00".repeat(80), "lone\uD800surrogate",
            "right\u202Eto-left", " ");

    @TempDir
    Path tmp;

    @Test
    void everyIdNamesAFileDirectlyInTheTextFolder() throws Exception {
        Path textDir = tmp.resolve("out/text");
        Set<Path> files = new HashSet<>();
        for (String id : HOSTILE) {
            Path f = TextFiles.resolve(textDir, id);
            String name = f.getFileName().toString();
            assertEquals(textDir.toAbsolutePath().normalize(), f.getParent(), id);
            assertTrue(name.endsWith(".txt"), name);
            assertFalse(name.startsWith("."), () -> "a hidden file or a dot name for '" + id + "': " + name);
            assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= 255, () -> "too long for a file name: " + name);
            assertTrue(name.codePoints().noneMatch(c -> Character.isISOControl(c) || c == '/' || c == '\\'
                    || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.SURROGATE),
                    () -> "an unsafe character in " + name);
            assertTrue(files.add(f), () -> "two ids share " + f);
        }
    }

    @Test
    void aSafeIdIsItsOwnName() throws Exception {
        for (String id : List.of("2022-06-17-kennisgeving-eufor-althea", "Kamerbrief over UNIFIL (2e versie)",
                "brief_Oekraïne", "a.b")) {
            assertEquals(id + ".txt", TextFiles.resolve(tmp, id).getFileName().toString());
        }
    }

    @Test
    void aRunOverHostileFileNamesWritesOnlyInsideItsOutputFolder() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        String letter = Files.readString(Path.of("corpus/2022-06-17-kennisgeving-eufor-althea.txt"));
        // names Linux allows: control characters, a leading dot, 250 bytes, a name that is only dots and a stem
        List<String> stems = List.of("\u001b[2J\u0007bel", ".verborgen", "x".repeat(250), "..", "-rf", "a\\..\\b",
                "goed");
        List<Path> given = new ArrayList<>();
        for (String stem : stems) {
            Path f = in.resolve(stem + ".txt");
            Files.writeString(f, letter, StandardCharsets.UTF_8);
            given.add(f);
        }
        Path out = tmp.resolve("out");
        Set<Path> before = listing(tmp);
        Pipeline pipeline = new Pipeline(RuleSet.load(Path.of("rules")), false);
        BatchRunner.Summary s = new BatchRunner(pipeline, Ingestion.standard(), "test").run(new BatchRunner.Options(
                given.stream().map(Path::toString).toList(), out, 1L << 30, false));

        assertEquals(stems.size(), s.ok(), s.documents().toString());
        Set<Path> after = listing(tmp);
        for (Path p : after) {
            if (!before.contains(p)) {
                assertTrue(p.startsWith(out.toAbsolutePath().normalize()), () -> "written outside out/: " + p);
            }
        }
        // the ids are the file stems as given, each with its records and a text of its own
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> docs = new HashMap<>();
        for (String line : Files.readAllLines(out.resolve("documents.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode d = json.readTree(line);
            docs.put(d.path("id").asText(), d);
        }
        assertEquals(Set.copyOf(stems), docs.keySet());
        String records = Files.readString(out.resolve("records.jsonl"), StandardCharsets.UTF_8);
        for (String stem : stems) {
            assertEquals(1, docs.get(stem).path("records").asInt(), docs.get(stem).toString());
            assertTrue(records.contains("\"id\":" + json.writeValueAsString(stem)), stem);
            assertTrue(Files.isRegularFile(TextFiles.resolve(out.resolve("text"), stem)), stem);
        }
        assertTrue(Files.isRegularFile(out.resolve("text/goed.txt")), "a plain id keeps text/<id>.txt");
        assertTrue(docs.get("x".repeat(250)).path("warnings").toString().contains("not a safe file name"));
        try (Stream<Path> texts = Files.list(out.resolve("text"))) {
            assertEquals(stems.size(), texts.count(), "one text per document, no temporary files left");
        }
    }

    private static Set<Path> listing(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return new HashSet<>(walk.map(p -> p.toAbsolutePath().normalize()).toList());
        }
    }
}
