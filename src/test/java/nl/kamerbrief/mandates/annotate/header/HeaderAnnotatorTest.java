package nl.kamerbrief.mandates.annotate.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.kamerbrief.mandates.annotate.AnnotatedText;
import nl.kamerbrief.mandates.annotate.DocumentHeader;
import nl.kamerbrief.mandates.annotate.Layer;
import nl.kamerbrief.mandates.annotate.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The letter's own date and Kamerstuk number (spec section 2: dateline or date field, else metadata, else the file
 * name; only the document's own number). Ids without a leading date are used where the date must come from the
 * text.
 */
class HeaderAnnotatorTest {

    private static DocumentHeader header(String id, String text, Map<String, String> metadata) {
        return Texts.annotate(id, text, metadata, Layer.HEADER).header();
    }

    private static DocumentHeader header(String id, String text) {
        return header(id, text, Map.of());
    }

    private static String dateText(String id, String text) {
        AnnotatedText t = Texts.annotate(id, text, Layer.HEADER);
        assertNotNull(t.header().dateSpan(), "no date span");
        return t.text().substring(t.header().dateSpan());
    }

    private static final String KENNISGEVING = Texts.corpus("2022-06-17-kennisgeving-eufor-althea.txt");

    @Test
    void datelineDenHaag() {
        DocumentHeader h = header("kennisgeving-eufor-althea", KENNISGEVING);
        assertEquals(LocalDate.of(2022, 6, 17), h.date());
        assertEquals("text", h.dateSource());
        assertEquals("17 juni 2022", dateText("kennisgeving-eufor-althea", KENNISGEVING));
        assertEquals(LocalDate.of(2022, 6, 17), h.anchor());
    }

    /** "(Bijlage bij Kamerstuk 35 788, nr. 77)" and "(Kamerstuk 29 521, nr. 446)" are references (gold: null). */
    @Test
    void kamerstukReferencesInTheBodyAreNotTheLettersNumber() {
        assertNull(header("kennisgeving-eufor-althea", KENNISGEVING).kamerstuk());
        String body = "Den Haag, 17 juni 2022\n\nZoals gemeld in de Kamerbrief Samenhangende Nederlandse inzet "
                + "(d.d. 17 juni \n2022) (Kamerstuk 29 521, nr. 446), die de Kamer gelijktijdig met deze \n"
                + "kennisgevingsbrief toegaat, wordt op dit moment in EU-verband gekeken naar uitbreiding.";
        assertNull(header("kennisgeving", body).kamerstuk());
    }

    /** Beslisnota 2025: "**Datum**" with the value on the next line; the later "20 januari 2025" fields are ignored. */
    @Test
    void dateFieldWithTheValueOnTheNextLine() {
        String memo = Texts.corpus("2025-02-13-beslisnota-inzet-2025-2028.md");
        DocumentHeader h = header("beslisnota-inzet", memo);
        assertEquals(LocalDate.of(2025, 2, 13), h.date());
        assertEquals("text", h.dateSource());
        assertEquals("13 februari 2025", dateText("beslisnota-inzet", memo));
    }

    /** 1999 letter copied on a news site: "Datum nieuwsfeit: 19-07-1999" is the copy's, "Datum 12 juli 1999" the letter's. */
    @Test
    void theLettersDateFieldBeatsTheCopySitesDate() {
        String page = Texts.corpus("negatives/1999-07-12-veiligheidsraad-verlengt-vn-mandaten-juni-1999.txt");
        DocumentHeader h = header("veiligheidsraad-verlengt-vn-mandaten", page);
        assertEquals(LocalDate.of(1999, 7, 12), h.date());
        assertEquals("12 juli 1999", dateText("veiligheidsraad-verlengt-vn-mandaten", page));
    }

    @Test
    void aNumericDateOnItsOwnLine() {
        String page = "Ministerie van Defensie\n\n\n---\n\nBrieven aan de Kamer\n---\n\nEindevaluatie Unmee\n\n"
                + "16-10-2001\n\nHierbij bieden wij u de eindevaluatie aan van de Nederlandse militaire bijdrage aan "
                + "de United Nations Mission in Ethiopia and Eritrea (UNMEE).";
        assertEquals(LocalDate.of(2001, 10, 16), header("eindevaluatie-unmee", page).date());
        assertEquals("16-10-2001", dateText("eindevaluatie-unmee", page));
    }

