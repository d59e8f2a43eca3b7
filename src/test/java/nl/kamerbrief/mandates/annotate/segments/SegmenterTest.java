package nl.kamerbrief.mandates.annotate.segments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.kamerbrief.mandates.annotate.AnnotatedText;
import nl.kamerbrief.mandates.annotate.Layer;
import nl.kamerbrief.mandates.annotate.Segment;
import nl.kamerbrief.mandates.annotate.Texts;
import nl.kamerbrief.mandates.text.CharSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Sentences, list items, headings, fact-sheet labels and the members' questions of a verslag. */
class SegmenterTest {

    private static AnnotatedText segment(String id, String text) {
        return Texts.annotate(id, text, Layer.SEGMENTS);
    }

    /** The segment holding the first char of {@code phrase}. */
    private static Segment at(AnnotatedText t, String phrase) {
        CharSpan p = Texts.find(t, phrase);
        for (Segment s : t.segments()) {
            if (s.span().contains(p.start())) {
                return s;
            }
        }
        fail("no segment holds '" + phrase + "'; segments:\n" + Texts.describe(t, t.segments()));
        return null;
    }

    private static List<String> sentences(AnnotatedText t) {
        return t.segments().stream().map(s -> Texts.covered(t, s)).toList();
    }

    @Test
    void splitsAtAFullStopBeforeACapital() {
        String text = "De United Nations Truce Supervision Organization (UNTSO) heeft als taak \n"
                + "toezicht te houden op de bestanden tussen Israël en de omringende \n"
                + "landen. Het kabinet verlengt de bijdrage met twaalf militairen aan UNTSO \n"
                + "tot en met 31 juli 2025, vanwege het belang van deze missie voor \n"
                + "stabiliteit in de regio, de goede informatiepositie als gevolg van deze \n"
                + "bijdrage, en de lange Nederlandse betrokkenheid in de missie. \n";
        AnnotatedText t = segment("2022-06-17-samenhang", text);
        assertEquals(List.of(
                "De United Nations Truce Supervision Organization (UNTSO) heeft als taak \n"
                        + "toezicht te houden op de bestanden tussen Israël en de omringende \nlanden.",
                "Het kabinet verlengt de bijdrage met twaalf militairen aan UNTSO \n"
                        + "tot en met 31 juli 2025, vanwege het belang van deze missie voor \n"
                        + "stabiliteit in de regio, de goede informatiepositie als gevolg van deze \n"
                        + "bijdrage, en de lange Nederlandse betrokkenheid in de missie."), sentences(t));
        for (Segment s : t.segments()) {
            assertEquals(Segment.Kind.SENTENCE, s.kind());
            assertFalse(s.question());
        }
        assertEquals(0, t.segments().get(0).index());
        assertEquals(1, t.segments().get(1).index());
    }

