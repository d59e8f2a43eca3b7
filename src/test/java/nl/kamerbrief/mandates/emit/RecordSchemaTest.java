package nl.kamerbrief.mandates.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import nl.kamerbrief.mandates.batch.BatchRunner;
import nl.kamerbrief.mandates.ingest.Ingestion;
import nl.kamerbrief.mandates.pipeline.Pipeline;
import nl.kamerbrief.mandates.rules.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schema of one {@code records.jsonl} line ({@code schema/mandate-record.schema.json}) against the spec
 * (records.md section 2), and every record the real extraction writes for the corpus against the schema and
 * against its own {@code text/<id>.txt}.
 */
class RecordSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCHEMA = "/schema/mandate-record.schema.json";

    private static JsonSchema schema;

    /** The output of one extract run over the whole corpus, shared by the corpus tests. */
    private static Path out;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void setUp() throws Exception {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = RecordSchemaTest.class.getResourceAsStream(SCHEMA)) {
            assertNotNull(in, "schema resource " + SCHEMA + " is missing");
            schema = factory.getSchema(in, config);
        }
        out = tmp.resolve("out");
        BatchRunner runner = new BatchRunner(new Pipeline(RuleSet.load(Path.of("rules")), false),
                Ingestion.standard(), "test");
        runner.run(new BatchRunner.Options(List.of("corpus"), out, 200_000_000L, false));
    }

    // ------------------------------------------------------------------ the corpus output

    @Test
    void everyCorpusRecordMatchesTheSchema() throws IOException {
        List<String> lines = recordLines();
        assertFalse(lines.isEmpty(), "the corpus gives no records at all");
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode node;
            try {
                node = JSON.readTree(lines.get(i));
            } catch (IOException e) {
                problems.add("line " + (i + 1) + ": not JSON: " + e.getMessage());
                continue;
            }
            for (ValidationMessage m : schema.validate(node)) {
                problems.add("line " + (i + 1) + " (" + node.path("document").path("id").asText() + ", "
                        + node.path("mission").path("name").asText() + "): " + m.getMessage());
            }
            JsonNode ev = node.path("evidence");
            if (ev.path("start").isInt() && ev.path("end").isInt() && ev.get("end").asInt() <= ev.get("start").asInt()) {
                problems.add("line " + (i + 1) + ": evidence.end " + ev.get("end") + " is not after start "
                        + ev.get("start"));
            }
            for (JsonNode part : ev.path("parts")) {
                if (part.path("end").asInt() < part.path("start").asInt()) {
                    problems.add("line " + (i + 1) + ": evidence part " + part + " ends before it starts");
                }
            }
        }
        if (!problems.isEmpty()) {
            fail(problems.size() + " schema violations in records.jsonl:\n" + String.join("\n", problems));
        }
    }

    @Test
    void recordsFileHasOneObjectPerNewlineTerminatedLine() throws IOException {
        byte[] bytes = Files.readAllBytes(out.resolve("records.jsonl"));
        assertTrue(bytes.length > 0);
        assertFalse(bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF, "records.jsonl starts with a BOM");
        assertEquals('\n', bytes[bytes.length - 1], "the last line does not end with \\n");
        String text = strictUtf8(bytes);
        assertFalse(text.contains("\r"), "records.jsonl holds a carriage return");
        for (String line : recordLines()) {
            assertTrue(line.startsWith("{") && line.endsWith("}"), "not one JSON object: " + line);
        }
    }

    @Test
    void everyQuoteIsTheCodePointSliceOfItsText() throws IOException {
        List<String> problems = new ArrayList<>();
        Map<String, int[]> texts = new HashMap<>();
        int n = 0;
        for (String line : recordLines()) {
            n++;
            JsonNode r = JSON.readTree(line);
            String id = r.path("document").path("id").asText();
            int[] cps = texts.computeIfAbsent(id, this::codePointsOf);
            if (cps == null) {
                problems.add("line " + n + ": no text/" + id + ".txt");
                continue;
            }
            JsonNode ev = r.path("evidence");
            int start = ev.path("start").asInt(-1);
            int end = ev.path("end").asInt(-1);
            String quote = ev.path("quote").asText();
            if (start < 0 || end < start || end > cps.length) {
                problems.add("line " + n + " (" + id + "): offsets [" + start + ", " + end + ") outside a text of "
                        + cps.length + " code points");
                continue;
            }
            String slice = new String(cps, start, end - start);
            if (!slice.equals(quote)) {
                problems.add("line " + n + " (" + id + ", " + r.path("mission").path("name").asText() + "): ["
                        + start + ", " + end + ") holds \"" + slice + "\", the quote is \"" + quote + "\"");
            }
            for (JsonNode part : ev.path("parts")) {
                int ps = part.path("start").asInt(-1);
                int pe = part.path("end").asInt(-1);
                if (ps < 0 || pe < ps || pe > cps.length) {
                    problems.add("line " + n + " (" + id + "): part " + part + " outside the text");
                }
            }
        }
        if (!problems.isEmpty()) {
            fail(problems.size() + " records whose evidence is not at its offsets:\n" + String.join("\n", problems));
        }
    }

    @Test
    void everyDocumentIdIsTheStemOfACorpusLetter() throws IOException {
        Set<String> stems;
        try (Stream<Path> walk = Files.walk(Path.of("corpus"))) {
            stems = walk.filter(Files::isRegularFile)
                    .filter(p -> {
                        for (Path part : Path.of("corpus").relativize(p)) {
                            if (part.toString().equals("gold") || part.toString().startsWith(".")) {
                                return false;
                            }
                        }
                        return true;
                    })
                    .map(p -> {
                        String name = p.getFileName().toString();
                        return name.substring(0, name.lastIndexOf('.'));
                    })
                    .collect(java.util.stream.Collectors.toSet());
        }
        for (String line : recordLines()) {
            String id = JSON.readTree(line).path("document").path("id").asText();
            assertTrue(stems.contains(id), "document.id '" + id + "' is no corpus file's name without extension");
        }
    }

    private List<String> recordLines() throws IOException {
        String text = strictUtf8(Files.readAllBytes(out.resolve("records.jsonl")));
        List<String> lines = new ArrayList<>();
        int from = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', from)) {
            lines.add(text.substring(from, i));
            from = i + 1;
        }
        if (from < text.length()) {
            lines.add(text.substring(from));
        }
        return lines;
    }

    /** The text file decoded as UTF-8 (strictly, as Python does) and cut into code points; null when missing. */
    private int[] codePointsOf(String id) {
        Path p = out.resolve("text").resolve(id + ".txt");
        if (!Files.isRegularFile(p)) {
            return null;
        }
        try {
            return strictUtf8(Files.readAllBytes(p)).codePoints().toArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    // ------------------------------------------------------------------ the schema itself

    /** The record of records.md section 2, with the parts list RecordJson adds. */
    private static ObjectNode specExample() throws IOException {
        return (ObjectNode) JSON.readTree("""
                {
                  "schema_version": "1",
                  "document": {"id": "2025-04-25-althea", "date": "2025-04-25", "kamerstuk": "29521-494"},
                  "mission": {"name": "EUFOR Althea", "id": "eufor-althea", "organisation": "EU",
                              "text": "operatie EUFOR Althea", "known": true},
                  "action": "new",
                  "personnel": {"count": 175, "min": null, "max": 175, "qualifier": "max",
                                "previous": null, "shared": false,
                                "categories": ["military"], "text": "maximaal 175 militairen"},
                  "start_date": {"value": "2025-10-01", "precision": "month", "text": "van oktober 2025"},
                  "end_date": {"value": "2026-10-01", "precision": "day", "inclusive": true,
                               "text": "tot en met 1 oktober 2026"},
                  "duration": {"value": "P1Y", "text": "voor de duur van één jaar"},
                  "evidence": {"quote": "Dit is een inzet van maximaal 175 militairen ...",
                               "start": 1834, "end": 1990, "page": 1,
                               "parts": [{"start": 1834, "end": 1990}]},
                  "confidence": 0.92
                }""");
    }

    @Test
    void theSpecExampleIsValid() throws IOException {
        assertEquals(Set.of(), schema.validate(specExample()));
    }

    @Test
    void aRecordWithEveryOptionalValueNullIsValid() throws IOException {
        ObjectNode r = specExample();
        ((ObjectNode) r.get("document")).putNull("date").putNull("kamerstuk");
        ((ObjectNode) r.get("mission")).putNull("organisation").put("known", false);
        r.putNull("action");
        ObjectNode p = (ObjectNode) r.get("personnel");
        p.putNull("count").putNull("min").putNull("max").putNull("qualifier").putNull("previous").putNull("text");
        p.putArray("categories");
        r.putNull("start_date").putNull("end_date").putNull("duration");
        ObjectNode ev = (ObjectNode) r.get("evidence");
        ev.putNull("page");
        ev.putArray("parts");
        assertEquals(Set.of(), schema.validate(r));
    }

    static Stream<Arguments> validVariants() {
        return Stream.of(
                variant("kamerstuk with a letter part", r -> doc(r).put("kamerstuk", "35925-V-12")),
                variant("every action", r -> r.put("action", "continue")),
                variant("a range", r -> pers(r).put("qualifier", "range").put("min", 2).put("max", 3).put("count", 3)),
                variant("a shared approximate count", r -> pers(r).put("qualifier", "approx").put("shared", true)
                        .putNull("max")),
                variant("four categories", r -> pers(r).set("categories",
                        JSON.createArrayNode().add("military").add("civilian").add("police").add("kmar"))),
                variant("an open end date", r -> ((ObjectNode) r.get("end_date")).putNull("inclusive")
                        .putNull("precision")),
                variant("season precision", r -> ((ObjectNode) r.get("end_date")).put("precision", "season")),
                variant("a duration in days", r -> ((ObjectNode) r.get("duration")).put("value", "P42D")),
                variant("a duration in months", r -> ((ObjectNode) r.get("duration")).put("value", "P6M")),
                variant("confidence 0", r -> r.put("confidence", 0)),
                variant("confidence 1", r -> r.put("confidence", 1)),
                variant("a count of zero", r -> pers(r).put("count", 0).put("max", 0)),
                variant("evidence at offset 0", r -> ev(r).put("start", 0).put("end", 1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validVariants")
    void validVariantsPass(String name, Consumer<ObjectNode> change) throws IOException {
        ObjectNode r = specExample();
        change.accept(r);
        assertEquals(Set.of(), schema.validate(r), name);
    }

    static Stream<Arguments> invalidVariants() {
        return Stream.of(
                variant("an extra top-level field", r -> r.put("source", "x")),
                variant("an extra field in document", r -> doc(r).put("title", "x")),
                variant("an extra field in mission", r -> mis(r).put("aliases", "x")),
                variant("an extra field in personnel", r -> pers(r).put("units", 1)),
                variant("an extra field in start_date", r -> ((ObjectNode) r.get("start_date")).put("inclusive", true)),
                variant("an extra field in end_date", r -> ((ObjectNode) r.get("end_date")).put("x", 1)),
                variant("an extra field in duration", r -> ((ObjectNode) r.get("duration")).put("x", 1)),
                variant("an extra field in evidence", r -> ev(r).put("sentence", 1)),
                variant("an extra field in a part", r -> ((ObjectNode) ev(r).withArray("parts").get(0)).put("x", 1)),
                variant("schema_version missing", r -> r.remove("schema_version")),
                variant("schema_version 2", r -> r.put("schema_version", "2")),
                variant("schema_version as a number", r -> r.put("schema_version", 1)),
                variant("action missing instead of null", r -> r.remove("action")),
                variant("start_date missing instead of null", r -> r.remove("start_date")),
                variant("duration missing instead of null", r -> r.remove("duration")),
                variant("confidence missing", r -> r.remove("confidence")),
                variant("document.id missing", r -> doc(r).remove("id")),
                variant("document.id null", r -> doc(r).putNull("id")),
                variant("document.date missing", r -> doc(r).remove("date")),
                variant("document.kamerstuk missing", r -> doc(r).remove("kamerstuk")),
                variant("document.date not ISO", r -> doc(r).put("date", "17 juni 2022")),
                variant("document.date with a time", r -> doc(r).put("date", "2022-06-17T00:00:00")),
                variant("document.date month 13", r -> doc(r).put("date", "2022-13-01")),
                variant("kamerstuk with spaces", r -> doc(r).put("kamerstuk", "29 521, nr. 446")),
                variant("mission.name empty", r -> mis(r).put("name", "")),
                variant("mission.name blank", r -> mis(r).put("name", "  ")),
                variant("mission.name null", r -> mis(r).putNull("name")),
                variant("mission.id not a slug", r -> mis(r).put("id", "EUFOR Althea")),
                variant("mission.id missing", r -> mis(r).remove("id")),
                variant("mission.known a string", r -> mis(r).put("known", "true")),
                variant("mission.known missing", r -> mis(r).remove("known")),
                variant("mission.text missing", r -> mis(r).remove("text")),
                variant("mission.organisation missing", r -> mis(r).remove("organisation")),
                variant("an unknown action", r -> r.put("action", "deploy")),
                variant("an action in capitals", r -> r.put("action", "NEW")),
                variant("a negative count", r -> pers(r).put("count", -1)),
                variant("a fractional count", r -> pers(r).put("count", 1.5)),
                variant("a count as a string", r -> pers(r).put("count", "175")),
                variant("a negative previous", r -> pers(r).put("previous", -3)),
                variant("a negative min", r -> pers(r).put("min", -3)),
                variant("an unknown qualifier", r -> pers(r).put("qualifier", "about")),
                variant("shared missing", r -> pers(r).remove("shared")),
                variant("shared null", r -> pers(r).putNull("shared")),
                variant("categories null", r -> pers(r).putNull("categories")),
                variant("an unknown category", r -> pers(r).set("categories", JSON.createArrayNode().add("navy"))),
                variant("a category twice", r -> pers(r).set("categories",
                        JSON.createArrayNode().add("military").add("military"))),
                variant("personnel.text missing", r -> pers(r).remove("text")),
                variant("a range without min", r -> pers(r).put("qualifier", "range").putNull("min")),
                variant("a shared record without a count", r -> pers(r).put("shared", true).putNull("count")),
                variant("start_date without value", r -> ((ObjectNode) r.get("start_date")).remove("value")),
                variant("start_date value not a date", r -> ((ObjectNode) r.get("start_date")).put("value", "oktober")),
                variant("end_date value null", r -> ((ObjectNode) r.get("end_date")).putNull("value")),
                variant("end_date inclusive missing", r -> ((ObjectNode) r.get("end_date")).remove("inclusive")),
                variant("end_date inclusive a string", r -> ((ObjectNode) r.get("end_date")).put("inclusive", "ja")),
                variant("an unknown precision", r -> ((ObjectNode) r.get("end_date")).put("precision", "week")),
                variant("end_date a string", r -> r.put("end_date", "2026-10-01")),
                variant("duration not ISO 8601", r -> ((ObjectNode) r.get("duration")).put("value", "1 jaar")),
                variant("duration P alone", r -> ((ObjectNode) r.get("duration")).put("value", "P")),
                variant("duration without text", r -> ((ObjectNode) r.get("duration")).remove("text")),
                variant("evidence missing", r -> r.remove("evidence")),
                variant("evidence null", r -> r.putNull("evidence")),
                variant("an empty quote", r -> ev(r).put("quote", "")),
                variant("a negative start", r -> ev(r).put("start", -1)),
                variant("end 0", r -> ev(r).put("start", 0).put("end", 0)),
                variant("offsets as strings", r -> ev(r).put("start", "1834")),
                variant("page 0", r -> ev(r).put("page", 0)),
                variant("page missing", r -> ev(r).remove("page")),
                variant("parts missing", r -> ev(r).remove("parts")),
                variant("a part without end", r -> ((ObjectNode) ev(r).withArray("parts").get(0)).remove("end")),
                variant("a part as an array", r -> ev(r).set("parts",
                        JSON.createArrayNode().add(JSON.createArrayNode().add(1).add(2)))),
                variant("confidence above 1", r -> r.put("confidence", 1.01)),
                variant("confidence below 0", r -> r.put("confidence", -0.1)),
                variant("confidence as a string", r -> r.put("confidence", "0.9")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidVariants")
    void invalidVariantsFail(String name, Consumer<ObjectNode> change) throws IOException {
        ObjectNode r = specExample();
        change.accept(r);
        assertFalse(schema.validate(r).isEmpty(), "the schema accepts a record with " + name + ": " + r);
    }

    private static Arguments variant(String name, Consumer<ObjectNode> change) {
        return Arguments.of(name, change);
    }

    private static ObjectNode doc(ObjectNode r) {
        return (ObjectNode) r.get("document");
    }

    private static ObjectNode mis(ObjectNode r) {
        return (ObjectNode) r.get("mission");
    }

    private static ObjectNode pers(ObjectNode r) {
        return (ObjectNode) r.get("personnel");
    }

    private static ObjectNode ev(ObjectNode r) {
        return (ObjectNode) r.get("evidence");
    }
}