    @Test
    void aNewsStampWithTheTime() {
        String page = "Ministerie van Defensie\n\nNederlandse bijdrage aan Europese politie-inzet Afghanistan\n\n"
                + "8 januari 2010, 16.58 uur\n\nNederland is al lang betrokken bij de opleiding van Afghaanse "
                + "agenten. Nederland levert 2 extra marechaussees aan de European Gendarmerie Force (EGF) in "
                + "Afghanistan.";
        assertEquals(LocalDate.of(2010, 1, 8), header("egf-ntm-a", page).date());
        assertEquals("8 januari 2010", dateText("egf-ntm-a", page));
    }

    /** Kamervragen: the answer's date, not the date the questions were put ("Ingediend 2 februari 2015"). */
    @Test
    void theDateAnswered() {
        String page = Texts.corpus("more/2015-02-24-antwoorden-kamervragen-patriot-eenheid-turkije.txt");
        assertEquals(LocalDate.of(2015, 2, 24), header("antwoorden-patriot", page).date());
        assertEquals("24 februari 2015", dateText("antwoorden-patriot", page));
    }

    /** Questions without answers: the date they were put in ("(ingezonden 6 oktober 2023)", negatives NOTES). */
    @Test
    void theDateQuestionsWereSubmitted() {
        String page = Texts.corpus("negatives/2023-10-06-kamervragen-servische-troepen-en-kfor.txt");
        assertEquals(LocalDate.of(2023, 10, 6), header("kamervragen-kfor", page).date());
    }

    private static final String SNMG1 = "Marineschip Zr.Ms De Zeven Provinciën vertrekt voor NAVO-vlootverband\n\n"
            + "Het luchtverdedigings- en commandofregat Zr.Ms. De Zeven Provinciën vertrekt aanstaande zondag uit "
            + "Den Helder. Het marineschip sluit zich de komende vier maanden aan bij de Standing NATO Maritime "
            + "Group 1 (SNMG1). Minister Kajsa Ollongren zwaait de ca. 190 bemanningsleden uit.";

    @Test
    void theMetadataDateWhenTheTextHasNone() {
        DocumentHeader h = header("nieuws-snmg1", SNMG1, Map.of("date", "2022-03-03"));
        assertEquals(LocalDate.of(2022, 3, 3), h.date());
        assertEquals("metadata", h.dateSource());
        assertNull(h.dateSpan());
        assertEquals(LocalDate.of(2022, 3, 3), h.anchor());
    }

    @Test
    void theFileNameDateLast() {
        DocumentHeader h = header("2022-03-03-nieuws-snmg1-de-zeven-provincien-rijksoverheid", SNMG1);
        assertEquals(LocalDate.of(2022, 3, 3), h.date());
        assertEquals("file name", h.dateSource());
        DocumentHeader withMetadata = header("2022-03-03-nieuws-snmg1", SNMG1, Map.of("date", "2022-03-02"));
        assertEquals(LocalDate.of(2022, 3, 2), withMetadata.date());
        assertEquals("metadata", withMetadata.dateSource());
    }

    @Test
    void theTextsOwnDateBeatsMetadataAndFileName() {
        DocumentHeader h = header("2022-06-20-kennisgeving", KENNISGEVING, Map.of("date", "2022-06-21"));
        assertEquals(LocalDate.of(2022, 6, 17), h.date());
        assertEquals("text", h.dateSource());
    }

    /**
     * 2018 letter: the text only mentions dates ("13 juni jl.", "4 september 2017", "NAVO-top van 11 en 12 juli
     * as.") and the file name gives a month (gold: date null); relative dates still resolve in June 2018.
     */
    @Test
    void datesTheTextOnlyMentionsAreNotTheLettersDate() {
        DocumentHeader h = header("2018-06-toekomstige-bijdragen-missies",
                Texts.corpus("2018-06-toekomstige-bijdragen-missies.txt"));
        assertNull(h.date());
        assertNull(h.kamerstuk());
        assertNotNull(h.anchor());
        assertEquals(2018, h.anchor().getYear());
        assertEquals(6, h.anchor().getMonthValue());
        assertEquals(2018, h.year());
    }

