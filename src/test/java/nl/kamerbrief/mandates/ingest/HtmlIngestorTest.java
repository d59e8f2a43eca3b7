package nl.kamerbrief.mandates.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.api.Test;

/**
 * The HTML reader on the two officielebekendmakingen-style pages in src/test/resources/formats (checked by hand
 * against the files and the text versions in corpus/) and on hand-made pages. The static helpers are shared by the
 * DOCX and XML tests.
 */
class HtmlIngestorTest {

    static final Path FORMATS = Path.of("src/test/resources/formats");
    static final String KENNISGEVING = "2022-06-17-kennisgeving-eufor-althea";
    static final String SAMENHANG = "2022-06-17-samenhang-missies-2022-2025";

    /** Sentences of the kennisgeving (.txt, hyphenation undone) that every format must have, whole. */
    static final List<String> KENNISGEVING_SENTENCES = List.of(
            "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
            "Den Haag, 17 juni 2022",
            "In het coalitieakkoord (Bijlage bij Kamerstuk 35 788, nr. 77) staat dat Nederland binnen de EU zal "
                    + "inzetten op intensievere samenwerking met en ondersteuning van landen op de Westelijke Balkan.",
            "EUFOR Althea is sinds 2004 gemandateerd om de militaire aspecten van de Dayton-overeenkomst te helpen "
                    + "implementeren, met als concreet doel de veiligheid in Bosnië-Herzegovina (BiH) te waarborgen "
                    + "(executief) en de capaciteit van de BiH-strijdkrachten te bevorderen (non-executief).",
            "een mogelijke Nederlandse militaire bijdrage aan EUFOR Althea, gericht op de periode tot en met 31 juli "
                    + "2025.",
            "Zodra daartoe aanleiding is, zullen wij u nader informeren.");

    /** Sentences of the samenhang letter, with its two footnote markers glued to the word as in the .txt. */
    static final List<String> SAMENHANG_SENTENCES = List.of(
            "Met uitzondering van de Nederlandse bijdrage aan de NAVO-troepenmacht in Litouwen enhanced Forward "
                    + "Presence (eFP, verlengd tot 31 december 2024) lopen de verschillende nationale mandaten",
            "Concreet betekent dit dat er, naast de bestaande bijdragen1, naar zal worden gestreefd",
            "waarvan minimaal één expert bij EUSR en één bij OHR.2",
            "In afwachting van de uitkomst van deze discussie verlengt het kabinet de personele bijdrage aan EMASoH "
                    + "met twee (nu tijdelijk vier) militairen/stafofficieren voorlopig tot en met 31 juli 2023.",
            "Het kabinet kiest ervoor het overkoepelende mandaat voor de brede veiligheidsinzet in Irak te verlengen "
                    + "tot en met 31 juli 2025.");

    /**
     * Words of the samenhang .txt that no structured version can have: "Neder-" before a page break whose
     * "landse" follows a footnote, and "Dayton-|vredesverdrag", which the reflow kept hyphenated.
     */
    static final Set<String> SAMENHANG_TXT_ARTIFACTS = Set.of("neder", "landse", "daytonvredesverdrag");

    /** Words of the Kamerstuk title block ("Vergaderjaar 2021–2022", "29 521 Internationale ... ", "Nr. 447 BRIEF
     * VAN DE MINISTERS ...") that the kennisgeving .txt does not have. */
    static final Set<String> KENNISGEVING_TITLE_WORDS = Set.of("2021", "447", "brief", "crisisbeheersing", "ministers",
            "vergaderjaar");

    /** The same for the samenhang letter, plus its "Aan de Voorzitter" and "Den Haag" lines, and "vredesverdrag". */
    static final Set<String> SAMENHANG_EXTRA_WORDS = Set.of("446", "crisisbeheersing", "der", "generaal", "haag",
            "ministers", "vergaderjaar", "voorzitter", "vredesverdrag");

