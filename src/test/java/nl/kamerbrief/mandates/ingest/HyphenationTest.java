package nl.kamerbrief.mandates.ingest;

import static nl.kamerbrief.mandates.ingest.pdf.Hyphenation.Decision.JOIN;
import static nl.kamerbrief.mandates.ingest.pdf.Hyphenation.Decision.KEEP;
import static nl.kamerbrief.mandates.ingest.pdf.Hyphenation.Decision.KEEP_SPACE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import nl.kamerbrief.mandates.ingest.pdf.Hyphenation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Line-end hyphens: the rule with the word list of {@code rules/words-nl.txt}, and what it makes of the hyphens that
 * really end lines in the PDFs of {@code src/test/resources/formats} (413 in their text layers, footnotes included).
 */
class HyphenationTest {

    static DutchWords words;
    static Hyphenation rule;

    @BeforeAll
    static void load() throws IOException {
        words = DutchWords.load(Path.of("rules/words-nl.txt"));
        rule = new Hyphenation(words::contains);
    }

    @ParameterizedTest
    @CsvSource({
        // a line break inside a word
        "Neder,landse,JOIN", "kabinetsperio,de,JOIN", "toe,gewezen,JOIN", "mensen,rechten,JOIN",
        "veiligheids,sector,JOIN", "en,hanced,JOIN", "zicht,bare,JOIN",
        // capitals and digits on either side
        "NAVO,verdragsgebied,KEEP", "EU,operatie,KEEP", "F,16,KEEP", "Noord,Afrika,KEEP", "BiH,strijdkrachten,KEEP",
        "artikel-100,procedure,KEEP", "Bosnisch,Servisch,KEEP",
        // vowels that would merge, unless the joined word is a word
        "politie,experts,KEEP", "zee,eenheid,KEEP", "ide,eën,JOIN", "oplaai,end,JOIN",
        // a shortened word in a list
        "Marechaussee,en,KEEP_SPACE", "vredes,en,KEEP_SPACE", "land,of,KEEP_SPACE", "verlengd,tot,KEEP_SPACE",
        // two words whose join is none
        "niet,operationele,KEEP"})
    void decides(String left, String right, Hyphenation.Decision expected) {
        assertEquals(expected, rule.decide(left, right), left + "-" + right);
    }

    @Test
    void withoutAWordListTwoWordsAreJoined() {
        Hyphenation bare = new Hyphenation(DutchWords.NONE::contains);
        assertEquals(JOIN, bare.decide("niet", "operationele"));
        assertEquals(KEEP, bare.decide("politie", "experts"), "the vowel rule needs no list");
        assertEquals(KEEP, bare.decide("NAVO", "verdragsgebied"));
    }

    @Test
    void whatTheDocumentWritesElsewhereDecides() {
        // the samenhang letter writes "EMASoH" three times; LibreOffice broke it as "EMA-" / "SoH" once
        assertEquals(JOIN, new Hyphenation(words::contains, Map.of("emasoh", 3)).decide("EMA", "SoH"));
        assertEquals(KEEP, rule.decide("EMA", "SoH"), "without that evidence a capital keeps the hyphen");
        assertEquals(KEEP, new Hyphenation(words::contains, Map.of("kantel-moment", 1)).decide("kantel", "moment"));
        assertEquals(JOIN, new Hyphenation(words::contains, Map.of("kantelmoment", 1)).decide("kantel", "moment"));
    }

    /** Kept hyphens that end lines in the PDFs: the word stays hyphenated. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        PdfIngestorTest.KENNISGEVING + "|de capaciteit van de BiH-strijdkrachten te bevorderen",
        PdfIngestorTest.SAMENHANG + "|in EU-kader de druk op het Bosnisch-Servisch leiderschap op te voeren",
        PdfIngestorTest.SAMENHANG + "|aan vredes- en stabiliteitsoperaties in EU-, NAVO- en VN-verband",
        PdfIngestorTest.BRIEF_2018 + "|Heden gaat u tevens de artikel 100-brief over de geïntensiveerde",
        PdfIngestorTest.BRIEF_2018 + "|in overeenstemming met de artikel-100-procedure en conform het Toetsingskader",
        PdfIngestorTest.VERSLAG + "|NAVO-norm"})
    void keptInThePdfs(String stem, String phrase) throws Exception {
        assertTrue(PdfIngestorTest.text(PdfIngestorTest.read(stem)).contains(phrase), phrase);
    }

    /** Line breaks inside words in the PDFs (the first part ends a line there): the word is whole. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        PdfIngestorTest.SAMENHANG + "|NAVO-troepenmacht in Litouwen enhanced Forward Presence|en-",
        PdfIngestorTest.SAMENHANG + "|sinds aanvang van deze kabinetsperiode onder andere|kabinetsperio-",
        PdfIngestorTest.SAMENHANG + "|zoals ook in de hoofdlijnenbrief Defensie aan de orde komt|hoofdlijnen-",
        PdfIngestorTest.SAMENHANG + "|gekeken naar integratie van EMASoH in EU-verband|EMA-",
        PdfIngestorTest.SAMENHANG + "|2 trainers voor niet-operationele trainingen|niet-ope-",
        PdfIngestorTest.SAMENHANG + "|nog zullen worden toegewezen aan de NAVO|toe-",
        PdfIngestorTest.KENNISGEVING + "|en in het ergste geval oplaaiend conflict|oplaai-",
        PdfIngestorTest.NOTA + "|Sahel Mali – circa zeven personen;|ze-"})
    void joinedInThePdfs(String stem, String phrase, String lineEnd) throws Exception {
        String text = PdfIngestorTest.text(PdfIngestorTest.read(stem));
        assertTrue(text.contains(phrase), phrase);
        assertFalse(text.contains(lineEnd + " "), "no hyphen left behind: " + lineEnd);
    }
}