    /** "jl." and "nr." before a bracket or a number end no sentence (2022 samenhang letter, first paragraph). */
    @Test
    void jlAndNrStayInsideTheSentence() {
        String text = " Met uitzondering van de Nederlandse bijdrage aan de \n"
                + "NAVO-troepenmacht in Litouwen enhanced Forward Presence (eFP, \n"
                + "verlengd tot 31 december 2024) lopen de verschillende nationale \n"
                + "mandaten voor de Nederlandse civiele en militaire bijdragen aan missies \n"
                + "en operaties dit jaar af. De mandaten van de diverse kleine missiebij-\n"
                + "dragen lopen tot en met 31 juli 2022 en de Nederlandse bijdrage aan de \n"
                + "anti-ISIS-coalitie en brede veiligheidsinzet Irak eindigt 31 december 2022. \n"
                + "In het licht hiervan en zoals aangekondigd in de Beleidsbrief Buitenlandse \n"
                + "Zaken van 8 maart jl. (Kamerstuk 35 925 V, nr. 84) informeert het kabinet \n"
                + "uw Kamer in deze brief over de toekomst en samenhang van de Neder-\n"
                + "landse inzet in missies en operaties tot medio 2025. Dit betreft militaire \n"
                + "inzet in het kader van hoofdtaak 1 (het beschermen van het eigen \n"
                + "grondgebied en dat van bondgenoten) en hoofdtaak 2 (bevordering van \n"
                + "de internationale rechtsorde en stabiliteit) en civiele inzet. De brief gaat in \n"
                + "op de beleidskaders en strategische context die ten grondslag liggen aan \n"
                + "de beoogde kabinetsinzet en vervolgens op de (voorgenomen) inzet per \n"
                + "regio. \n";
        AnnotatedText t = segment("2022-06-17-samenhang-missies-2022-2025", text);
        assertEquals(List.of(
                "Met uitzondering van de Nederlandse bijdrage aan de \n"
                        + "NAVO-troepenmacht in Litouwen enhanced Forward Presence (eFP, \n"
                        + "verlengd tot 31 december 2024) lopen de verschillende nationale \n"
                        + "mandaten voor de Nederlandse civiele en militaire bijdragen aan missies \n"
                        + "en operaties dit jaar af.",
                "De mandaten van de diverse kleine missiebij-\n"
                        + "dragen lopen tot en met 31 juli 2022 en de Nederlandse bijdrage aan de \n"
                        + "anti-ISIS-coalitie en brede veiligheidsinzet Irak eindigt 31 december 2022.",
                "In het licht hiervan en zoals aangekondigd in de Beleidsbrief Buitenlandse \n"
                        + "Zaken van 8 maart jl. (Kamerstuk 35 925 V, nr. 84) informeert het kabinet \n"
                        + "uw Kamer in deze brief over de toekomst en samenhang van de Neder-\n"
                        + "landse inzet in missies en operaties tot medio 2025.",
                "Dit betreft militaire \n"
                        + "inzet in het kader van hoofdtaak 1 (het beschermen van het eigen \n"
                        + "grondgebied en dat van bondgenoten) en hoofdtaak 2 (bevordering van \n"
                        + "de internationale rechtsorde en stabiliteit) en civiele inzet.",
                "De brief gaat in \n"
                        + "op de beleidskaders en strategische context die ten grondslag liggen aan \n"
                        + "de beoogde kabinetsinzet en vervolgens op de (voorgenomen) inzet per \n"
                        + "regio."), sentences(t));
    }

    /** Takuba paragraph, 2022 samenhang letter: "jl." before a verb, "nr. 440)." ends the sentence. */
    @Test
    void nrBeforeANumberStaysInsideTheSentence() {
        String text = "Taakgroep Takuba beoogde de Malinese strijdkrachten door middel van \n"
                + "advisering, assistentie en begeleiding te ondersteunen bij gevechtsope-\n"
                + "raties tegen terroristische groeperingen in de Liptako-Gourma-regio \n"
                + "(grensgebied Mali, Niger, Burkina Faso). Op 17 februari jl. werd uw Kamer \n"
                + "geïnformeerd over het besluit van Takuba-partners om Taakgroep Takuba \n"
                + "uit Mali terug te trekken (Kamerstuk 29 521, nr. 440). Nederland heeft een \n"
                + "mandaat voor twee personen en levert momenteel een stafofficier binnen \n"
                + "het Takuba Special Operations Planning and Liaison Element, in het \n"
                + "hoofdkwartier van de Frans geleide operatie Barkhane in de hoofdstad \n"
                + "van Tsjaad, N’Djamena. \n";
        AnnotatedText t = segment("2022-06-17-samenhang-missies-2022-2025", text);
        assertEquals(List.of(
                "Taakgroep Takuba beoogde de Malinese strijdkrachten door middel van \n"
                        + "advisering, assistentie en begeleiding te ondersteunen bij gevechtsope-\n"
                        + "raties tegen terroristische groeperingen in de Liptako-Gourma-regio \n"
                        + "(grensgebied Mali, Niger, Burkina Faso).",
                "Op 17 februari jl. werd uw Kamer \n"
                        + "geïnformeerd over het besluit van Takuba-partners om Taakgroep Takuba \n"
                        + "uit Mali terug te trekken (Kamerstuk 29 521, nr. 440).",
                "Nederland heeft een \n"
                        + "mandaat voor twee personen en levert momenteel een stafofficier binnen \n"
                        + "het Takuba Special Operations Planning and Liaison Element, in het \n"
                        + "hoofdkwartier van de Frans geleide operatie Barkhane in de hoofdstad \n"
                        + "van Tsjaad, N’Djamena."), sentences(t));
    }

