package nl.kamerbrief.mandates.ingest;

import static nl.kamerbrief.mandates.ingest.HtmlIngestorTest.FORMATS;
import static nl.kamerbrief.mandates.ingest.HtmlIngestorTest.KENNISGEVING;
import static nl.kamerbrief.mandates.ingest.HtmlIngestorTest.KENNISGEVING_SENTENCES;
import static nl.kamerbrief.mandates.ingest.HtmlIngestorTest.assertOneLinePerBlock;
import static nl.kamerbrief.mandates.ingest.HtmlIngestorTest.assertSentences;
import static nl.kamerbrief.mandates.ingest.HtmlIngestorTest.blocks;
import static nl.kamerbrief.mandates.ingest.HtmlIngestorTest.ingest;
import static nl.kamerbrief.mandates.ingest.HtmlIngestorTest.minus;
import static nl.kamerbrief.mandates.ingest.HtmlIngestorTest.txt;
import static nl.kamerbrief.mandates.ingest.HtmlIngestorTest.words;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Kamerstuk XML reader on the sample in src/test/resources/formats and on hand-made publications. */
class XmlIngestorTest {

    private final XmlIngestor xml = new XmlIngestor();

    @TempDir
    Path tmp;

    @Test
    void theSampleReadsExactlyAsItsTextVersion() throws Exception {
        IngestedDocument d = ingest(xml, FORMATS.resolve(KENNISGEVING + ".xml"));
        String text = d.text().toString();
        assertOneLinePerBlock(text);
        assertSentences(KENNISGEVING_SENTENCES, text, "the kennisgeving XML");
        // written from the .txt, a paragraph per al, no word added or dropped: the same blocks, in order, and
        // nothing of the metadata ("29 521" of the dossier element, the meta tags)
        List<String> expected = blocks(Files.readString(Path.of("corpus", KENNISGEVING + ".txt"))).stream()
                .map(HtmlIngestorTest::flat).toList();
        assertEquals(String.join("\n\n", expected) + "\n", text);
        assertEquals(List.of("De Minister van Buitenlandse Zaken, W.B. Hoekstra", "De Minister van Defensie, K.H. Ollongren"),
                blocks(text).subList(5, 7), "function and name of a signature on one line");
        assertEquals(Set.of(), minus(words(txt(KENNISGEVING)), words(text)));
        assertEquals(Set.of(), minus(words(text), words(txt(KENNISGEVING))));
        assertEquals(2242, text.length());
    }

    @Test
    void theSampleHasADossierAndADateButNoNumber() throws Exception {
        IngestedDocument d = ingest(xml, FORMATS.resolve(KENNISGEVING + ".xml"));
        // meta OVERHEIDop.dossiernummer 29521, OVERHEIDop.datumBrief 2022-06-17; no ondernummer, no title
        assertEquals(Map.of(SourceInfo.Keys.DOSSIER, "29521", SourceInfo.Keys.DATE, "2022-06-17"), d.metadata());
        assertEquals(List.of(), d.warnings());
    }

    private static final String PUBLISHED = """
            <?xml version="1.0" encoding="utf-8"?>
            <officiele-publicatie xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
              <metadata>
                <meta name="DC.identifier" scheme="" content="kst-29521-446" />
                <meta name="OVERHEIDop.vergaderjaar" scheme="" content="2021-2022" />
              </metadata>
              <kamerstuk>
                <kamerstukkop>
                  <tekstregel inhoud="kamer">Tweede Kamer der Staten-Generaal</tekstregel>
                  <tekstregel inhoud="vergaderjaar">Vergaderjaar 2021–2022</tekstregel>
                </kamerstukkop>
                <dossier>
                  <dossiernummer><dossiernr>29 521</dossiernr></dossiernummer>
                  <titel>Internationale militaire samenwerking en crisisbeheersing</titel>
                </dossier>
                <stuk>
                  <stuknr>Nr. <ondernummer>446</ondernummer></stuknr>
                  <titel>BRIEF VAN DE MINISTERS VAN BUITENLANDSE ZAKEN EN VAN DEFENSIE</titel>
                  <algemeen><vrije-tekst><tekst>
                    <al>Den Haag, <datum isodatum="2022-06-17">17 juni 2022</datum></al>
                    <divisie>
                      <kop><nr>1.</nr><titel>Oostflank</titel></kop>
                      <tekst>
                        <al>Concreet betekent dit dat er, naast de bestaande bijdragen<noot id="n1" type="voet"><noot.nr>1</noot.nr><noot.al>De bijdrage aan eFP Litouwen (tot eind 2024).</noot.al></noot>, naar zal worden gestreefd.</al>
                        <al>Het kabinet verlengt de bijdrage aan EMA<?xpp fm?>SoH tot en met 31&#160;juli 2023.</al>
                        <lijst type="expliciet">
                          <li><li.nr>a.</li.nr><al>tien stafofficieren;</al></li>
                          <li><li.nr>b.</li.nr><al>een <nadruk type="cur">eenheid</nadruk> van 20 militairen.</al></li>
                        </lijst>
                        <table><tgroup cols="2"><colspec colname="c1"/><colspec colname="c2"/>
                          <thead><row><entry><al>Missie</al></entry><entry><al>Personeel</al></entry></row></thead>
                          <tbody><row><entry><al>EUFOR Althea</al></entry><entry><al>maximaal 30</al></entry></row></tbody>
                        </tgroup></table>
                        <tussenkop>Financiële aspecten</tussenkop>
                        <al>De kosten<noot id="n2" type="voet"><noot.nr>2</noot.nr><noot.al>Uit het BIV.</noot.al><noot.al>Zie ook de begroting.</noot.al></noot> zijn gedekt.</al>
                      </tekst>
                    </divisie>
                  </tekst></vrije-tekst></algemeen>
                  <tekst-sluiting>
                    <ondertekening><functie>De Minister van Defensie,</functie><naam><voornaam>K.H.</voornaam> <achternaam>Ollongren</achternaam></naam></ondertekening>
                  </tekst-sluiting>
                </stuk>
              </kamerstuk>
            </officiele-publicatie>
            """;