    /** Verslag 2025-05: "brief van 4 april 2025", "Op 23 april 2025 ... toegezonden" are not its date (gold: null). */
    @Test
    void aVerslagWithoutItsOwnDate() {
        DocumentHeader h = header("2025-05-verslag-so-inzet-2025-2028",
                Texts.corpus("2025-05-verslag-so-inzet-2025-2028.txt"));
        assertNull(h.date());
        assertNull(h.kamerstuk(), "29521-473 and nrs. 493/494 are references (gold: null)");
        assertEquals(2025, h.year());
    }

    @Test
    void aKamerstukDossierLineAndNrLine() {
        String letter = "27 925 Bestrijding internationaal terrorisme\n\nNr. 415 BRIEF VAN DE MINISTERS VAN "
                + "BUITENLANDSE ZAKEN, VAN DEFENSIE, VAN VEILIGHEID EN JUSTITIE, EN VAN DE STAATSSECRETARIS VAN "
                + "BUITENLANDSE ZAKEN\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
                + "Den Haag, 7 januari 2011\n\nDe Tweede Kamer heeft met de motie-Peters/Pechtold (kamerstuk 27 925, "
                + "nr. 392) op 21 april 2010 de regering opgeroepen de mogelijkheden in kaart te brengen.";
        AnnotatedText t = Texts.annotate("artikel100-politietrainingsmissie-kunduz", letter, Layer.HEADER);
        assertEquals("27925-415", t.header().kamerstuk());
        assertEquals(LocalDate.of(2011, 1, 7), t.header().date());
        assertNotNull(t.header().kamerstukSpan());
        String covered = t.text().substring(t.header().kamerstukSpan());
        assertTrue(covered.startsWith("27 925") && covered.endsWith("415"), covered);
    }

    /** 2017 letter: its own "27 925 ... Nr. 606", not the "(Kamerstuk 27 925, nr. 597)" it refers to (gold). */
    @Test
    void theOwnNumberNotTheNumberReferredTo() {
        String letter = Texts.corpus("more/2017-01-27-brief-f16-force-protection-anti-isis.txt");
        assertEquals("27925-606", header("brief-f16-force-protection", letter).kamerstuk());
    }

    @Test
    void aPartLetterKeepsItsPart() {
        String letter = "35 925 V Vaststelling van de begrotingsstaten van het Ministerie van Buitenlandse Zaken (V) "
                + "voor het jaar 2022\n\nNr. 12 BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN\n\n"
                + "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 8 maart 2022\n\n"
                + "Hierbij informeer ik uw Kamer over de beleidsbrief (Kamerstuk 29 521, nr. 446).";
        assertEquals("35925-V-12", header("beleidsbrief-bz", letter).kamerstuk());
    }

    @Test
    void theMetadataNumberWhenTheTextStatesNone() {
        DocumentHeader h = header("nieuws-snmg1", SNMG1, Map.of("kamerstuk", "29521-446"));
        assertEquals("29521-446", h.kamerstuk());
    }

    // ------------------------------------------------------------------ every corpus letter against its gold

    static Stream<Arguments> goldDocuments() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Arguments> out = new ArrayList<>();
        for (String dir : List.of("", "more/", "negatives/")) {
            try (Stream<Path> files = Files.list(Path.of("corpus/gold/" + dir))) {
                for (Path g : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    JsonNode doc = json.readTree(g.toFile()).get("document");
                    String id = doc.get("id").asText();
                    Path text = Path.of("corpus/" + dir + id + ".txt");
                    if (!Files.exists(text)) {
                        text = Path.of("corpus/" + dir + id + ".md");
                    }
                    out.add(Arguments.of(id, dir + text.getFileName(),
                            doc.get("date").isNull() ? null : doc.get("date").asText(),
                            doc.get("kamerstuk").isNull() ? null : doc.get("kamerstuk").asText()));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldDocuments")
    void dateAndKamerstukAsTheGoldHasThem(String id, String file, String date, String kamerstuk) {
        DocumentHeader h = header(id, Texts.corpus(file));
        assertEquals(date, h.date() == null ? null : h.date().toString(), "date of " + id);
        assertEquals(kamerstuk, h.kamerstuk(), "kamerstuk of " + id);
    }
}
