package nl.kamerbrief.mandates.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The PDF reader on the five letters of {@code src/test/resources/formats} (checked against their text versions in
 * {@code corpus/}) and on the hostile PDFs of {@code src/test/resources/bad}. Expected phrases, pages and counts
 * were read off the files by hand.
 */
class PdfIngestorTest {

    static final Path FORMATS = Path.of("src/test/resources/formats");
    static final Path BAD = Path.of("src/test/resources/bad");
    static final String SAMENHANG = "2022-06-17-samenhang-missies-2022-2025";
    static final String KENNISGEVING = "2022-06-17-kennisgeving-eufor-althea";
    static final String BRIEF_2018 = "2018-06-toekomstige-bijdragen-missies";
    static final String VERSLAG = "2025-05-verslag-so-inzet-2025-2028";
    static final String NOTA = "2025-02-13-beslisnota-inzet-2025-2028";

    private static DutchWords words;

    /** The word list of {@code rules/words-nl.txt}, loaded once (other test classes read through here too). */
    static synchronized DutchWords words() throws IOException {
        if (words == null) {
            words = DutchWords.load(Path.of("rules/words-nl.txt"));
        }
        return words;
    }

    @BeforeAll
    static void loadWords() throws IOException {
        assertTrue(words().size() > 100_000, "rules/words-nl.txt is there");
    }

    static IngestedDocument read(Path pdf, IngestOptions options) throws IOException, IngestFailure {
        byte[] bytes = Files.readAllBytes(pdf);
        SourceInfo source = new SourceInfo(pdf.getFileName().toString().replace(".pdf", ""), pdf.toString(), pdf,
                "", bytes.length, MediaTypes.PDF);
        return new PdfIngestor(options).ingest(source, bytes);
    }

    static IngestedDocument read(String stem) throws IOException, IngestFailure {
        return read(FORMATS.resolve(stem + ".pdf"), new IngestOptions(words(), IngestOptions.DEFAULT_MAX_PAGES, null));
    }

    static String text(IngestedDocument d) {
        return d.text().toString();
    }