    @Test
    void aPublishedKamerstukReadsBlockByBlockWithFootnotesAfterTheBody() throws Exception {
        IngestedDocument d = ingest(xml, MediaTypes.XML, PUBLISHED.getBytes(StandardCharsets.UTF_8));
        assertEquals("""
                Nr. 446

                # BRIEF VAN DE MINISTERS VAN BUITENLANDSE ZAKEN EN VAN DEFENSIE

                Den Haag, 17 juni 2022

                ## 1. Oostflank

                Concreet betekent dit dat er, naast de bestaande bijdragen1, naar zal worden gestreefd.

                Het kabinet verlengt de bijdrage aan EMASoH tot en met 31 juli 2023.

                a. tien stafofficieren;

                b. een eenheid van 20 militairen.

                Missie | Personeel

                EUFOR Althea | maximaal 30

                ### Financiële aspecten

                De kosten2 zijn gedekt.

                De Minister van Defensie, K.H. Ollongren

                1 De bijdrage aan eFP Litouwen (tot eind 2024).

                2 Uit het BIV. Zie ook de begroting.
                """, d.text().toString());
        assertEquals(Map.of(SourceInfo.Keys.KAMERSTUK, "29521-446", SourceInfo.Keys.DOSSIER, "29521",
                SourceInfo.Keys.DATE, "2022-06-17", SourceInfo.Keys.TITLE,
                "BRIEF VAN DE MINISTERS VAN BUITENLANDSE ZAKEN EN VAN DEFENSIE"), d.metadata());
    }

    /**
     * Headings by nesting: the stuk's titel 1, the kop of a top part 2 and of a part inside it 3, a tussenkop one
     * below the kop of its part (2 in a text without parts); the titel of anything else (a table) is no heading.
     */
    @Test
    void headingsTakeTheirLevelFromTheirNesting() throws Exception {
        String nested = """
                <officiele-publicatie><kamerstuk><stuk>
                  <titel>Brief</titel>
                  <algemeen><vrije-tekst><tekst>
                    <tussenkop>Inleiding</tussenkop>
                    <al>Eerste alinea.</al>
                    <hoofdstuk><kop><nr>1</nr><titel>Nationale kaders</titel></kop>
                      <paragraaf><kop><nr>1.1</nr><titel>Voortzetting</titel></kop>
                        <tussenkop>Europa</tussenkop>
                        <al>EUFOR Althea.</al>
                        <table><titel>Bijdragen</titel></table>
                      </paragraaf>
                    </hoofdstuk>
                  </tekst></vrije-tekst></algemeen>
                </stuk></kamerstuk></officiele-publicatie>
                """;
        IngestedDocument d = ingest(xml, MediaTypes.XML, nested.getBytes(StandardCharsets.UTF_8));
        assertEquals("""
                # Brief

                ## Inleiding

                Eerste alinea.

                ## 1 Nationale kaders

                ### 1.1 Voortzetting

                #### Europa

                EUFOR Althea.

                Bijdragen
                """, d.text().toString());
    }

    @Test
    void theNumberComesFromTheElementsWhenNoMetaStatesIt() throws Exception {
        String withoutIdentifier = PUBLISHED.replace("<meta name=\"DC.identifier\" scheme=\"\" content=\"kst-29521-446\" />",
                "<meta name=\"OVERHEIDop.datumBrief\" content=\"2022-06-16\" />");
        IngestedDocument d = ingest(xml, MediaTypes.XML, withoutIdentifier.getBytes(StandardCharsets.UTF_8));
        assertEquals("29521-446", d.metadata().get(SourceInfo.Keys.KAMERSTUK), "dossiernr 29 521 + ondernummer 446");
        assertEquals("2022-06-16", d.metadata().get(SourceInfo.Keys.DATE), "datumBrief before the datum element");
    }

    // ---- XXE ---------------------------------------------------------------------------------------------------

    private static final String SECRET = "GEHEIM-7f3a9c";