    /** "d.d." before a day number (kennisgeving 2022). */
    @Test
    void ddStaysInsideTheSentence() {
        String text = "Zoals gemeld in de Kamerbrief Samenhangende Nederlandse inzet in het \n"
                + "kader van de collectieve verdediging en in missies en operaties ter \n"
                + "bevordering van de internationale rechtsorde 2022–2025 (d.d. 17 juni \n"
                + "2022) (Kamerstuk 29 521, nr. 446), die de Kamer gelijktijdig met deze \n"
                + "kennisgevingsbrief toegaat, wordt op dit moment in EU-verband gekeken naar uitbreiding van \n"
                + "de militaire EU-operatie EUFOR Althea. Hierdoor is in de operatie een \n"
                + "nieuwe behoefte aan stafofficieren, eenheden en capaciteiten ontstaan.";
        AnnotatedText t = segment("2022-06-17-kennisgeving", text);
        assertEquals(2, t.segments().size(), () -> Texts.describe(t, t.segments()));
        assertTrue(Texts.covered(t, t.segments().get(0)).endsWith("de militaire EU-operatie EUFOR Althea."));
    }

    /** "(bv. EUFOR Althea)" in the beslisnota, and the same with "o.a.". */
    @Test
    void bvAndOaStayInsideTheSentence() {
        String bv = "Dat geldt in ieder geval voor de artikel-100 Toetsingskaderplichtige inzet en bijdragen waar in "
                + "ieder geval ook sprake is van militaire inzet (bv. EUFOR Althea). Dat gebeurt tenminste een maal "
                + "per jaar via de Voortgangsrapportages (derde woensdag van mei).";
        AnnotatedText t = segment("2025-02-13-beslisnota", bv);
        assertEquals(List.of("Dat geldt in ieder geval voor de artikel-100 Toetsingskaderplichtige inzet en bijdragen "
                        + "waar in ieder geval ook sprake is van militaire inzet (bv. EUFOR Althea).",
                "Dat gebeurt tenminste een maal per jaar via de Voortgangsrapportages (derde woensdag van mei)."),
                sentences(t));
        AnnotatedText oa = segment("2025-02-13-beslisnota", bv.replace("bv.", "o.a."));
        assertEquals(2, oa.segments().size(), () -> Texts.describe(oa, oa.segments()));
        assertTrue(Texts.covered(oa, oa.segments().get(0)).endsWith("(o.a. EUFOR Althea)."));
    }

    /** Initials in the signature blocks ("W.B. Hoekstra", "K.H. Ollongren", "S.A.M. Kaag") stay with the name. */
    @Test
    void initialsStayWithTheName() {
        String text = "Het kabinet onderzoekt mogelijke nieuwe bijdragen aan missies (EUFOR \n"
                + "Althea, NMI). \n\nDe Minister van Buitenlandse Zaken, \nW.B. Hoekstra \n\n"
                + "De Minister van Defensie, \nK.H. Ollongren \n\n"
                + "De minister voor Buitenlandse Handel en Ontwikkelingssamenwerking, \n\nS.A.M. Kaag\n\n"
                + "De minister van Justitie en Veiligheid, \n\nF.B.J. Grapperhaus\n";
        AnnotatedText t = segment("2022-06-17-samenhang", text);
        for (String name : List.of("W.B. Hoekstra", "K.H. Ollongren", "S.A.M. Kaag", "F.B.J. Grapperhaus")) {
            assertTrue(Texts.covered(t, at(t, name)).contains(name), () -> name + " is split: "
                    + Texts.describe(t, t.segments()));
        }
    }

