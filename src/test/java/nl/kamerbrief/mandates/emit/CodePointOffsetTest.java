package nl.kamerbrief.mandates.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.kamerbrief.mandates.annotate.Action;
import nl.kamerbrief.mandates.annotate.Category;
import nl.kamerbrief.mandates.annotate.Qualifier;
import nl.kamerbrief.mandates.assemble.DocumentRef;
import nl.kamerbrief.mandates.assemble.Evidence;
import nl.kamerbrief.mandates.assemble.MandateRecord;
import nl.kamerbrief.mandates.assemble.MissionRef;
import nl.kamerbrief.mandates.assemble.Personnel;
import nl.kamerbrief.mandates.batch.BatchRunner;
import nl.kamerbrief.mandates.ingest.Ingestion;
import nl.kamerbrief.mandates.pipeline.Pipeline;
import nl.kamerbrief.mandates.rules.RuleSet;
import nl.kamerbrief.mandates.text.CharSpan;
import nl.kamerbrief.mandates.text.NormalizedText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Evidence offsets count Unicode code points, as Python does (records.md section 2), not UTF-16 chars: letters
 * with characters beyond U+FFFF (emoji, flags) before and inside the quoted sentence.
 */
class CodePointOffsetTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Emoji right before the sentence that gives the record. */
    private static final String BEFORE = "Den Haag, 17 juni 2022\n\n"
            + "\uD83D\uDE00\uD83C\uDDF3\uD83C\uDDF1 Het kabinet verlengt de bijdrage met twaalf militairen aan UNTSO "
            + "tot en met 31 juli 2025.\n";

    /** Emoji in an earlier paragraph and inside the sentence that gives the record. */
    private static final String INSIDE = "Den Haag, 17 juni 2022\n\n"
            + "Over \uD83D\uDE00 missies \uD83C\uDDF3\uD83C\uDDF1.\n\n"
            + "Het kabinet verlengt de bijdrage \uD83E\uDE96 met twaalf militairen aan UNTSO tot en met "
            + "31 juli 2025 \uD83C\uDF89.\n";

    private static Pipeline pipeline;

    @TempDir
    Path tmp;

    @BeforeAll
    static void load() throws Exception {
        pipeline = new Pipeline(RuleSet.load(Path.of("rules")), false);
    }

    @Test
    void offsetsAreCodePointsWhenEmojiPrecedeTheSentence() throws IOException {
        JsonNode r = extractOne("emoji-voor", BEFORE);
        checkOffsets(r, "emoji-voor", BEFORE);
    }

    @Test
    void offsetsAreCodePointsWhenEmojiSitInsideTheSentence() throws IOException {
        JsonNode r = extractOne("emoji-in", INSIDE);
        checkOffsets(r, "emoji-in", INSIDE);
        String quote = r.path("evidence").path("quote").asText();
        assertTrue(quote.contains("\uD83E\uDE96"), "the quote should be the whole sentence, emoji included: " + quote);
        int start = r.path("evidence").path("start").asInt();
        int end = r.path("evidence").path("end").asInt();
        assertEquals(quote.codePointCount(0, quote.length()), end - start, "end - start counts code points");
        assertNotEquals(quote.length(), end - start, "end - start must not count UTF-16 chars");
        assertNotEquals(INSIDE.indexOf(quote), start, "evidence.start must not be a UTF-16 index");
    }

    @Test
    void documentCharactersCountCodePoints() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("emoji-in.txt"), INSIDE, StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        new BatchRunner(pipeline, Ingestion.standard(), "test")
                .run(new BatchRunner.Options(List.of(in.toString()), out, 200_000_000L, false));
        String text = Files.readString(out.resolve("text/emoji-in.txt"), StandardCharsets.UTF_8);
        JsonNode doc = JSON.readTree(Files.readString(out.resolve("documents.jsonl")).strip());
        assertEquals(text.codePointCount(0, text.length()), doc.path("characters").asInt());
        assertNotEquals(text.length(), doc.path("characters").asInt());
    }

    /** A byte-order mark, CRLF line ends and a U+2028 inside a quote change nothing about the offsets. */
    @Test
    void offsetsHoldWithBomCrlfAndLineSeparator() throws IOException {
        String letter = "\uFEFFDen Haag, 17 juni 2022\r\n\r\n\uD83D\uDE00 Over missies.\r\n\r\n"
                + "Het kabinet verlengt de bijdrage met twaalf militairen aan UNTSO tot en met 31 juli 2025.\r\n\r\n"
                + "De bijdrage aan UNMIK\u2028blijft \u00e9\u00e9n persoon tot eind 2025 \uD83D\uDE00.\r\n";
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("crlf.txt"), letter, StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        new BatchRunner(pipeline, Ingestion.standard(), "test")
                .run(new BatchRunner.Options(List.of(in.toString()), out, 200_000_000L, false));
        int[] cps = Files.readString(out.resolve("text/crlf.txt"), StandardCharsets.UTF_8).codePoints().toArray();
        String jsonl = Files.readString(out.resolve("records.jsonl"), StandardCharsets.UTF_8);
        List<String> missions = new ArrayList<>();
        for (String line : jsonl.split("\n")) {
            JsonNode r = JSON.readTree(line);
            JsonNode ev = r.path("evidence");
            int start = ev.path("start").asInt();
            int end = ev.path("end").asInt();
            assertEquals(ev.path("quote").asText(), new String(cps, start, end - start), r.toString());
            missions.add(r.path("mission").path("name").asText());
        }
        assertTrue(missions.contains("UNMIK"), "the sentence with U+2028 gives a record: " + missions);
        assertTrue(missions.contains("UNTSO"), missions.toString());
    }

    /** RecordJson alone: a span given in chars comes out in code points, the evidence and each of its parts. */
    @Test
    void recordJsonConvertsCharSpansToCodePoints() throws IOException {
        // chars:       0-1 = U+1F600, 2 = a, 3-4 = U+1F1F3, 5 = b, 6 = c, 7 = space, 8 = d
        // code points: 0 = U+1F600,   1 = a, 2 = U+1F1F3,   3 = b, 4 = c, 5 = space, 6 = d
        String s = "\uD83D\uDE00a\uD83C\uDDF3bc d";
        NormalizedText text = new NormalizedText(s);
        CharSpan span = new CharSpan(3, 7);
        MandateRecord rec = new MandateRecord(new DocumentRef("x", LocalDate.of(2022, 6, 17), null),
                new MissionRef("UNTSO", "untso", "UN", "a", true), Action.EXTEND,
                new Personnel(2, null, null, Qualifier.EXACT, null, false, List.of(Category.MILITARY), "b"),
                null, null, null,
                new Evidence(span, s.substring(3, 7), null, List.of(new CharSpan(2, 3), new CharSpan(5, 9))), 0.9);
        JsonNode ev = JSON.readTree(RecordJson.line(rec, text)).path("evidence");
        assertEquals(2, ev.path("start").asInt());
        assertEquals(5, ev.path("end").asInt());
        assertEquals("\uD83C\uDDF3bc", ev.path("quote").asText());
        assertEquals(1, ev.path("parts").get(0).path("start").asInt());
        assertEquals(2, ev.path("parts").get(0).path("end").asInt());
        assertEquals(3, ev.path("parts").get(1).path("start").asInt());
        assertEquals(7, ev.path("parts").get(1).path("end").asInt());
    }

    // ------------------------------------------------------------------ helpers

    /** Writes one letter, extracts it, and returns its UNTSO record (there must be exactly one). */
    private JsonNode extractOne(String id, String letter) throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve(id + ".txt"), letter, StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        BatchRunner.Summary s = new BatchRunner(pipeline, Ingestion.standard(), "test")
                .run(new BatchRunner.Options(List.of(in.toString()), out, 200_000_000L, false));
        assertEquals(1, s.ok(), "the letter should be read: " + s.documents());
        List<JsonNode> untso = new ArrayList<>();
        for (String line : Files.readString(out.resolve("records.jsonl"), StandardCharsets.UTF_8).split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            JsonNode r = JSON.readTree(line);
            if (r.path("mission").path("name").asText().equals("UNTSO")) {
                untso.add(r);
            }
        }
        assertEquals(1, untso.size(), "one UNTSO record expected from: " + letter);
        return untso.get(0);
    }

    private void checkOffsets(JsonNode r, String id, String letter) throws IOException {
        JsonNode ev = r.path("evidence");
        String quote = ev.path("quote").asText();
        int start = ev.path("start").asInt();
        int end = ev.path("end").asInt();
        assertTrue(quote.contains("twaalf militairen aan UNTSO"), "quote: " + quote);

        // the quote in text/<id>.txt, sliced by code points as Python would
        Path textFile = tmp.resolve("out/text/" + id + ".txt");
        String text = Files.readString(textFile, StandardCharsets.UTF_8);
        int[] cps = text.codePoints().toArray();
        assertTrue(end <= cps.length, "end " + end + " beyond the text's " + cps.length + " code points");
        assertEquals(quote, new String(cps, start, end - start), "text[start:end] in code points");

        // and where the sentence stands in the letter itself, counted independently
        int utf16 = letter.indexOf(quote);
        assertTrue(utf16 >= 0, "the quote is not verbatim in the letter: " + quote);
        int expectedStart = letter.codePointCount(0, utf16);
        int expectedEnd = expectedStart + quote.codePointCount(0, quote.length());
        // the fixture is only worth something when the two units disagree
        assertTrue(expectedEnd != utf16 + quote.length(), "fixture: no character beyond U+FFFF up to the quote's end");
        assertEquals(expectedStart, start, "evidence.start in code points (UTF-16 index would be " + utf16 + ")");
        assertEquals(expectedEnd, end, "evidence.end in code points (UTF-16 index would be "
                + (utf16 + quote.length()) + ")");
    }
}