    private String letterWith(String doctype, String body) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + doctype + "\n<officiele-publicatie><kamerstuk><stuk>"
                + "<algemeen><vrije-tekst><tekst><al>" + body + "</al></tekst></vrije-tekst></algemeen></stuk>"
                + "</kamerstuk></officiele-publicatie>";
    }

    @Test
    void externalEntitiesAreNeverResolved() throws Exception {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), SECRET);
        Path dtd = Files.writeString(tmp.resolve("evil.dtd"), "<!ENTITY leak \"" + SECRET + "\">");
        List<String> attacks = List.of(
                letterWith("<!DOCTYPE officiele-publicatie [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>",
                        "Voor &xxe; na."),
                letterWith("<!DOCTYPE officiele-publicatie [<!ENTITY % p SYSTEM \"" + dtd.toUri() + "\"> %p;]>",
                        "Voor &leak; na."),
                letterWith("<!DOCTYPE officiele-publicatie SYSTEM \"" + dtd.toUri() + "\">", "Voor &leak; na."),
                letterWith("<!DOCTYPE officiele-publicatie [<!ENTITY int \"" + SECRET + "\">]>", "Voor &int; na."),
                letterWith("<!DOCTYPE officiele-publicatie [<!ENTITY web SYSTEM \"http://127.0.0.1:9/x\">]>",
                        "Voor &web; na."));
        for (String attack : attacks) {
            IngestedDocument d = assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> ingest(xml, MediaTypes.XML, attack.getBytes(StandardCharsets.UTF_8)));
            assertEquals("Voor na.\n", d.text().toString(), attack);
        }
    }

    @Test
    void entityExpansionIsNotABomb() throws Exception {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE officiele-publicatie [<!ENTITY l0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        IngestedDocument d = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> ingest(xml, MediaTypes.XML,
                letterWith(dtd.toString(), "Tekst &l9; einde.").getBytes(StandardCharsets.UTF_8)));
        assertEquals("Tekst einde.\n", d.text().toString());
    }

    @Test
    void htmlCharactersAsEntitiesStillRead() throws Exception {
        IngestedDocument d = ingest(xml, MediaTypes.XML, letterWith("", "17&nbsp;juni 2022 &ndash; &amp; &#233;&eacute;")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals("17 juni 2022 – & éé\n", d.text().toString());
    }

    // ---- other inputs ------------------------------------------------------------------------------------------

    @Test
    void xmlThatIsNoPublicationIsTheWrongFormat() {
        String feed = "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Kamerstukken</title>"
                + "<entry><title>Brief over EUFOR Althea</title></entry></feed>";
        IngestFailure f = assertThrows(IngestFailure.class,
                () -> ingest(xml, MediaTypes.XML, feed.getBytes(StandardCharsets.UTF_8)));
        assertEquals(IngestFailure.Reason.WRONG_FORMAT, f.reason());
        assertTrue(f.getMessage().contains("<feed>"), f.getMessage());
    }

    @Test
    void aTruncatedPublicationIsDamaged() throws Exception {
        byte[] bytes = Files.readAllBytes(FORMATS.resolve(KENNISGEVING + ".xml"));
        Path cut = Files.write(tmp.resolve("cut.xml"), Arrays.copyOf(bytes, bytes.length / 2));
        IngestFailure f = assertThrows(IngestFailure.class, () -> ingest(xml, cut));
        assertEquals(IngestFailure.Reason.DAMAGED, f.reason());
        assertTrue(f.getMessage().contains("line"), f.getMessage());
        assertEquals(IngestFailure.Reason.DAMAGED, assertThrows(IngestFailure.class,
                () -> ingest(xml, MediaTypes.XML, "<al>open <b>tags</al>".getBytes(StandardCharsets.UTF_8))).reason());
        assertEquals(IngestFailure.Reason.EMPTY, assertThrows(IngestFailure.class,
                () -> ingest(xml, MediaTypes.XML, new byte[0])).reason());
        assertEquals(IngestFailure.Reason.EMPTY, assertThrows(IngestFailure.class, () -> ingest(xml, MediaTypes.XML,
                "<officiele-publicatie><metadata><meta name='x' content='y'/></metadata></officiele-publicatie>"
                        .getBytes(StandardCharsets.UTF_8))).reason());
    }

    @Test
    void xhtmlThatArrivesAsXmlIsReadAsAWebPage() throws Exception {
        String page = "<?xml version=\"1.0\" encoding=\"utf-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<head><meta name=\"DC.identifier\" content=\"kst-29521-447\"/></head>"
                + "<body><nav><a href=\"/\">Home</a></nav><p>Tekst van de brief.</p></body></html>";
        IngestedDocument d = ingest(xml, MediaTypes.XML, page.getBytes(StandardCharsets.UTF_8));
        assertEquals("Tekst van de brief.\n", d.text().toString());
        assertEquals("29521-447", d.metadata().get(SourceInfo.Keys.KAMERSTUK));
    }

    @Test
    void acceptsXmlOnly() {
        assertTrue(xml.accepts(MediaTypes.XML));
        assertFalse(xml.accepts(MediaTypes.HTML));
        assertFalse(xml.accepts(MediaTypes.XHTML));
    }
}