    /** Four initials, as the 2022 samenhang letter signs ("E.N.A.J. Schreinemacher"), are initials too. */
    @Test
    void fourInitialsStayWithTheName() {
        String text = "De Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking, \n"
                + "E.N.A.J. Schreinemacher \n\nDe Minister van Justitie en Veiligheid, \n";
        AnnotatedText t = segment("2022-06-17-samenhang", text);
        assertTrue(Texts.covered(t, at(t, "E.N.A.J.")).contains("E.N.A.J. Schreinemacher"),
                () -> Texts.describe(t, t.segments()));
    }

    private static final String MEMO = "# nota\n\n"
            + "Toekomst en samenhang Nederlandse inzet missies en operaties 2025-2028\n\n"
            + "## Aanleiding\n\n"
            + "- Tijdens de introductiebriefing missies en operaties (13 september 2024) met M, R en MinDEF is "
            + "besloten tot het opstellen van een samenghangbrief inzake Nederlandse inzet t.a.v. missies en "
            + "operaties in de periode 2025 tot en met medio 2028.\n"
            + "- Toezegging aan de Kamer tijdens het CD missies en operaties (22 oktober 2024) om deze brief "
            + "uiterlijk in Q1 2025 te verzenden.\n\n"
            + "### **1. Te beëindigen en afschaling nationale kaders (recent en op korte termijn)**\n\n"
            + "#### Kleinschalige bijdragen\n\n"
            + "- *United Nations Mission in South Sudan* (UNMISS) – van twee naar 0 personen;\n"
            + "- *European Union Capacity Building Mission* (EUCAP) in Somalië – van acht naar zes personen;\n"
            + "- Anti-piraterij-operatie *European Union Naval Force* (EUNAVFOR) Atalanta – van drie naar twee "
            + "personen.\n\n"
            + "#### Europa\n\n"
            + "- [Kosovo] NAVO missie in Kosovo (KFOR) – één persoon;\n";

    /** A Markdown "#" line is a heading of that depth; "- " lines are list items under it. */
    @Test
    void markdownHeadingsAndListItems() {
        AnnotatedText t = segment("2025-02-13-beslisnota-inzet-2025-2028", MEMO);
        Segment nota = at(t, "# nota");
        assertEquals(Segment.Kind.HEADING, nota.kind());
        assertEquals(1, nota.level());
        assertEquals("nota", Texts.covered(t, nota).replaceFirst("^#+ ", ""));
        Segment aanleiding = at(t, "## Aanleiding");
        assertEquals(Segment.Kind.HEADING, aanleiding.kind());
        assertEquals(2, aanleiding.level());
        assertEquals("Aanleiding", Texts.covered(t, aanleiding).replaceFirst("^#+ ", ""));
        Segment kleinschalig = at(t, "#### Kleinschalige bijdragen");
        assertEquals(Segment.Kind.HEADING, kleinschalig.kind());
        assertEquals(4, kleinschalig.level());
        assertEquals(3, at(t, "### **1. Te beëindigen").level());

        Segment toezegging = at(t, "- Toezegging aan de Kamer");
        assertEquals(Segment.Kind.ITEM, toezegging.kind());
        assertEquals(aanleiding.index(), toezegging.section());
        assertEquals("Toezegging aan de Kamer tijdens het CD missies en operaties (22 oktober 2024) om deze brief "
                + "uiterlijk in Q1 2025 te verzenden.", Texts.covered(t, toezegging).replaceFirst("^- ", ""));

        // the gold quote of the UNMISS record is this item, asterisks included
        Segment unmiss = at(t, "- *United Nations Mission in South Sudan*");
        assertEquals(Segment.Kind.ITEM, unmiss.kind());
        assertEquals(kleinschalig.index(), unmiss.section());
        assertEquals("*United Nations Mission in South Sudan* (UNMISS) – van twee naar 0 personen;",
                Texts.covered(t, unmiss).replaceFirst("^- ", ""));
        Segment eucap = at(t, "- *European Union Capacity Building Mission*");
        assertEquals(Segment.Kind.ITEM, eucap.kind());
        assertEquals("*European Union Capacity Building Mission* (EUCAP) in Somalië – van acht naar zes personen;",
                Texts.covered(t, eucap).replaceFirst("^- ", ""));

        Segment europa = at(t, "#### Europa");
        Segment kfor = at(t, "- [Kosovo]");
        assertEquals(Segment.Kind.ITEM, kfor.kind());
        assertEquals(europa.index(), kfor.section());
        assertEquals("[Kosovo] NAVO missie in Kosovo (KFOR) – één persoon;",
                Texts.covered(t, kfor).replaceFirst("^- ", ""));
        assertEquals(europa.index(), europa.section());
    }