    static String squeeze(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** The text version of a letter, whitespace squeezed (Markdown emphasis taken out of the nota). */
    static String textVersion(String stem) throws IOException {
        Path txt = Path.of("corpus", stem + ".txt");
        if (!Files.exists(txt)) {
            return squeeze(Files.readString(Path.of("corpus", stem + ".md")).replace("*", ""));
        }
        return squeeze(Files.readString(txt));
    }

    static List<String> blocks(IngestedDocument d) {
        return List.of(text(d).strip().split("\n\n"));
    }

    @ParameterizedTest
    @CsvSource({BRIEF_2018 + ",5", KENNISGEVING + ",1", SAMENHANG + ",12", NOTA + ",5", VERSLAG + ",12"})
    void everyPageIsRead(String stem, int pages) throws Exception {
        IngestedDocument d = read(stem);
        assertEquals(pages, d.pages().pages());
        assertTrue(d.pages().isPaged());
        assertEquals(List.of(), d.warnings());
        // every page has text in it: the last page holds the signatures, the first the letter's opening
        assertEquals(1, d.pages().pageOf(0));
        assertEquals(pages, (int) d.pages().pageOf(text(d).indexOf(blocks(d).get(firstNoteIndex(d) - 1))));
    }

    /** Index of the first footnote block, or the number of blocks without footnotes. */
    private static int firstNoteIndex(IngestedDocument d) {
        List<String> b = blocks(d);
        int i = b.size();
        while (i > 0 && Pattern.matches("\\d{1,3} \\S.*", b.get(i - 1))) {
            i--;
        }
        return i;
    }

    /** Sentences that carry a mission, a size or a date, as the text version has them. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        KENNISGEVING + "|in EU-verband gekeken naar uitbreiding van de militaire EU-operatie EUFOR Althea.",
        KENNISGEVING + "|om zich naast de diplomatieke en civiele inzet op de Balkan te oriënteren op een mogelijke "
                + "Nederlandse militaire bijdrage aan EUFOR Althea, gericht op de periode tot en met 31 juli 2025.",
        KENNISGEVING + "|de capaciteit van de BiH-strijdkrachten te bevorderen (non-executief).",
        SAMENHANG + "|de bijdrage met een genderadviseur aan UNIFIL tot en met 31 juli 2025",
        SAMENHANG + "|Het kabinet verlengt de bijdrage aan EUPOL COPPS met vijf personen (civiel/politie) tot en met "
                + "31 juli 2025, waarmee wordt beoogd bij te dragen aan de levensvatbaarheid van een toekomstige "
                + "stabiele Palestijnse staat",
        SAMENHANG + "|In afwachting van de uitkomsten van deze discussie heeft het kabinet besloten om het Nederlandse "
                + "mandaat voor deze civiele missies ongewijzigd te verlengen tot en met december 2022.",
        SAMENHANG + "|de uitvoering van de Six Point Agreement tussen Rusland en Georgië te monitoren en bij te dragen "
                + "aan stabilisatie in Georgië.",
        BRIEF_2018 + "|MINUSMA in Mali per 1 mei 2019 wordt beëindigd.",
        BRIEF_2018 + "|Om de inzet in MINUSMA te bestendigen en de link met overige Nederlandse inzet in de Sahel te "
                + "waarborgen",
        VERSLAG + "|het nationaal kader voor Aspides van circa 10 functionarissen verlengd wordt tot en met eind mei "
                + "2025. Dit moet zijn tot en met eind juni 2028",
        VERSLAG + "|Voorbeelden zijn de anti-piraterijmissie EUNAVFOR Atalanta",
        NOTA + "|[Bahrein] Combined Maritime Forces (CMF) – circa vijf personen;",
        NOTA + "|[Mali] European Union Capacity Building Mission (EUCAP) Sahel Mali – circa zeven personen;"})
    void sentencesOfTheTextVersionAreInThePdfText(String stem, String sentence) throws Exception {
        assertTrue(textVersion(stem).contains(sentence), "the text version has it: " + sentence);
        String pdf = text(read(stem));
        assertTrue(pdf.contains(sentence), () -> "the PDF text has: " + sentence);
    }

    /** Sentences that run over a page break (here past a footnote and the header) stay whole, in one block. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        SAMENHANG + "|3|tussen Rusland en Georgië te monitoren",
        SAMENHANG + "|6|de levensvatbaarheid van een toekomstige stabiele Palestijnse staat",
        SAMENHANG + "|9|In afwachting van de uitkomsten van deze discussie heeft het kabinet",
        BRIEF_2018 + "|4|Om de inzet in MINUSMA te bestendigen en de link met overige Nederlandse inzet"})
    void aSentenceOverAPageBreakIsOneBlockOnThePageItStarts(String stem, int page, String words) throws Exception {
        IngestedDocument d = read(stem);
        String t = text(d);
        int at = t.indexOf(words);
        assertTrue(at >= 0, words);
        assertFalse(t.substring(at, at + words.length()).contains("\n"));
        String block = blocks(d).stream().filter(b -> b.contains(words)).findFirst().orElseThrow();
        assertEquals(page, d.pages().pageOf(t.indexOf(block)));
        assertEquals(page, d.pages().pageOf(at + words.length() - 1), "a block has the page it starts on");
    }

    @Test
    void pagesOfHeadingsAreTheirPages() throws Exception {
        IngestedDocument d = read(SAMENHANG);
        String t = text(d);
        assertEquals(3, d.pages().pageOf(t.indexOf("\n\n##### EU Monitoring Mission (EUMM) Georgië\n\n") + 2));
        assertEquals(7, d.pages().pageOf(t.indexOf("\n\n#### 3.3 Libië\n\n") + 2));
        assertEquals(10, d.pages().pageOf(t.indexOf("\n\n### 5. Hoorn van Afrika\n\n") + 2));
        assertEquals(12, d.pages().pageOf(t.indexOf("W.B. Hoekstra")));
    }

    /**
     * The running headers ("Tweede Kamer, vergaderjaar 2021–2022, 29 521, nr. 446" on every page), the page numbers
     * and, in the nota, the side block (Datum / 13 februari 2025 / Onze referentie / BZ2410641) and "Pagina N van 5"
     * are gone; the page-1 colophon, which is on one page only, stays, after the paragraph that runs on to page 2.
     */
    @ParameterizedTest
    @CsvSource({BRIEF_2018 + ",Tweede Kamer\\, vergaderjaar 2017–2018", SAMENHANG + ",Tweede Kamer\\, vergaderjaar",
        VERSLAG + ",Tweede Kamer\\, vergaderjaar", NOTA + ",Pagina", NOTA + ",Onze referentie", NOTA + ",BZ2410641",
        NOTA + ",13 februari 2025"})
    void noRunningLineIsLeft(String stem, String running) throws Exception {
        IngestedDocument d = read(stem);
        assertFalse(text(d).contains(running), running);
        for (String b : blocks(d)) {
            assertFalse(Pattern.matches("\\d{1,3}", b), "a page number as a block: " + b);
        }
    }

    @Test
    void aOnePageLetterLosesOnlyItsPageNumber() throws Exception {
        IngestedDocument d = read(KENNISGEVING);
        List<String> b = blocks(d);
        // one page: nothing repeats, so the header stays; the bare page number beside the colophon goes
        assertEquals("Tweede Kamer, vergaderjaar 2021–2022, 29 521, nr. 447", b.get(0));
        assertEquals("kst-29521-447 ISSN 0921 - 7371 ’s-Gravenhage 2022", b.get(b.size() - 1));
        assertFalse(b.contains("1"));
    }

    @Test
    void theColophonOfPageOneDoesNotCutTheParagraphRunningOn() throws Exception {
        List<String> b = blocks(read(SAMENHANG));
        int colophon = b.indexOf("kst-29521-446 ISSN 0921 - 7371 ’s-Gravenhage 2022");
        assertTrue(colophon > 0);
        // the paragraph before it runs from page 1 into page 2, whole
        assertTrue(b.get(colophon - 1).startsWith("De aanval van Rusland op Oekraïne in februari van dit jaar"));
        assertTrue(b.get(colophon - 1).endsWith("Na de top dienen de plannen verder te worden uitgewerkt."));
    }

    /** Footnote 1 of the samenhang letter (page 3): after the body, with its number; the marker is taken out. */
    @Test
    void footnotesComeAfterTheBodyWithTheirNumber() throws Exception {
        IngestedDocument d = read(SAMENHANG);
        List<String> b = blocks(d);
        int first = firstNoteIndex(d);
        assertEquals(b.size() - 2, first, "two footnotes");
        assertEquals("D. Yeşilgöz-Zegerius", b.get(first - 1), "the body ends with the last signature");
        String note1 = b.get(first);
        assertTrue(note1.startsWith("1 De bijdrage aan eFP Litouwen (tot eind 2024), de Patriots in Slowakije (tot "
                + "oktober 2022) en de bijdrage aan de FRA geleide battle group in Roemenië (tot zomer 2023)."), note1);
        assertTrue(note1.contains("een significante bijdrage aan de NAVO-reactiemacht (NRF) (2022–2024)"), note1);
        assertTrue(note1.endsWith("de NATO Mine Counter Measures Group (SNMCMG1)."), note1);
        assertEquals(3, d.pages().pageOf(text(d).indexOf(note1)));
        assertEquals("2 De drie bestaande civiele uitzendingen in BiH zijn individueel afgesproken. Voor civiele "
                + "uitzendingen in BiH gold vooralsnog geen overkoepelend Nederlands mandaat.", b.get(first + 1));
        assertEquals(5, d.pages().pageOf(text(d).indexOf(b.get(first + 1))));
        // the body sentence around the marker ("bijdragen¹,") is whole, the marker dropped
        assertTrue(textVersion(SAMENHANG).contains("naast de bestaande bijdragen1, naar zal worden gestreefd"));
        assertTrue(text(d).contains("Concreet betekent dit dat er, naast de bestaande bijdragen, naar zal worden "
                + "gestreefd om tenminste evenredig te blijven bijdragen aan versterking van de posture, voornamelijk "
                + "aan de oostflank van het NAVO-verdragsgebied (hoofdtaak 1)."));
    }

    /** Footnote 3 of the 2018 letter starts on page 3 and goes on at the foot of page 4. */
    @Test
    void aFootnoteCarriedOverToTheNextPageIsOneFootnote() throws Exception {
        IngestedDocument d = read(BRIEF_2018);
        List<String> b = blocks(d);
        int first = firstNoteIndex(d);
        assertEquals(b.size() - 3, first, "three footnotes");
        assertEquals("1 Raadpleegbaar via www.tweedekamer.nl", b.get(first));
        String note3 = b.get(first + 2);
        assertTrue(note3.startsWith("3 In de voortgangsrapportage over de Nederlandse bijdrage in de strijd tegen "
                + "ISIS van 13 april jl. (Kamerstuk 27 925, nr. 629) informeerde het kabinet u"), note3);
        assertTrue(note3.endsWith("De Nederlandse SOF-bijdrage in Bagdad en één resterend trainingsteam in "
                + "Noord-Irak worden vooralsnog gehandhaafd."), note3);
        assertEquals(3, d.pages().pageOf(text(d).indexOf(note3)));
        // and the body of page 4 runs on to page 5 without it
        assertTrue(text(d).contains("Om de inzet in MINUSMA te bestendigen en de link met overige Nederlandse inzet "
                + "in de Sahel te waarborgen, behoudt het kabinet de mogelijkheid"));
    }

    @Test
    void headingsSignaturesAndListItemsAreBlocksOfTheirOwn() throws Exception {
        List<String> samenhang = blocks(read(SAMENHANG));
        // the samenhang letter's headings: 10 pt bold (level 3, below the 15 pt and 11 pt bold title lines), bold
        // italic (4) and italic (5)
        for (String heading : List.of("### Beleidskaders en strategische context", "### 1. Oostflank",
                "##### NAVO-inzet oostflank",
                "##### Inzet Nederlands Forensisch- en Opsporingsteam m.b.t. oorlogsmisdrijven gepleegd in Oekraïne",
                "#### 3.1 Irak", "##### Voort te zetten inzet", "### Financiële aspecten", "De Minister van Defensie,",
                "K.H. Ollongren")) {
            assertTrue(samenhang.contains(heading), heading);
        }
        List<String> nota = blocks(read(NOTA));
        assertTrue(nota.contains("• [Libië] European Union Border Assistance Mission (EUBAM) Libië – circa vijf "
                + "personen;"), "a list item over two lines, beside the side block");
        assertTrue(nota.contains("– i. de veiligheid van Nederland;"));
        assertTrue(nota.contains("Nb. 1: Voorliggende beslisnota en conceptbrief liggen parallel voor aan MinDEF en "
                + "MinJenV, met kopie ter informatie aan MinAenM en StasDEF."));
    }

    /** The level of a heading block ("## Kern" is 2), 0 for a block that is no heading. */
    static int level(String block) {
        int n = 0;
        while (n < block.length() && block.charAt(n) == '#') {
            n++;
        }
        return n > 0 && n < block.length() && block.charAt(n) == ' ' ? n : 0;
    }

    /**
     * The nota sets its headings in the 10 pt body font in bold ("Nationale Kaders"), bold italic ("3. Voortzetting,
     * ...") and italic ("Europa"), and its title "nota" in 22 pt bold: ranked by prominence they are levels 1 to 4,
     * the levels of the Markdown source, so the sections of the PDF nest as those of the .md.
     */
    @Test
    void headingsOfThePdfGetTheLevelsOfTheirStyle() throws Exception {
        List<String> nota = blocks(read(NOTA));
        assertTrue(nota.contains("## Nationale Kaders"));
        assertTrue(nota.contains("### 3. Voortzetting, incl. evt. aanpassing nationale kaders"));
        assertTrue(nota.contains("#### Europa"));
        assertTrue(level("## Nationale Kaders") < level("### 3. Voortzetting, incl. evt. aanpassing nationale kaders")
                && level("### 3. Voortzetting") < level("#### Europa"));
        // every heading of the Markdown source is a heading of the PDF, at its level and in its order
        List<String> md = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("corpus", NOTA + ".md"))) {
            if (level(line) > 0) {
                md.add(line.replace("**", "").strip());
            }
        }
        List<String> pdf = nota.stream().filter(b -> level(b) > 0).toList();
        assertEquals(26, md.size());
        assertEquals(md, pdf.stream().filter(md::contains).toList());
        // and beyond them only the bold label lines of the nota's head, which the .md sets in bold (**Kamer**)
        assertEquals(List.of("## TER BESLISSING", "## Opgesteld door", "## Plandatum/Deadline", "## Kamer"),
                pdf.stream().filter(h -> !md.contains(h)).toList());
        // a list item set in italics (the mission's name) stays an item
        assertTrue(nota.contains("• United Nations Mission in South Sudan (UNMISS) – van twee naar 0 personen;"));
        assertTrue(nota.contains("Nb. Evt. ontwikkelingen kunnen nopen tot hernieuwde weging/voorstellen."),
                "an italic sentence is no heading");
    }

    /**
     * The Kamerstukken: the title block (15 pt, 11 pt bold, 10 pt bold) comes first, the 10 pt bold section headings
     * share the level of its last line; salutation, place and date, signatures and the bold "Antwoord" labels that
     * end in a colon are no headings. No heading of any of the five PDFs ends a sentence or is a list item.
     */
    @Test
    void titleBlockAndSectionHeadingsButNoShortLinesOfTheBody() throws Exception {
        assertEquals(List.of("# Tweede Kamer der Staten-Generaal",
                "## 29 521 Internationale militaire samenwerking en crisisbeheersing",
                "### Nr. 447 BRIEF VAN DE MINISTERS VAN BUITENLANDSE ZAKEN EN VAN DEFENSIE"),
                blocks(read(KENNISGEVING)).stream().filter(b -> level(b) > 0).toList());
        List<String> brief = blocks(read(BRIEF_2018));
        assertEquals(List.of("# Tweede Kamer der Staten-Generaal",
                "## 29 521 Internationale militaire samenwerking en crisisbeheersing", "### Strategische kaders",
                "### Inzet NAVO-Top", "### Geïntegreerde aanpak", "### Gereedheid", "### Conclusies",
                "### Nederlandse bijdrage aan Resolute Support missie in Afghanistan",
                "### Nederlandse bijdrage aan capaciteitsopbouw missie Irak",
                "### Nederlandse bijdrage aan enhanced Forward Presence (eFP)", "### MINUSMA",
                "### Effecten beëindiging MINUSMA op herstel van de gereedheid",
                "### Overige mogelijke missies en inzet",
                "### Financiering"), brief.stream().filter(b -> level(b) > 0).toList());
        List<String> samenhang = blocks(read(SAMENHANG));
        for (String plain : List.of("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
                "Den Haag, 17 juni 2022", "De Minister van Buitenlandse Zaken,", "W.B. Hoekstra",
                "D. Yeşilgöz-Zegerius")) {
            assertTrue(samenhang.contains(plain), plain);
        }
        List<String> verslag = blocks(read(VERSLAG));
        assertTrue(verslag.contains("1. Antwoord van het kabinet:"), "a bold label ending in a colon");
        assertTrue(verslag.contains("#### Vragen en opmerkingen van de leden van de VVD-fractie"));
        for (String stem : List.of(BRIEF_2018, KENNISGEVING, SAMENHANG, NOTA, VERSLAG)) {
            for (String b : blocks(read(stem))) {
                if (level(b) > 0) {
                    String h = b.substring(level(b) + 1);
                    assertFalse(".,;:!?".indexOf(h.charAt(h.length() - 1)) >= 0 || h.startsWith("• ")
                            || h.startsWith("– ") || h.length() > 150, stem + ": " + b);
                }
            }
        }
    }

    @Test
    void theTitleIsTheOnlyMetadata() throws Exception {
        IngestedDocument d = read(SAMENHANG);
        assertEquals("Kamerstuk 29521, nr. 446", d.metadata().get(SourceInfo.Keys.TITLE));
        assertEquals(Set.of(SourceInfo.Keys.TITLE), d.metadata().keySet(), "no creation date as the letter's date");
    }

    /**
     * The words of the PDF text against the words of the text version (line-end hyphenation of the text version
     * taken either way, footnote markers glued to words taken off): what the text version has and the PDF text lacks
     * is only what the PDF leaves out on purpose or the text version got wrong: the halves of "Neder-" / "landse"
     * that an inline footnote splits there (samenhang); footnote markers glued behind a full stop ("OHR.2",
     * "coalitieverband.3"); "http://" that the PDF's footnote leaves out and the stray space of "artikel-100-
     * procedure" (2018); in the nota the side block (Datum, Onze referentie) that the source repeats on each page.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        KENNISGEVING + "|",
        SAMENHANG + "|landse Neder OHR.2",
        BRIEF_2018 + "|http://www.tweedekamer.nl procedure coalitieverband.3",
        VERSLAG + "|veiligheids)belangen.1",
        NOTA + "|BZ2410641 Datum Onze februari januari referentie"})
    void theWordsOfTheTextVersionAreThere(String stem, String expectedMissing) throws Exception {
        Path txt = Files.exists(Path.of("corpus", stem + ".txt")) ? Path.of("corpus", stem + ".txt")
                : Path.of("corpus", stem + ".md");
        String source = Normalizer.normalize(Files.readString(txt), Normalizer.Form.NFC).replace("*", "")
                .replace('\u00A0', ' ');
        Set<String> pdfWords = words(text(read(stem)));
        // a word hyphenated at a line end of the text version counts when the PDF has it joined or hyphenated
        Set<String> missing = new TreeSet<>();
        var m = Pattern.compile("(\\S+)-[ \\t]*\\n[ \\t]*(\\S+)").matcher(source);
        StringBuilder rest = new StringBuilder();
        int last = 0;
        while (m.find()) {
            rest.append(source, last, m.start()).append(' ');
            last = m.end();
            String a = word(m.group(1));
            String b = word(m.group(2));
            if (!pdfWords.contains(a + b) && !pdfWords.contains(a + "-" + b)
                    && pdfWords.stream().noneMatch(w -> w.contains(a + b) || w.contains(a + "-" + b))) {
                missing.add(a + "|" + b);
            }
        }
        rest.append(source.substring(last));
        for (String w : words(rest.toString())) {
            if (!pdfWords.contains(w)) {
                missing.add(w);
            }
        }
        Set<String> expected = new TreeSet<>(List.of(expectedMissing == null ? new String[0]
                : expectedMissing.split(" ")));
        // the text version puts footnote 1 of the samenhang letter inline, between "Neder-" and "landse"
        missing.removeIf(w -> w.equals("Neder|1"));
        assertEquals(expected, missing);
    }

    private static final Pattern MARKER = Pattern.compile("(\\p{Ll}+)\\d{1,2}");

    static Set<String> words(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : text.split("[\\s\u00A0]+")) {
            String w = word(t);
            if (!w.isEmpty()) {
                var m = MARKER.matcher(w);
                out.add(m.matches() ? m.group(1) : w);
            }
        }
        return out;
    }

    static String word(String token) {
        return token.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
    }

    // --- the hostile files of bad/ ---

    static IngestFailure failure(String file, IngestOptions options) {
        return assertThrows(IngestFailure.class, () -> read(BAD.resolve(file), options));
    }

    static IngestOptions noOcr() {
        try {
            return new IngestOptions(words(), IngestOptions.DEFAULT_MAX_PAGES, null);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aUserPasswordIsEncrypted() {
        IngestFailure f = failure("encrypted-user-password.pdf", noOcr());
        assertEquals(IngestFailure.Reason.ENCRYPTED, f.reason());
        assertTrue(f.getMessage().startsWith("encrypted, password required"), f.getMessage());
    }

    @Test
    void anOwnerPasswordOnlyIsReadAsThePlainLetterWithAWarning() throws Exception {
        IngestedDocument owner = read(BAD.resolve("encrypted-owner-password-only.pdf"), noOcr());
        IngestedDocument plain = read(SAMENHANG);
        assertEquals(text(plain), text(owner));
        assertEquals(12, owner.pages().pages());
        assertEquals(List.of("encrypted (owner password); text extraction allowed"), owner.warnings());
        for (int i = 0; i < text(plain).length(); i += 997) {
            assertEquals(plain.pages().pageOf(i), owner.pages().pageOf(i));
        }
    }

    @Test
    void aTruncatedPdfIsDamaged() {
        IngestFailure f = failure("truncated-60-percent.pdf", noOcr());
        assertEquals(IngestFailure.Reason.DAMAGED, f.reason());
        assertEquals("damaged or truncated file: Page tree root must be a dictionary", f.getMessage());
        assertFalse(f.getMessage().contains("\n"));
    }

    @Test
    void anEmptyFileFailsCleanly() {
        IngestFailure f = failure("empty-zero-bytes.pdf", noOcr());
        assertEquals(IngestFailure.Reason.EMPTY, f.reason());
    }

    @Test
    void aTextFileNamedPdfIsNoPdf() {
        IngestFailure f = failure("text-file-renamed.pdf", noOcr());
        assertEquals(IngestFailure.Reason.WRONG_FORMAT, f.reason());
        assertTrue(f.getMessage().contains("no %PDF header"), f.getMessage());
    }

    @Test
    void aScanWithoutOcrHasNoTextLayer() {
        IngestFailure f = failure("scanned-no-text.pdf", noOcr());
        assertEquals(IngestFailure.Reason.NO_TEXT_LAYER, f.reason());
        assertEquals("no text layer: scanned pages without text; install tesseract-ocr and tesseract-ocr-nld to "
                + "read them by OCR", f.getMessage());
    }

    /** The scanned 2018 letter, OCR'd: five pages, its key sentences readable, its pages kept. */
    @Test
    void aScanIsReadByOcrWhenTesseractIsInstalled() throws Exception {
        Ocr ocr = TesseractOcr.detect();
        Assumptions.assumeTrue(ocr != null,
                "tesseract with Dutch data not installed; apt-get install tesseract-ocr tesseract-ocr-nld");
        IngestedDocument d = read(BAD.resolve("scanned-no-text.pdf"),
                new IngestOptions(words(), IngestOptions.DEFAULT_MAX_PAGES, ocr));
        assertEquals(5, d.pages().pages());
        assertEquals(List.of("OCR by " + ocr.describe()), d.warnings());
        String t = text(d);
        Set<String> read = new TreeSet<>();
        for (String w : words(t)) {
            read.add(w.toLowerCase(Locale.ROOT));
        }
        for (String sentence : List.of(
                "In voorliggende brief vermeldt het kabinet dat de huidige bijdrage aan de VN-missie MINUSMA in Mali "
                        + "per 1 mei 2019 wordt beëindigd.",
                "Het kabinet heeft tevens besloten tot een meerjarige bijdrage (tot en met 2020) aan de "
                        + "vooruitgeschoven NAVO-aanwezigheid in Litouwen.",
                "De Nederlandse bijdrage heeft MINUSMA effectiever gemaakt.")) {
            Set<String> distinct = new TreeSet<>();
            for (String w : words(sentence)) {
                distinct.add(w.toLowerCase(Locale.ROOT));
            }
            long found = distinct.stream().filter(read::contains).count();
            assertTrue(found >= 0.8 * distinct.size(), () -> found + " of " + distinct + " in the OCR text");
        }
        // pages as in the text layer of the original: the MINUSMA heading on page 4, the financing on page 5
        assertEquals(4, d.pages().pageOf(t.indexOf("\n\nMINUSMA\n\n") + 2));
        assertEquals(5, d.pages().pageOf(t.indexOf("Financiering")));
        assertFalse(t.contains("vergaderjaar 2017"), "the running header is gone from OCR'd pages too");
    }

    @Test
    void fourHundredPagesAreReadInFull() throws Exception {
        IngestedDocument d = read(BAD.resolve("huge-400-pages.pdf"), noOcr());
        assertEquals(400, d.pages().pages());
        String t = text(d);
        assertFalse(t.contains("Tweede Kamer, vergaderjaar"));
        List<String> b = blocks(d);
        int first = firstNoteIndex(d);
        assertEquals(69, b.size() - first, "69 footnotes, numbered on");
        for (int i = first; i < b.size(); i++) {
            assertTrue(b.get(i).startsWith((i - first + 1) + " "), b.get(i));
        }
        // the last body block is on the last page, the last footnote on a page before it
        assertEquals(400, d.pages().pageOf(t.lastIndexOf(b.get(first - 1))));
        assertNotNull(d.pages().pageOf(t.length() - 2));
    }

    @Test
    void morePagesThanTheLimitIsTooLarge() throws IOException {
        IngestFailure f = failure("huge-400-pages.pdf", new IngestOptions(words(), 100, null));
        assertEquals(IngestFailure.Reason.TOO_LARGE, f.reason());
        assertEquals("too large: 400 pages, limit 100", f.getMessage());
    }

    @Test
    void theDefaultLimitAdmitsFourHundredPages() {
        assertTrue(IngestOptions.DEFAULT_MAX_PAGES >= 400);
    }

    @Test
    void acceptsPdfOnly() {
        PdfIngestor in = new PdfIngestor(noOcr());
        assertTrue(in.accepts(MediaTypes.PDF));
        assertFalse(in.accepts(MediaTypes.TEXT));
        assertFalse(in.accepts(MediaTypes.DOCX));
    }

    @Test
    void garbageAfterAPdfHeaderIsDamaged() {
        byte[] junk = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF".getBytes();
        SourceInfo s = new SourceInfo("junk", "junk.pdf", Path.of("junk.pdf"), "", junk.length, MediaTypes.PDF);
        IngestFailure f = assertThrows(IngestFailure.class, () -> new PdfIngestor(noOcr()).ingest(s, junk));
        assertEquals(IngestFailure.Reason.DAMAGED, f.reason());
        List<String> lines = new ArrayList<>(f.getMessage().lines().toList());
        assertEquals(1, lines.size(), "one line, no stack");
    }
}
