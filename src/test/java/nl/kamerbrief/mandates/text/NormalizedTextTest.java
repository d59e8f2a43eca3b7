package nl.kamerbrief.mandates.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * The one text every span indexes into, and its conversion of UTF-16 char indexes to code points (spec section 2:
 * evidence offsets count code points, as Python does).
 */
class NormalizedTextTest {

    private static final String SENTENCE = "Het kabinet verlengt de bijdrage met twaalf militairen aan UNTSO \n"
            + "tot en met 31 juli 2025.";

    /** The code point substring {@code [from, to)} of {@code s}, as Python's {@code s[from:to]}. */
    static String codePointSubstring(String s, int from, int to) {
        int[] cps = s.codePoints().toArray();
        return new String(cps, from, to - from);
    }

    @Test
    void anEmojiBeforeASpanShiftsItsCodePointOffsetsByOne() {
        String raw = "\uD83D\uDE00 " + SENTENCE; // 😀, one code point in two chars
        NormalizedText text = new NormalizedText(raw);
        int start = raw.indexOf("UNTSO");
        int end = start + "UNTSO".length();

        assertEquals(start - 1, text.codePointOffset(start));
        assertEquals(end - 1, text.codePointOffset(end));
        assertEquals("UNTSO", codePointSubstring(raw, text.codePointOffset(start), text.codePointOffset(end)));
        assertEquals("UNTSO", text.substring(new CharSpan(start, end)));
    }

    @Test
    void aFlagOfTwoCodePointsBeforeASpanShiftsItByTwo() {
        String flag = "\uD83C\uDDF3\uD83C\uDDF1"; // 🇳🇱: two regional indicators, four chars
        String raw = flag + " " + SENTENCE;
        NormalizedText text = new NormalizedText(raw);
        int start = raw.indexOf("tot en met 31 juli 2025");
        int end = start + "tot en met 31 juli 2025".length();

        assertEquals(start - 2, text.codePointOffset(start));
        assertEquals("tot en met 31 juli 2025",
                codePointSubstring(raw, text.codePointOffset(start), text.codePointOffset(end)));
        assertEquals(raw.codePointCount(0, raw.length()), text.codePointLength());
    }

    private static final String MIXED = "EUAM Oekraïne \uD83D\uDE00\uD83D\uDE00 maximaal acht civiele en "
            + "politie-experts \uD83C\uDDF3\uD83C\uDDF1\n– één persoon \uD83D\uDCA1";

    /** Against the slow obvious reference, {@code String.codePointCount}, at every index that is not mid-pair. */
    @Test
    void agreesWithCodePointCountAtEveryIndexOutsideAPair() {
        NormalizedText text = new NormalizedText(MIXED);
        for (int i = 0; i <= MIXED.length(); i++) {
            if (!insidePair(MIXED, i)) {
                assertEquals(MIXED.codePointCount(0, i), text.codePointOffset(i), "char index " + i);
            }
        }
        assertEquals(MIXED.codePointCount(0, MIXED.length()), text.codePointLength());
    }

    /** The documented contract: "a char index inside a surrogate pair maps to its code point". */
    @Test
    void anIndexInsideAPairMapsToThatPairsCodePoint() {
        NormalizedText text = new NormalizedText(MIXED);
        for (int i = 0; i <= MIXED.length(); i++) {
            if (insidePair(MIXED, i)) {
                assertEquals(MIXED.codePointCount(0, i - 1), text.codePointOffset(i), "char index " + i
                        + " lies inside the pair starting at " + (i - 1));
            }
        }
    }

    private static boolean insidePair(String s, int i) {
        return i > 0 && i < s.length() && Character.isHighSurrogate(s.charAt(i - 1))
                && Character.isLowSurrogate(s.charAt(i));
    }

    @Test
    void withoutCharactersBeyondTheBmpCharIndexesAreCodePoints() {
        String raw = "De EU Monitoring Mission (EUMM) Georgië – één persoon; regio’s";
        NormalizedText text = new NormalizedText(raw);
        for (int i = 0; i <= raw.length(); i++) {
            assertEquals(i, text.codePointOffset(i));
        }
        assertEquals(raw.length(), text.codePointLength());
    }

    @Test
    void aLoneSurrogateCountsAsOneCodePoint() {
        String raw = "a\uD83Db c";
        NormalizedText text = new NormalizedText(raw);
        assertEquals(raw.codePointCount(0, raw.length()), text.codePointLength());
        assertEquals(3, text.codePointOffset(3));
    }

    @Test
    void indexesOutsideTheTextAreRejected() {
        NormalizedText text = new NormalizedText("UNTSO");
        assertThrows(IndexOutOfBoundsException.class, () -> text.codePointOffset(-1));
        assertThrows(IndexOutOfBoundsException.class, () -> text.codePointOffset(6));
        assertEquals(5, text.codePointOffset(5));
    }

    @Test
    void isACharSequenceOfItsText() {
        NormalizedText text = new NormalizedText(SENTENCE);
        assertEquals(SENTENCE.length(), text.length());
        assertEquals(SENTENCE, text.toString());
        assertEquals('U', text.charAt(SENTENCE.indexOf("UNTSO")));
        assertEquals("twaalf militairen", text.subSequence(37, 54).toString());
        assertEquals("twaalf militairen", text.substring(37, 54));
    }

    // ------------------------------------------------------------------ the normalizer that makes it

    @Test
    void normalizingDropsTheByteOrderMarkAndMakesLineEndsNewlines() {
        NormalizedText text = TextNormalizer.normalize("\uFEFFDen Haag, 17 juni 2022\r\n\r\nIn het coalitieakkoord\rstaat");
        assertEquals("Den Haag, 17 juni 2022\n\nIn het coalitieakkoord\nstaat", text.toString());
    }

    @Test
    void normalizingComposesAccentsAndDropsControlCharacters() {
        String decomposed = "Oekrai\u0308ne";      // i + combining diaeresis
        NormalizedText text = TextNormalizer.normalize("EUAM " + decomposed + "\u0007 tot\tmedio 2025\fNr. 415");
        assertEquals("EUAM Oekra\u00EFne tot\tmedio 2025\nNr. 415", text.toString());
    }

    @Test
    void normalizingKeepsWhatTheLetterSays() {
        String raw = "de Neder-\nlandse bijdrage aan *Operation Inherent Resolve* (OIR) in de regio’s  \n";
        assertEquals(raw, TextNormalizer.normalize(raw).toString());
    }
}