    /** A fact sheet of short label/value lines (defensie.nl EUSEC page) is one label unit. */
    @Test
    void aFactSheetIsALabelBlock() {
        String page = Texts.corpus("more/2006-2012-historische-missie-eusec-drc-defensie.txt");
        AnnotatedText t = segment("2006-2012-historische-missie-eusec-drc-defensie", page);
        Segment block = at(t, "Aantal militairen");
        assertEquals(Segment.Kind.LABEL, block.kind());
        assertTrue(Texts.covered(t, block).contains("Duur missie\n15 mei 2006 - 1 februari 2012\nAantal militairen\n24"),
                Texts.covered(t, block));
    }

    // ------------------------------------------------------------------ questions

    private static final AnnotatedText VERSLAG = segment("2025-05-verslag-so-inzet-2025-2028",
            Texts.corpus("2025-05-verslag-so-inzet-2025-2028.txt"));

    /** Verslag 2025: the members' paragraphs up to "N. Antwoord van het kabinet:" are questions; answers are not. */
    @Test
    void aVerslagMarksTheMembersQuestionsNotTheAnswers() {
        for (String q : List.of(
                "De leden van de GroenLinks-PvdA-fractie hebben kennisgenomen van de brief",
                "inzake de internationale inzet van Nederlandse militairen, civiele experts en",
                "De leden van de GroenLinks-PvdA-fractie lezen dat het kabinet anders om wil gaan met de",
                "Nederlandse bijdragen aan missies en operaties vanwege de focus op hoofdtaak 1 van de",
                "Wat valt er bijvoorbeeld weg en wat gaat de krijgsmacht juist meer doen in",
                "De leden van de GroenLinks-PvdA-fractie lezen dat het kabinet zes Nederlandse belangen",
                "Vragen en opmerkingen van de leden van de VVD-fractie",
                "De leden van de VVD-fractie vinden het van belang dat Nederland en Europese landen",
                "Deze leden vragen het kabinet of er recente voorbeelden zijn van missies",
                // a member quoting the letter: "..., zo lezen de leden van de NSC-fractie. Zij vragen ..."
                "Het kabinet verkent de mogelijkheid om een infanteriecompagnie aan de militaire operatie")) {
            assertTrue(at(VERSLAG, q).question(), () -> "a question: " + q);
        }
        for (String a : List.of(
                "Het kabinet heeft in de Kamerbrief over internationale inzet van Nederlandse militairen,",
                "De keuze waarom wel of niet wordt bijgedragen aan",
                "(Civiele) Gemeenschappelijk Veiligheid- en Defensiebeleid (GVDB) missies met een",
                "Een concreet voorbeeld van een missie",
                "Voorbeelden zijn de anti-piraterijmissie EUNAVFOR Atalanta en de recente beëindigde",
                "vormt de infanteriecompagnie onderdeel van")) {
            assertFalse(at(VERSLAG, a).question(), () -> "the government's answer: " + a);
        }
    }

