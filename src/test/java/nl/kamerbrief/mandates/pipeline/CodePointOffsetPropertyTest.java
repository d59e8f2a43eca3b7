package nl.kamerbrief.mandates.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.kamerbrief.mandates.assemble.MandateRecord;
import nl.kamerbrief.mandates.emit.RecordJson;
import nl.kamerbrief.mandates.ingest.IngestedDocument;
import nl.kamerbrief.mandates.ingest.SourceInfo;
import nl.kamerbrief.mandates.rules.RuleSet;
import nl.kamerbrief.mandates.text.NormalizedText;
import nl.kamerbrief.mandates.text.PageMap;
import nl.kamerbrief.mandates.text.TextNormalizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Property (issue 15): whatever characters beyond U+FFFF a text holds, and wherever, the records' evidence offsets
 * count code points: {@code quote == text[start:end]} sliced by code points as Python slices, for the evidence and
 * inside the text for every part. Texts are corpus letters with emoji, flags, mathematical letters and CJK
 * extension B characters put between their words and glued to them (a fixed seed, so a failure repeats), and
 * random strings of such characters and the words of a record.
 */
class CodePointOffsetPropertyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Emoji, a flag (two regional indicators), a mathematical letter, a CJK extension B ideograph, a musical sign. */
    private static final String[] BEYOND_BMP = {"\uD83D\uDE00", "\uD83C\uDDF3\uD83C\uDDF1", "\uD835\uDD04",
            "\uD840\uDC00", "\uD834\uDD1E", "\uD83E\uDE96", "\uD83C\uDF89"};
    private static final String LETTER = "Den Haag, 17 juni 2022\n\nHet kabinet verlengt de bijdrage met twaalf "
            + "militairen aan UNTSO tot en met 31 juli 2025, vanwege het belang van deze missie.\n\nDaarnaast levert "
            + "Nederland maximaal acht civiele en politie-experts aan EUFOR Althea tot 1 oktober 2026.\n";

    private static Pipeline pipeline;

    @BeforeAll
    static void load() throws Exception {
        pipeline = new Pipeline(RuleSet.load(Path.of("rules")), false);
    }

    /** Between sentences and clauses the phrases stay whole, so the letter keeps its UNTSO record. */
    @Test
    void lettersWithCharactersBeyondTheBmpBetweenTheirClauses() throws IOException {
        Random r = new Random(15);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            String text = sprinkle(LETTER, r, 0.6, Place.BETWEEN_CLAUSES);
            List<JsonNode> found = check(text, problems);
            if (found.stream().noneMatch(j -> j.path("mission").path("id").asText().equals("untso")
                    && j.path("end_date").path("value").asText().equals("2025-07-31"))) {
                problems.add("no UNTSO record until 2025-07-31 in: " + text);
            }
        }
        assertTrue(problems.isEmpty(), () -> problems.size() + " problems, the first: " + problems.get(0));
    }

    /** Between any two words a phrase may break ("twaalf 😀 militairen"), but what is found keeps its offsets. */
    @Test
    void lettersWithCharactersBeyondTheBmpBetweenTheirWords() throws IOException {
        Random r = new Random(16);
        List<String> problems = new ArrayList<>();
        int records = 0;
        for (int i = 0; i < 150; i++) {
            records += check(sprinkle(LETTER, r, 0.2, Place.BETWEEN_WORDS), problems).size();
        }
        assertTrue(problems.isEmpty(), () -> problems.size() + " problems, the first: " + problems.get(0));
        assertTrue(records >= 75, "records: " + records);
    }

    @Test
    void lettersWithCharactersBeyondTheBmpGluedToTheirWords() throws IOException {
        Random r = new Random(17);
        List<String> problems = new ArrayList<>();
        int records = 0;
        for (int i = 0; i < 150; i++) {
            records += check(sprinkle(LETTER, r, 0.15, Place.IN_WORDS), problems).size();
        }
        assertTrue(problems.isEmpty(), () -> problems.size() + " problems, the first: " + problems.get(0));
        assertTrue(records > 0, "glued characters left no record at all");
    }

    @Test
    void randomStringsOfRecordWordsAndCharactersBeyondTheBmp() throws IOException {
        String[] words = {"UNTSO", "EUFOR", "Althea", "twaalf", "militairen", "tot", "en", "met", "31", "juli", "2025",
                "verlengt", "het", "kabinet", "bijdrage", "aan", ".", ",", "\n", "\n\n", "maximaal", "175", "-", "(", ")"};
        Random r = new Random(18);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            StringBuilder b = new StringBuilder();
            int n = 5 + r.nextInt(60);
            for (int k = 0; k < n; k++) {
                b.append(r.nextInt(4) == 0 ? BEYOND_BMP[r.nextInt(BEYOND_BMP.length)] : words[r.nextInt(words.length)]);
                if (r.nextInt(3) > 0) {
                    b.append(' ');
                }
            }
            check(b.toString(), problems);
        }
        assertTrue(problems.isEmpty(), () -> problems.size() + " problems, the first: " + problems.get(0));
    }

    /** Where characters beyond U+FFFF go. */
    private enum Place { BETWEEN_CLAUSES, BETWEEN_WORDS, IN_WORDS }

    /** Characters beyond U+FFFF sprinkled into a text, each place taken with probability {@code rate}. */
    private static String sprinkle(String text, Random r, double rate, Place place) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char before = i > 0 ? text.charAt(i - 1) : '\n';
            boolean at = switch (place) {
                case BETWEEN_CLAUSES -> before == '\n' || c == ' ' && (before == ',' || before == '.');
                case BETWEEN_WORDS -> c == ' ';
                case IN_WORDS -> Character.isLetterOrDigit(c);
            };
            if (at && r.nextDouble() < rate) {
                String x = BEYOND_BMP[r.nextInt(BEYOND_BMP.length)];
                b.append(place == Place.IN_WORDS ? x : c == ' ' ? " " + x : x + " ");
            }
            b.append(c);
        }
        return b.toString();
    }

    /** Runs the pipeline and checks every record as {@link RecordJson} writes it; returns the records. */
    private static List<JsonNode> check(String raw, List<String> problems) throws IOException {
        NormalizedText text = TextNormalizer.normalize(raw);
        SourceInfo source = new SourceInfo("2022-06-17-brief", "brief.txt", Path.of("brief.txt"), "", raw.length(),
                "text/plain");
        Pipeline.Result result = pipeline.process(new IngestedDocument(source, text, PageMap.NONE, Map.of(),
                List.of()));
        int[] cps = text.toString().codePoints().toArray();
        assertEquals(text.codePointLength(), cps.length);
        List<JsonNode> out = new ArrayList<>();
        for (MandateRecord rec : result.records()) {
            JsonNode j = JSON.readTree(RecordJson.line(rec, text));
            out.add(j);
            JsonNode ev = j.path("evidence");
            int start = ev.path("start").asInt();
            int end = ev.path("end").asInt();
            if (!(0 <= start && start < end && end <= cps.length)) {
                problems.add("offsets " + start + "-" + end + " outside " + cps.length + " code points: " + raw);
                continue;
            }
            if (!new String(cps, start, end - start).equals(ev.path("quote").asText())) {
                problems.add("quote is not text[" + start + ":" + end + "]: " + ev.path("quote").asText());
            }
            for (JsonNode part : ev.path("parts")) {
                int ps = part.path("start").asInt();
                int pe = part.path("end").asInt();
                if (!(0 <= ps && ps < pe && pe <= cps.length)) {
                    problems.add("part " + ps + "-" + pe + " outside the text: " + raw);
                }
            }
        }
        return out;
    }
}
