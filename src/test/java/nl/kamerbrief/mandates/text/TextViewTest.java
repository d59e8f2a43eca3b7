package nl.kamerbrief.mandates.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cleaned view annotators search, and its map back to the source. Lines are taken from the corpus letters,
 * hard-wrapped as they are there.
 */
class TextViewTest {

    private static TextView view(String raw) {
        return TextView.of(TextNormalizer.normalize(raw));
    }

    /** The source text that the view chars of {@code inView} (first occurrence) come from. */
    private static String sourceOf(TextView v, String inView) {
        int at = v.text().indexOf(inView);
        assertTrue(at >= 0, () -> "view does not contain '" + inView + "': " + v.text());
        return v.source().substring(v.toSource(at, at + inView.length()));
    }

    /** Line-end hyphenation: joined where it is only a line break, kept where the hyphen belongs to the word. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // 2022 samenhang letter: a typesetter's hyphen goes
            "informeert het kabinet uw Kamer in deze brief over de toekomst en samenhang van de Neder-\\nlandse "
                    + "inzet in missies|Nederlandse|Neder-\\nlandse",
            "De mandaten van de diverse kleine missiebij-\\ndragen lopen tot en met 31 juli 2022|missiebijdragen"
                    + "|missiebij-\\ndragen",
            "onder andere verder invulling gekregen in de hoofdlijnen-\\nbrief Defensie|hoofdlijnenbrief"
                    + "|hoofdlijnen-\\nbrief",
            "benaderd om gevechtsheli-\\nkopters te leveren aan MINUSMA|gevechtshelikopters|gevechtsheli-\\nkopters",
            // 2018 letter: after an acronym or before a capital the hyphen stays
            "om een Nederlandse bijdrage aan de NAVO-\\ncapaciteitsopbouwmissie in Irak"
                    + "|NAVO-capaciteitsopbouwmissie|NAVO-\\ncapaciteitsopbouwmissie",
            "het mandaat voor de EU-\\ntrainingsmissie in de Sahel te hernieuwen|EU-trainingsmissie"
                    + "|EU-\\ntrainingsmissie",
            "het zorgwekkende Russische optreden in de Krim en Oost-\\nOekraïne, de slagkracht|Oost-Oekraïne"
                    + "|Oost-\\nOekraïne",
            // where two vowels would otherwise merge the hyphen stays
            "met een bijdrage van maximaal acht civiele en politie-\\nexperts aan EUAM Oekraïne|politie-experts"
                    + "|politie-\\nexperts",
    })
    void lineEndHyphens(String raw, String inView, String inSource) {
        TextView v = view(raw.replace("\\n", "\n"));
        assertTrue(v.text().contains(" " + inView + " ") || v.text().contains(" " + inView + ","),
                () -> "expected the word '" + inView + "' in the view: " + v.text());
        assertEquals(inSource.replace("\\n", "\n"), sourceOf(v, inView));
    }

    /** "Marechaussee- en politiefunctionarissen" (2022 letter) broken after the hyphen: a word break, kept. */
    @Test
    void aHyphenBeforeEnInAShortenedListStaysWithItsSpace() {
        TextView v = view("maximaal tien Koninklijke Marechaussee-\nen politiefunctionarissen als Individual Police "
                + "Officer bij UNPOL");
        assertTrue(v.text().contains("Koninklijke Marechaussee- en politiefunctionarissen"), v.text());
    }

    @Test
    void whiteSpaceRunsBecomeOneSpaceOneBreakOrOneBlankLine() {
        String raw = "Het kabinet verlengt de bijdrage met twaalf militairen aan UNTSO \n"
                + "tot en met 31 juli 2025,   vanwege het\tbelang van deze missie. \n \n\n"
                + "De EU Mission for the Support of Palestinian Police and Rule of Law   \n";
        TextView v = view(raw);
        assertEquals("Het kabinet verlengt de bijdrage met twaalf militairen aan UNTSO\n"
                + "tot en met 31 juli 2025, vanwege het belang van deze missie.\n\n"
                + "De EU Mission for the Support of Palestinian Police and Rule of Law", v.text());
        assertEquals(v.text().length(), v.folded().length());
        assertEquals(v.text().length(), v.flat().length());
        assertFalse(v.flat().contains("\n"));
        assertTrue(v.flat().contains("aan untso tot en met 31 juli 2025"), v.flat());
    }