    /** Kamervragen 2008 with "Vraag N" and "Antwoord" labels. */
    @Test
    void kamervragenQuestionAndAnswer() {
        String page = Texts.corpus("more/2008-03-11-antwoorden-kamervragen-artikel100-tsjaad.txt");
        AnnotatedText t = segment("2008-03-11-antwoorden-kamervragen-artikel100-tsjaad", page);
        assertTrue(at(t, "Deelt u de mening dat dergelijke berichtgeving de zorgvuldigheid").question());
        assertTrue(at(t, "Kent u het bericht").question());
        assertFalse(at(t, "Het is niet goed dat informatie over mogelijke missies in de media terechtkomt").question());
    }

    @Test
    void aSentenceEndingInAQuestionMarkIsAQuestion() {
        String text = "Wat valt er bijvoorbeeld weg en wat gaat de krijgsmacht juist meer doen in het kader van de "
                + "Nederlandse veiligheidsbelangen? Het kabinet verlengt de bijdrage met twaalf militairen aan UNTSO "
                + "tot en met 31 juli 2025.";
        AnnotatedText t = segment("2022-06-17-samenhang", text);
        assertEquals(2, t.segments().size(), () -> Texts.describe(t, t.segments()));
        assertTrue(t.segments().get(0).question());
        assertTrue(Texts.covered(t, t.segments().get(0)).endsWith("veiligheidsbelangen?"));
        assertFalse(t.segments().get(1).question());
    }

    @Test
    void paragraphsAreNumberedByBlankLines() {
        String text = "Voort te zetten inzet \n\nDe United Nations interim- Force in Lebanon (UNIFIL) richt zich op \n"
                + "beëindiging van vijandelijkheden in het grensgebied tussen Israël en \nLibanon. Het kabinet verlengt \n"
                + "de bijdrage met een genderadviseur aan UNIFIL tot en met 31 juli 2025. \n\n"
                + "De United Nations Truce Supervision Organization (UNTSO) heeft als taak \n"
                + "toezicht te houden op de bestanden tussen Israël en de omringende \nlanden. ";
        AnnotatedText t = segment("2022-06-17-samenhang", text);
        Segment heading = at(t, "Voort te zetten inzet");
        Segment unifil = at(t, "Het kabinet verlengt");
        Segment untso = at(t, "De United Nations Truce");
        assertEquals(Segment.Kind.HEADING, heading.kind());
        assertEquals(heading.paragraph() + 1, unifil.paragraph());
        assertEquals(unifil.paragraph() + 1, untso.paragraph());
        assertEquals(at(t, "De United Nations interim").paragraph(), unifil.paragraph());
        assertEquals(heading.index(), untso.section());
    }

    // ------------------------------------------------------------------ every corpus letter

    static Stream<Path> corpusFiles() throws IOException {
        return Texts.corpusLetters();
    }

    /** Segments are trimmed, ordered, do not overlap, are numbered in order, and point at earlier headings. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void segmentInvariantsOnEveryCorpusLetter(Path file) {
        String name = file.getFileName().toString();
        AnnotatedText t = segment(name.substring(0, name.lastIndexOf('.')), Texts.corpus(file.toString()));
        List<Segment> segs = t.segments();
        assertFalse(segs.isEmpty());
        int lastEnd = 0;
        int lastParagraph = 0;
        for (int i = 0; i < segs.size(); i++) {
            Segment s = segs.get(i);
            String covered = Texts.covered(t, s);
            assertNotNull(covered);
            assertFalse(covered.isBlank(), "empty segment " + s);
            assertEquals(covered.strip(), covered, "segment not trimmed: " + s);
            assertTrue(s.start() >= lastEnd, "segment " + i + " overlaps the one before");
            assertEquals(i, s.index());
            assertTrue(s.paragraph() >= lastParagraph, "paragraph numbers run backwards at " + i);
            assertTrue(s.section() < 0 || segs.get(s.section()).isHeading(), "section of " + i + " is no heading");
            assertTrue(s.section() <= i);
            assertEquals(s.isHeading(), s.level() > 0, "level of " + s);
            lastEnd = s.end();
            lastParagraph = s.paragraph();
        }
    }
}