    private final HtmlIngestor html = new HtmlIngestor();

    // ---- shared helpers ----------------------------------------------------------------------------------------

    static IngestedDocument ingest(Ingestor ingestor, Path file) throws IOException, IngestFailure {
        byte[] bytes = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        String type = MediaTypes.detect(bytes, bytes.length, name);
        assertTrue(ingestor.accepts(type), name + " is " + type);
        return ingestor.ingest(source(file, type, bytes.length), bytes);
    }

    static IngestedDocument ingest(Ingestor ingestor, String mediaType, byte[] bytes) throws IngestFailure {
        return ingestor.ingest(source(Path.of("test"), mediaType, bytes.length), bytes);
    }

    static SourceInfo source(Path file, String mediaType, long size) {
        String name = file.getFileName().toString();
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        return new SourceInfo(stem, file.toString(), file, "0".repeat(64), size, mediaType);
    }

    /** The text version of a sample, as it reads: line-end hyphenation undone, whitespace squeezed, NFC. */
    static String txt(String stem) throws IOException {
        return flat(Files.readString(Path.of("corpus", stem + ".txt"), StandardCharsets.UTF_8));
    }

    static String flat(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFC);
        t = t.replaceAll("-[ \\t]*\\R[ \\t]*(?=\\p{Ll})", "");
        return t.replaceAll("[\\s\u00A0]+", " ").strip();
    }

    static Set<String> words(String s) {
        Set<String> w = new TreeSet<>();
        Matcher m = Pattern.compile("[\\p{L}\\p{N}]+").matcher(flat(s).toLowerCase(Locale.ROOT));
        while (m.find()) {
            w.add(m.group());
        }
        return w;
    }

    static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }

    /** The blocks of a text: its paragraphs, separated by blank lines. */
    static List<String> blocks(CharSequence text) {
        List<String> out = new ArrayList<>();
        for (String b : text.toString().split("\\n\\s*\\n")) {
            if (!b.isBlank()) {
                out.add(b.strip());
            }
        }
        return out;
    }

    static void assertSentences(List<String> sentences, CharSequence text, String what) {
        String flat = flat(text.toString());
        for (String s : sentences) {
            assertTrue(flat.contains(s), what + " has: " + s);
        }
    }

    /** Every block is one line: no newline inside a paragraph. */
    static void assertOneLinePerBlock(CharSequence text) {
        String s = text.toString();
        assertTrue(s.endsWith("\n") && !s.endsWith("\n\n"), "the text ends with one newline");
        for (String b : s.strip().split("\n\n")) {
            assertFalse(b.isBlank() || b.contains("\n") || !b.equals(b.strip()), () -> "a block of one line: [" + b
                    + "]");
        }
    }

    // ---- the sample pages --------------------------------------------------------------------------------------

    /** Page furniture of both sample pages, each string checked to be in the .html file. */
    private static final List<String> FURNITURE = List.of("Direct naar content", "Direct naar zoeken",
            "Overheid.nl gebruikt alleen functionele en analytische cookies", "Meer over cookies", "Akkoord",
            "Officiële bekendmakingen", "Uitgebreid zoeken", "Zoeken in officiële bekendmakingen", "U bent hier",
            "Kamerstukken 29521", "Details", "Publicatiedatum", "Downloads", "Printvriendelijke versie",
            "Over deze site", "Kwetsbaarheid melden", "Vragen over deze publicatie",
            "Het startpunt voor overheidsinformatie", "dataLayer", "documentElement", "no-js", "Cookiemelding");

    @Test
    void kennisgevingPageHasTheLetterAndNothingOfThePage() throws Exception {
        Path file = FORMATS.resolve(KENNISGEVING + ".html");
        String source = Files.readString(file);
        IngestedDocument d = ingest(html, file);
        String text = d.text().toString();
        assertOneLinePerBlock(text);
        assertSentences(KENNISGEVING_SENTENCES, text, "the kennisgeving page");
        for (String f : FURNITURE) {
            assertTrue(source.contains(f), "the page has " + f);
            assertFalse(text.contains(f), "page furniture left out: " + f);
        }
        // the letter, block by block: the title block (the dossier title an h1), then the letter as in the .txt
        List<String> b = blocks(text);
        assertEquals(List.of("Tweede Kamer der Staten-Generaal", "Vergaderjaar 2021–2022",
                "# 29 521 Internationale militaire samenwerking en crisisbeheersing", "Nr. 447",
                "BRIEF VAN DE MINISTERS VAN BUITENLANDSE ZAKEN EN VAN DEFENSIE",
                "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal", "Den Haag, 17 juni 2022"),
                b.subList(0, 7));
        assertEquals(blocks(Files.readString(Path.of("corpus", KENNISGEVING + ".txt"))).stream()
                .map(HtmlIngestorTest::flat).toList(), b.subList(5, b.size()), "the letter's paragraphs, whole");
        assertEquals("De Minister van Defensie, K.H. Ollongren", b.get(b.size() - 1), "a <br> joins role and name");

        Set<String> expected = words(txt(KENNISGEVING));
        Set<String> got = words(text);
        assertEquals(Set.of(), minus(expected, got), "words of the .txt missing");
        assertEquals(KENNISGEVING_TITLE_WORDS, minus(got, expected), "words beyond the .txt: the title block");
        assertEquals(2440, text.length());
    }

    @Test
    void kennisgevingPageMetadata() throws Exception {
        IngestedDocument d = ingest(html, FORMATS.resolve(KENNISGEVING + ".html"));
        assertEquals(Map.of(SourceInfo.Keys.KAMERSTUK, "29521-447", SourceInfo.Keys.DOSSIER, "29521",
                SourceInfo.Keys.DATE, "2022-06-17", SourceInfo.Keys.TITLE,
                "Internationale militaire samenwerking en crisisbeheersing; Brief regering; Kennisgevingsbrief "
                        + "mogelijke Nederlandse bijdrage aan EUFOR Althea"), d.metadata());
        assertEquals(List.of(), d.warnings());
    }

    @Test
    void samenhangPageHasTheLetterWithFootnotesAfterTheBody() throws Exception {
        Path file = FORMATS.resolve(SAMENHANG + ".html");
        IngestedDocument d = ingest(html, file);
        String text = d.text().toString();
        assertOneLinePerBlock(text);
        assertSentences(SAMENHANG_SENTENCES, text, "the samenhang page");
        for (String f : FURNITURE) {
            assertFalse(text.contains(f), "page furniture left out: " + f);
        }
        List<String> b = blocks(text);
        assertFalse(b.contains("Noten"), "the heading of the footnote list is no text");
        assertTrue(b.contains("### 3.2 Israël, Palestijnse gebieden en Libanon"), "an h3 is a heading of level 3");
        assertTrue(b.contains("## 1. Oostflank"), "an h2 of level 2");
        assertTrue(b.contains("### Voort te zetten inzet"));
        int lastSignature = b.indexOf("De Minister van Justitie en Veiligheid, D. Yeşilgöz-Zegerius");
        assertEquals(b.size() - 3, lastSignature, "the two footnotes follow the last signature");
        assertTrue(b.get(b.size() - 2).startsWith("1 De bijdrage aan eFP Litouwen (tot eind 2024), de Patriots"));
        assertEquals("2 De drie bestaande civiele uitzendingen in BiH zijn individueel afgesproken. Voor civiele "
                + "uitzendingen in BiH gold vooralsnog geen overkoepelend Nederlands mandaat.", b.get(b.size() - 1));

        Set<String> expected = words(txt(SAMENHANG));
        Set<String> got = words(text);
        assertEquals(SAMENHANG_TXT_ARTIFACTS, minus(expected, got), "words of the .txt missing");
        assertEquals(SAMENHANG_EXTRA_WORDS, minus(got, expected), "words beyond the .txt");
        assertEquals(Map.of(SourceInfo.Keys.KAMERSTUK, "29521-446", SourceInfo.Keys.DOSSIER, "29521",
                SourceInfo.Keys.DATE, "2022-06-17", SourceInfo.Keys.TITLE,
                "Internationale militaire samenwerking en crisisbeheersing; Brief regering; Samenhangende "
                        + "Nederlandse inzet in het kader van de collectieve verdediging en in missies en operaties ter "
                        + "bevordering van de internationale rechtsorde 2022–2025"), d.metadata());
    }

    /** Why jsoup: Tika's HTML parser with its default mapper keeps the navigation, search form and footer. */
    @Test
    void tikasDefaultMapperKeepsTheNavigation() throws Exception {
        byte[] bytes = Files.readAllBytes(FORMATS.resolve(KENNISGEVING + ".html"));
        BodyContentHandler handler = new BodyContentHandler(-1);
        new JSoupParser().parse(new ByteArrayInputStream(bytes), handler, new Metadata(), new ParseContext());
        String tika = handler.toString();
        String ours = ingest(html, MediaTypes.HTML, bytes).text().toString();
        for (String f : List.of("Uitgebreid zoeken", "U bent hier", "Kwetsbaarheid melden", "Meer over cookies")) {
            assertTrue(tika.contains(f), "Tika keeps " + f);
            assertFalse(ours.contains(f), "jsoup cleaning drops " + f);
        }
        assertTrue(flat(tika).contains(KENNISGEVING_SENTENCES.get(3)), "both have the letter");
    }

    // ---- hand-made pages ---------------------------------------------------------------------------------------

    private static final String NEWS_PAGE = """
            <!DOCTYPE html>
            <html lang="nl"><head><title>Kamerbrief | Rijksoverheid.nl</title>
            <meta name="DCTERMS.issued" content="2022-06-21">
            <meta name="OVERHEIDop.datumOndertekening" content="2022-06-17">
            <meta name="OVERHEIDop.dossiernummer" content="29 521">
            <meta name="OVERHEIDop.ondernummer" content="447">
            <style>.x { color: red }</style></head>
            <body>
            <div class="page has-sidebar">
              <a class="skip" href="#main">Ga direct naar inhoud</a>
              <div class="cookie-consent"><p>Wij gebruiken cookies om de site te verbeteren.</p><button>Accepteren</button></div>
              <header role="banner"><a href="/">Rijksoverheid</a>
                <nav><ul><li><a href="/onderwerpen">Onderwerpen</a></li><li><a href="/ministeries">Ministeries</a></li></ul></nav>
                <form role="search"><input name="q"><button>Zoek</button></form>
              </header>
              <ol class="breadcrumbs"><li><a href="/">Home</a></li><li>Documenten</li></ol>
              <div id="menu-mobile">Menu sluiten</div>
              <main id="main">
                <article>
                  <header><h1>Kennisgevingsbrief EUFOR Althea</h1><p class="meta">Kamerstuk | <time>17-06-2022</time></p></header>
                  <p>Het kabinet onderzoekt een bijdrage aan <strong>EUFOR Althea</strong>,<br>
                     gericht op de periode tot en met 31 juli 2025.</p>
                  <h2>Bijdragen</h2>
                  <ul><li>tien stafofficieren</li><li>een <a href="#x">eenheid</a> van 20 militairen</li></ul>
                  <table><thead><tr><th>Missie</th><th>Personeel</th></tr></thead>
                    <tbody><tr><td><p>EUFOR Althea</p></td><td>maximaal 30</td></tr></tbody></table>
                  <dl><dt>Looptijd</dt><dd>tot en met 31 juli 2025</dd></dl>
                  <div>Tekst direct in een div.</div>
                  <div class="share-buttons"><a href="https://x.com/share">Deel op X</a></div>
                  <p hidden>Verborgen tekst</p>
                  <span class="sr-only">Opent in nieuw venster</span>
                  <footer>Trefwoorden: defensie, missies</footer>
                </article>
              </main>
              <aside><h2>Gerelateerd</h2><p>Ander nieuws over missies</p></aside>
              <footer role="contentinfo"><p>Rijksoverheid | Privacy</p></footer>
            </div>
            <script>console.log("tracking")</script>
            <noscript>Zet JavaScript aan</noscript>
            </body></html>
            """;

    @Test
    void aLetterInAnArticleKeepsOnlyTheLetter() throws Exception {
        IngestedDocument d = ingest(html, MediaTypes.HTML, NEWS_PAGE.getBytes(StandardCharsets.UTF_8));
        assertEquals("""
                # Kennisgevingsbrief EUFOR Althea

                Kamerstuk | 17-06-2022

                Het kabinet onderzoekt een bijdrage aan EUFOR Althea, gericht op de periode tot en met 31 juli 2025.

                ## Bijdragen

                tien stafofficieren

                een eenheid van 20 militairen

                Missie | Personeel

                EUFOR Althea | maximaal 30

                Looptijd

                tot en met 31 juli 2025

                Tekst direct in een div.
                """, d.text().toString());
        assertEquals("29521-447", d.metadata().get(SourceInfo.Keys.KAMERSTUK), "dossier + ondernummer");
        assertEquals("2022-06-17", d.metadata().get(SourceInfo.Keys.DATE), "signed, not published");
        assertEquals("Kamerbrief | Rijksoverheid.nl", d.metadata().get(SourceInfo.Keys.TITLE), "<title> without DC");
    }

    @Test
    void aPageWithoutMainContentElementsIsReadFromTheBody() throws Exception {
        // a form around the whole page (as ASP.NET sites have) is no search form to drop
        String page = "<html><body><form id='aspnetForm'><nav>Home | Nieuws</nav><div class='wrapper'><h1>Brief</h1>"
                + "<p>Eerste alinea.</p><div><p>Tweede alinea.</p> Losse tekst.</div></div>"
                + "<footer>Colofon</footer></form></body></html>";
        IngestedDocument d = ingest(html, MediaTypes.HTML, page.getBytes(StandardCharsets.UTF_8));
        assertEquals("# Brief\n\nEerste alinea.\n\nTweede alinea.\n\nLosse tekst.\n", d.text().toString());
        assertEquals(Map.of(), d.metadata());
    }

    /**
     * Headings h1..h6 are blocks written as Markdown writes them, at the tag's level: a page that starts at h2 keeps
     * h2 as "## ", so that the levels of the page stand as its author set them; markup inside a heading runs inline.
     */
    @Test
    void headingsAreMarkdownHeadingsOfTheirTagsLevel() throws Exception {
        String page = "<html><body><main><h2>Nationale <em>kaders</em></h2><p>Inleiding.</p>"
                + "<h3>3. Voortzetting</h3><h4>Europa</h4><ul><li>EUFOR Althea</li></ul>"
                + "<div><h5>Noot <span>bij</span> de tabel</h5><h6>Kleinste</h6></div><h3> </h3>"
                + "<h2>Looptijd<br>en kosten</h2></main></body></html>";
        IngestedDocument d = ingest(html, MediaTypes.HTML, page.getBytes(StandardCharsets.UTF_8));
        assertEquals("""
                ## Nationale kaders

                Inleiding.

                ### 3. Voortzetting

                #### Europa

                EUFOR Althea

                ##### Noot bij de tabel

                ###### Kleinste

                ## Looptijd en kosten
                """, d.text().toString());
    }

    @Test
    void identifierWinsAndDatesAreIso() throws Exception {
        String page = "<html><head><meta name='dcterms.identifier' content='kst-35925-V-84'>"
                + "<meta name='DC.date' content='2022-03-08T00:00:00+01:00'><meta name='DC.title' content='  Beleidsbrief "
                + " BZ '></head><body><p>Tekst.</p></body></html>";
        IngestedDocument d = ingest(html, MediaTypes.HTML, page.getBytes(StandardCharsets.UTF_8));
        assertEquals(Map.of(SourceInfo.Keys.KAMERSTUK, "35925-V-84", SourceInfo.Keys.DOSSIER, "35925-V",
                SourceInfo.Keys.DATE, "2022-03-08", SourceInfo.Keys.TITLE, "Beleidsbrief BZ"), d.metadata());
    }

    @Test
    void undeclaredLegacyEncodingIsDecodedAndReported() throws Exception {
        String page = "<html><body><p>Bosnië-Herzegovina, één expert, Oekraïne.</p></body></html>";
        byte[] latin = page.getBytes(Charset.forName("windows-1252"));
        IngestedDocument d = ingest(html, MediaTypes.HTML, latin);
        assertEquals("Bosnië-Herzegovina, één expert, Oekraïne.\n", d.text().toString());
        assertEquals(1, d.warnings().size(), d.warnings().toString());
        byte[] declared = ("<html><head><meta charset=\"windows-1252\"></head>" + page.substring(6))
                .getBytes(Charset.forName("windows-1252"));
        IngestedDocument e = ingest(html, MediaTypes.HTML, declared);
        assertEquals("Bosnië-Herzegovina, één expert, Oekraïne.\n", e.text().toString());
        assertEquals(List.of(), e.warnings(), "a declared charset is no guess");
    }

    @Test
    void pagesWithoutTextFailCleanly() {
        IngestFailure scripts = assertThrows(IngestFailure.class, () -> ingest(html, MediaTypes.HTML,
                "<html><head><script>var s = 'geheim';</script></head><body><script>document.write('x')</script></body></html>"
                        .getBytes(StandardCharsets.UTF_8)));
        assertEquals(IngestFailure.Reason.EMPTY, scripts.reason());
        IngestFailure onlyNavigation = assertThrows(IngestFailure.class, () -> ingest(html, MediaTypes.HTML,
                "<html><body><nav><a href='/'>Home</a></nav><footer>Colofon</footer></body></html>"
                        .getBytes(StandardCharsets.UTF_8)));
        assertEquals(IngestFailure.Reason.EMPTY, onlyNavigation.reason());
        IngestFailure empty = assertThrows(IngestFailure.class, () -> ingest(html, MediaTypes.HTML, new byte[0]));
        assertEquals(IngestFailure.Reason.EMPTY, empty.reason());
    }

    @Test
    void footnotesOfGeneratedPagesAreNumberedAndMovedAfterTheBody() throws Exception {
        String page = "<html><body><article><p>Zin met noot<sup><a class='footnote-ref' href='#fn1'>1</a></sup>.</p>"
                + "<p>Tweede zin.</p><section class='footnotes' role='doc-endnotes'><hr><ol>"
                + "<li id='fn1'><p>De noot zelf. <a href='#fnref1' class='footnote-back'>↩︎</a></p></li></ol>"
                + "</section></article></body></html>";
        IngestedDocument d = ingest(html, MediaTypes.HTML, page.getBytes(StandardCharsets.UTF_8));
        assertEquals("Zin met noot1.\n\nTweede zin.\n\n1 De noot zelf.\n", d.text().toString());
    }

    @Test
    void acceptsHtmlAndXhtmlOnly() {
        assertTrue(html.accepts(MediaTypes.HTML));
        assertTrue(html.accepts(MediaTypes.XHTML));
        assertFalse(html.accepts(MediaTypes.XML));
        assertFalse(html.accepts(MediaTypes.TEXT));
    }
}