    @Test
    void markdownAsterisksSoftHyphensAndCurlyQuotesAreGone() {
        String raw = "- [Qatar] *Operation Poseidon Archer* (OPA) – één niet-operationele stafofficier;\n"
                + "Zoals vermeld in de brief ‘De staat van de Oorlog in Oekraïne’ en “NAVO” in de regio’s, "
                + "migratie\u00ADcriminaliteit\u200B.";
        TextView v = view(raw);
        assertEquals("- [Qatar] Operation Poseidon Archer (OPA) – één niet-operationele stafofficier;\n"
                + "Zoals vermeld in de brief 'De staat van de Oorlog in Oekraïne' en \"NAVO\" in de regio's, "
                + "migratiecriminaliteit.", v.text());
        assertEquals("Operation Poseidon Archer", sourceOf(v, "Operation Poseidon Archer"));
        assertEquals("regio’s", sourceOf(v, "regio's"));
        assertEquals("migratie\u00ADcriminaliteit", sourceOf(v, "migratiecriminaliteit"));
    }

    @Test
    void foldedIsLowerCaseWithoutAccentsCharForChar() {
        TextView v = view("EUAM Oekraïne – één persoon, EUMM Georgië");
        assertEquals("euam oekraine – een persoon, eumm georgie", v.folded());
        assertEquals(v.text().length(), v.folded().length());
    }

    @Test
    void sourceSpansMapToViewTextAndBack() {
        String raw = "samenhang van de Neder-\nlandse inzet in missies en operaties tot medio 2025. ";
        NormalizedText source = TextNormalizer.normalize(raw);
        TextView v = TextView.of(source);
        int s = raw.indexOf("Neder-");
        CharSpan hyphenated = new CharSpan(s, raw.indexOf("landse") + "landse".length());
        assertEquals("Nederlandse", v.viewText(hyphenated));
        assertEquals("nederlandse", v.foldedText(hyphenated));
        assertEquals("nederlandse", v.flatText(hyphenated));
        CharSpan medio = new CharSpan(raw.indexOf("tot medio"), raw.indexOf("2025") + 4);
        assertEquals("tot medio 2025", v.viewText(medio));
        int vi = v.text().indexOf("tot medio 2025");
        assertEquals(medio, v.toSource(vi, vi + "tot medio 2025".length()));
        assertEquals(medio.start(), v.toSource(v.toView(medio.start()), v.toView(medio.start()) + 1).start());
    }

    @Test
    void anEmptyViewSpanMapsToAnEmptySourceSpan() {
        TextView v = view("UNTSO  UNIFIL");
        CharSpan empty = v.toSource(5, 5);
        assertEquals(0, empty.length());
    }

    // ------------------------------------------------------------------ every corpus letter

    static Stream<Path> corpusFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("corpus", "corpus/more", "corpus/negatives")) {
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md")).sorted()
                        .forEach(files::add);
            }
        }
        return files.stream();
    }

    /**
     * Every view char comes from a source char that reads the same: the same char, white space for white space, a
     * curly quote for a straight one, a ligature for its letters; the map never runs backwards.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void everyViewCharMapsBackToASourceChar(Path file) throws IOException {
        NormalizedText source = TextNormalizer.normalize(Files.readString(file, StandardCharsets.UTF_8));
        TextView v = TextView.of(source);
        String view = v.text();
        int last = -1;
        for (int i = 0; i < view.length(); i++) {
            CharSpan s = v.toSource(i, i + 1);
            assertEquals(1, s.length(), "view char " + i + " maps to " + s);
            char c = view.charAt(i);
            char src = source.charAt(s.start());
            assertTrue(readsTheSame(c, src), "view char " + i + " '" + c + "' comes from '" + src + "' in " + file);
            assertTrue(s.start() >= last, "the map runs backwards at view char " + i);
            last = s.start();
        }
        assertEquals(view.length(), v.folded().length());
        assertEquals(view.length(), v.flat().length());
        assertEquals(source.length(), v.toSource(view.length(), view.length()).start());
    }

    private static boolean readsTheSame(char view, char src) {
        if (view == src) {
            return true;
        }
        if (view == ' ' || view == '\n') {
            return Character.isWhitespace(src) || Character.isSpaceChar(src);
        }
        if (view == '\'') {
            return "\u2019\u2018\u201A\u2032".indexOf(src) >= 0;
        }
        if (view == '"') {
            return "\u201C\u201D\u201E\u00AB\u00BB".indexOf(src) >= 0;
        }
        if (view == '-') {
            return src == '\u2010' || src == '\u2011';
        }
        return src == '\uFB01' && (view == 'f' || view == 'i') || src == '\uFB02' && (view == 'f' || view == 'l');
    }
}
