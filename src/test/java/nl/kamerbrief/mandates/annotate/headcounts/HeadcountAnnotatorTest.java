package nl.kamerbrief.mandates.annotate.headcounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.kamerbrief.mandates.annotate.AnnotatedText;
import nl.kamerbrief.mandates.annotate.Category;
import nl.kamerbrief.mandates.annotate.Headcount;
import nl.kamerbrief.mandates.annotate.Headcount.Flag;
import nl.kamerbrief.mandates.annotate.Layer;
import nl.kamerbrief.mandates.annotate.Qualifier;
import nl.kamerbrief.mandates.annotate.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Numbers of people as spec section 2 reads them, in sentences of the corpus letters; expected values from the
 * spec and the gold NOTES (items 28-31 of NOTES-other-seeds, 9-13 of NOTES-samenhang, 11-14 of NOTES-more).
 */
class HeadcountAnnotatorTest {

    private static AnnotatedText counts(String text) {
        return Texts.annotate("2022-06-17-test", text, Layer.HEADCOUNTS);
    }

    private static Headcount at(AnnotatedText t, String covered) {
        return Texts.only(t, t.headcounts(), covered);
    }

    /** The one headcount whose covered text starts with {@code prefix}. */
    private static Headcount startingWith(AnnotatedText t, String prefix) {
        List<Headcount> hits = t.headcounts().stream().filter(h -> Texts.covered(t, h).startsWith(prefix)).toList();
        if (hits.size() != 1) {
            fail("expected one headcount starting with '" + prefix.replace("\n", "\\n") + "', found " + hits.size()
                    + ":\n" + Texts.describe(t, t.headcounts()));
        }
        return hits.get(0);
    }

    private static Set<Category> categories(Headcount h) {
        return new HashSet<>(h.categories());
    }

    @Test
    void maximaalAchtCivieleEnPolitieExperts() {
        AnnotatedText t = counts("Het kabinet acht het van belang om civiele steun aan Oekraïne voort te \n"
                + "zetten, met een bijdrage van maximaal acht civiele en politie-experts aan \n"
                + "EUAM Oekraïne tot en met 31 juli 2025.");
        assertEquals(1, t.headcounts().size(), () -> "\"acht\" as a verb is no number:\n"
                + Texts.describe(t, t.headcounts()));
        Headcount h = at(t, "maximaal acht civiele en politie-experts");
        assertEquals(8, h.count());
        assertEquals(Qualifier.MAX, h.qualifier());
        assertEquals(8, h.max());
        assertNull(h.min());
        assertNull(h.previous());
        assertEquals(Set.of(Category.CIVILIAN, Category.POLICE), categories(h));
        assertEquals(Headcount.Kind.PERSON, h.kind());
    }

    /** EUMM Georgië: 15, previous 10; gold categories civilian and police. */
    @Test
    void vanTienNaarVijftien() {
        AnnotatedText t = counts("Het kabinet heeft besloten de Neder-\nlandse bijdrage te verlengen tot en met "
                + "31 juli 2025 en bovendien te \nverhogen van tien naar vijftien civiele experts en "
                + "politiefunctionarissen. \n");
        Headcount h = startingWith(t, "vijftien civiele experts");
        assertEquals(15, h.count());
        assertEquals(10, h.previous());
        assertEquals(Qualifier.EXACT, h.qualifier());
        assertEquals(Set.of(Category.CIVILIAN, Category.POLICE), categories(h));
        assertTrue(t.headcounts().stream().filter(c -> c.count() == 10).allMatch(c -> c.has(Flag.FROM)),
                () -> "ten is only the previous size:\n" + Texts.describe(t, t.headcounts()));
    }

    /** MINUSMA 2022: three parts of one list (gold sums them to 16, max). */
    @Test
    void aRangeAMaximumAndANumberInOneList() {
        AnnotatedText t = counts("Tot eind juli \n2022 bedraagt de Nederlandse bijdrage twee tot drie stafofficieren, \n"
                + "maximaal tien Koninklijke Marechaussee- en politiefunctionarissen als \n"
                + "Individual Police Officer bij UNPOL en drie militairen ten behoeve van de \n"
                + "Duitse Intelligence, Surveillance and Reconnaissance-taakgroep. ");
        Headcount range = at(t, "twee tot drie stafofficieren");
        assertEquals(3, range.count());
        assertEquals(2, range.min());
        assertEquals(3, range.max());
        assertEquals(Qualifier.RANGE, range.qualifier());
        assertEquals(Set.of(Category.MILITARY), categories(range));
        Headcount kmar = at(t, "maximaal tien Koninklijke Marechaussee- en politiefunctionarissen");
        assertEquals(10, kmar.count());
        assertEquals(Qualifier.MAX, kmar.qualifier());
        assertEquals(Set.of(Category.KMAR, Category.POLICE), categories(kmar));
        Headcount military = at(t, "drie militairen");
        assertEquals(3, military.count());
        assertEquals(Qualifier.EXACT, military.qualifier());
        assertEquals(Set.of(Category.MILITARY), categories(military));
        assertTrue(range.group() >= 0);
        assertEquals(range.group(), kmar.group());
        assertEquals(range.group(), military.group());
        assertEquals(3, t.headcounts().size(), () -> Texts.describe(t, t.headcounts()));
    }

    /** MAICC: "een of twee stafofficieren" is count 2, range (NOTES-samenhang 13). */
    @Test
    void eenOfTwee() {
        AnnotatedText t = counts("In aanvulling daarop onderzoekt het kabinet de \nmogelijkheid van een bijdrage met "
                + "een of twee stafofficieren aan de \nMAICC, voor de voorlopige duur van een jaar (startdatum nog te "
                + "bepalen). ");
        Headcount h = at(t, "een of twee stafofficieren");
        assertEquals(2, h.count());
        assertEquals(1, h.min());
        assertEquals(2, h.max());
        assertEquals(Qualifier.RANGE, h.qualifier());
        assertEquals(1, t.headcounts().size(), () -> Texts.describe(t, t.headcounts()));
    }

    @Test
    void aBareSingularIsOne() {
        AnnotatedText t = counts("Het kabinet verlengt \nde bijdrage met een genderadviseur aan UNIFIL tot en met 31 juli "
                + "2025, \nvanwege het belang van deze missie voor stabiliteit in de regio. ");
        Headcount h = at(t, "een genderadviseur");
        assertEquals(1, h.count());
        assertEquals(Qualifier.EXACT, h.qualifier());
        assertTrue(h.has(Flag.SINGULAR));
        assertEquals(1, t.headcounts().size(), () -> Texts.describe(t, t.headcounts()));
    }

    @Test
    void eenPersoonAndCircaEenPersoon() {
        AnnotatedText t = counts("- [Kosovo] NAVO missie in Kosovo (KFOR) – één persoon;\n"
                + "- [Japan] *Pacific Security Maritime Exchange/Enforcement Coordination Cell* (PSMX/ECC) – circa één "
                + "persoon.\n");
        Headcount kfor = at(t, "één persoon");
        assertEquals(1, kfor.count());
        assertEquals(Qualifier.EXACT, kfor.qualifier());
        Headcount psmx = at(t, "circa één persoon");
        assertEquals(1, psmx.count());
        assertEquals(Qualifier.APPROX, psmx.qualifier());
    }

    /** A unit without a number ("een infanteriecompagnie") is no count (spec section 2). */
    @Test
    void aUnitIsNoCount() {
        AnnotatedText t = counts("Het kabinet verkent de mogelijkheid om een infanteriecompagnie aan de militaire "
                + "operatie \nEUFOR Althea te leveren, zo lezen de leden van de NSC-fractie. ");
        assertTrue(t.headcounts().isEmpty(), () -> Texts.describe(t, t.headcounts()));
        AnnotatedText memo = counts("- (Verkenning) [Bosnië en Herzegovina] EUFOR Althea – een infanteriecompagnie, "
                + "*Human Intelligence Team* (HUMINT) en stafofficieren – circa 195 personen;\n");
        Headcount h = at(memo, "circa 195 personen");
        assertEquals(195, h.count());
        assertEquals(Qualifier.APPROX, h.qualifier());
        assertEquals(1, memo.headcounts().size(), () -> Texts.describe(memo, memo.headcounts()));
    }

    /** EMASoH: "twee (nu tijdelijk vier)" is 2; the temporary four is not the standing number. */
    @Test
    void theStandingNumberNotTheTemporaryOne() {
        AnnotatedText t = counts("In afwachting van de \nuitkomst van deze discussie verlengt het kabinet de personele "
                + "bijdrage \naan EMASoH met twee (nu tijdelijk vier) militairen/stafofficieren voorlopig \n"
                + "tot en met 31 juli 2023. ");
        Headcount h = startingWith(t, "twee (nu tijdelijk vier) militairen");
        assertEquals(2, h.count());
        assertEquals(Set.of(Category.MILITARY), categories(h));
        assertTrue(t.headcounts().stream().filter(c -> c.count() == 4).allMatch(c -> c.has(Flag.TEMPORARY)),
                () -> Texts.describe(t, t.headcounts()));
    }

    /** Fact sheets: "Aantal militairen: 62" (NIMH overview), "Aantal militairen\n24" (defensie.nl EUSEC page). */
    @Test
    void aLabelledNumber() {
        AnnotatedText nimh = counts("European Union Force Democratic Republic of Congo (EUFOR RDC) Duur: 13 juli – 18 "
                + "december 2006\n\nAantal militairen: 62 Onderscheidingen: geen Dodelijke slachtoffers: geen\n");
        Headcount h = at(nimh, "Aantal militairen: 62");
        assertEquals(62, h.count());
        assertTrue(h.has(Flag.LABEL));
        assertEquals(Set.of(Category.MILITARY), categories(h));

        AnnotatedText eusec = counts("Duur missie\n15 mei 2006 - 1 februari 2012\nAantal militairen\n24\n"
                + "Dodelijke slachtoffers\ngeen\n");
        Headcount e = at(eusec, "Aantal militairen\n24");
        assertEquals(24, e.count());
        assertTrue(e.has(Flag.LABEL));
    }

    /** SNMG1 2022: "ca. 190 bemanningsleden" is 190, approx, a crew (gold: 190 approx). */
    @Test
    void aCrew() {
        AnnotatedText t = counts("Het marineschip sluit zich de komende vier maanden aan bij de Standing NATO Maritime "
                + "Group 1 (SNMG1). Minister Kajsa Ollongren zwaait de ca. 190 bemanningsleden uit.");
        Headcount h = at(t, "ca. 190 bemanningsleden");
        assertEquals(190, h.count());
        assertEquals(Qualifier.APPROX, h.qualifier());
        assertEquals(Headcount.Kind.CREW, h.kind());
        assertTrue(t.headcounts().stream().noneMatch(c -> c.count() == 4 || c.count() == 1),
                () -> "\"vier maanden\" and \"Group 1\" count no people:\n" + Texts.describe(t, t.headcounts()));
    }

    /** EMASoH 2020: "meer dan 200 militairen" is 200, min (NOTES-more 12). */
    @Test
    void meerDanIsAMinimum() {
        AnnotatedText t = counts("Zr. Ms. De Ruyter is een luchtverdedigings- en commandofregat met meer dan 200 "
                + "militairen aan boord.");
        Headcount h = at(t, "meer dan 200 militairen");
        assertEquals(200, h.count());
        assertEquals(Qualifier.MIN, h.qualifier());
        assertEquals(200, h.min());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            Nederland nam in de periode van juni 1998 tot juni 2001 met ongeveer honderd militairen deel aan de VN-vredesmissie op Cyprus. | ongeveer honderd militairen | 100 | APPROX
            Nederland levert per 1 januari 2011 ongeveer 1.200 militairen aan de snelle interventiemacht van de Europese Unie, de EU-Battlegroup. | ongeveer 1.200 militairen | 1200 | APPROX
            In totaal zijn bij deze bijdragen ongeveer 200 Nederlandse militairen betrokken. | ongeveer 200 Nederlandse militairen | 200 | APPROX
            Het BST-II bestaat uit ongeveer 55 personen van de marechaussee, landmacht, de Nationale Politie en het ministerie van Veiligheid en Justitie. | ongeveer 55 personen | 55 | APPROX
            De Europese trainingsmissie (EUTM) in Mali telt normaal 6 Nederlandse militairen, maar is tijdelijk opgeschort. | 6 Nederlandse militairen | 6 | EXACT
            Het kabinet verlengt de bijdrage met twaalf militairen aan UNTSO tot en met 31 juli 2025. | twaalf militairen | 12 | EXACT
            Nederland droeg acht experts bij aan de SMM. | acht experts | 8 | EXACT
            Het amfibisch transportschip met ca. 275 militairen aan boord neemt eveneens deel aan de grote oefening Cold Response. | ca. 275 militairen | 275 | APPROX
            - [Griekenland/OHQ] EUNAVFOR operatie Aspides – circa tien personen. | circa tien personen | 10 | APPROX
            - *European Union Partnership Mission* (EUPM) Moldavië – circa vijf personen; | circa vijf personen | 5 | APPROX
            De 4 militairen arriveerden op 11 oktober 2005 in Kosovo. | 4 militairen | 4 | EXACT
            Van 1 februari tot 1 juli 2007 stelde het ministerie van Defensie ook een chirurgisch team van 7 personen aan KFOR beschikbaar. | 7 personen | 7 | EXACT
            Het kabinet heeft besloten de bijdrage met maximaal drie stafofficieren aan de European Union Naval Force Mediterranean Operation Irini te beëindigen. | maximaal drie stafofficieren | 3 | MAX
            """)
    void numbersWithTheirQualifier(String sentence, String covered, int count, Qualifier qualifier) {
        AnnotatedText t = counts(sentence);
        Headcount h = at(t, covered);
        assertEquals(count, h.count());
        assertEquals(qualifier, h.qualifier());
    }

    /** "een dozijn" is a written-out number (spec section 2): twelve. */
    @Test
    void aDozen() {
        AnnotatedText t = counts("Het kabinet verlengt de bijdrage met een dozijn militairen aan UNTSO tot en met 31 juli "
                + "2025.");
        Headcount h = startingWith(t, "een dozijn");
        assertEquals(12, h.count());
        assertEquals("een dozijn militairen", Texts.covered(t, h));
        assertEquals(1, t.headcounts().size(), () -> Texts.describe(t, t.headcounts()));
    }

    /** BST-II: the categories come from the words after the noun too (gold: kmar, military, police, civilian). */
    @Test
    void categoriesFromTheOrganisationsThatFollow() {
        AnnotatedText t = counts("Het BST-II bestaat uit ongeveer 55 personen van de marechaussee, landmacht, de "
                + "Nationale Politie en het ministerie van Veiligheid en Justitie.");
        Headcount h = at(t, "ongeveer 55 personen");
        assertTrue(categories(h).containsAll(Set.of(Category.KMAR, Category.MILITARY, Category.POLICE)),
                () -> h.categories().toString());
    }

    /** EUPOL COPPS: "(civiel/politie)" after the noun gives both categories (gold). */
    @Test
    void categoriesInBracketsAfterTheNoun() {
        AnnotatedText t = counts("Het kabinet verlengt de bijdrage aan EUPOL COPPS met vijf \npersonen (civiel/politie) "
                + "tot en met 31 juli 2025. ");
        Headcount h = startingWith(t, "vijf \npersonen");
        assertEquals(5, h.count());
        assertEquals(Set.of(Category.CIVILIAN, Category.POLICE), categories(h));
    }

    /** Memo 2025, Sahel bullet: 4, 20 and 10, the last two with the noun left out (NOTES-other-seeds 22). */
    @Test
    void elliptic() {
        AnnotatedText t = counts("- Geen grootschalige inzet meer (onder het vorige kabinet diverse bijdragen aan missies "
                + "in de Sahel, waaronder vier personen aan EUTM Mali, twintig aan MINUSMA en tien aan EUCAP Sahel "
                + "Niger).\n");
        assertEquals(3, t.headcounts().size(), () -> Texts.describe(t, t.headcounts()));
        Headcount four = at(t, "vier personen");
        assertEquals(4, four.count());
        assertFalse(four.has(Flag.ELLIPTIC));
        Headcount twenty = at(t, "twintig");
        assertEquals(20, twenty.count());
        assertTrue(twenty.has(Flag.ELLIPTIC));
        Headcount ten = at(t, "tien");
        assertEquals(10, ten.count());
        assertTrue(ten.has(Flag.ELLIPTIC));
    }

    /** EUTM Mali 2022: "maximaal zes personen", then "4 stafofficieren en 2 trainers": one list, its own group. */
    @Test
    void partsOfOneListShareAGroup() {
        AnnotatedText t = counts("In afwachting van de \nuitkomsten van deze discussie heeft het kabinet besloten om het \n"
                + "Nederlandse mandaat van maximaal zes personen voor EUTM Mali \nvooralsnog te verlengen tot en met "
                + "december 2022. Het betreft 4 \nstafofficieren en 2 trainers voor niet-operationele trainingen. ");
        Headcount six = at(t, "maximaal zes personen");
        assertEquals(6, six.count());
        assertEquals(Qualifier.MAX, six.qualifier());
        assertTrue(six.has(Flag.MANDATE));
        Headcount officers = at(t, "4 \nstafofficieren");
        Headcount trainers = at(t, "2 trainers");
        assertEquals(4, officers.count());
        assertEquals(2, trainers.count());
        assertTrue(officers.group() >= 0, "a list of parts has a group");
        assertEquals(officers.group(), trainers.group());
        assertNotEquals(officers.group(), six.group());
        assertEquals(Set.of(Category.MILITARY), categories(officers));
    }

    /** Atalanta: "twee militairen en een POLAD" is 2 + 1 (gold: 3, military and civilian). */
    @Test
    void aNumberAndASingularInOneList() {
        AnnotatedText t = counts("Het kabinet heeft besloten de \ninzet in EUNAVFOR Atalanta met twee militairen en een "
                + "POLAD voorlopig \nvoort te zetten tot en met 31 juli 2023. ");
        Headcount military = at(t, "twee militairen");
        Headcount polad = at(t, "een POLAD");
        assertEquals(2, military.count());
        assertEquals(1, polad.count());
        assertEquals(Set.of(Category.CIVILIAN), categories(polad));
        assertTrue(military.group() >= 0);
        assertEquals(military.group(), polad.group());
    }

    /** ISAF 2004: "de eerste 100 militairen" and "De laatste 80 militairen" are parts of the 180. */
    @Test
    void aSubset() {
        AnnotatedText t = counts("Op vliegbasis Eindhoven keren zaterdag 13 november de eerste 100\n"
                + "militairen terug van het F-16 detachement dat heeft deelgenomen aan de\n"
                + "NAVO-geleide operatie International Security Assistance Force (ISAF)\n"
                + "in Afghanistan. Het detachement van in totaal 180 militairen, zes\n"
                + "F-16's en een KDC tankervliegtuig heeft vanaf 8 september 2004 van de\n"
                + "vliegbasis Manas in Kirgizië de verkiezingen in Afghanistan militair\n"
                + "ondersteund. De laatste 80 militairen en\n"
                + "de zes F-16's worden in de loop van volgende week terugverwacht.");
        Headcount first = at(t, "100\nmilitairen");
        assertEquals(100, first.count());
        assertTrue(first.has(Flag.SUBSET));
        Headcount whole = at(t, "180 militairen");
        assertEquals(180, whole.count());
        assertFalse(whole.has(Flag.SUBSET));
        Headcount last = at(t, "80 militairen");
        assertTrue(last.has(Flag.SUBSET));
        assertTrue(t.headcounts().stream().noneMatch(c -> c.count() == 6),
                () -> "six F-16's are aircraft, not people:\n" + Texts.describe(t, t.headcounts()));
    }

    /** EGF 2010: "2 extra marechaussees" is an increase; "levert al een staffunctionaris" the standing size. */
    @Test
    void anIncreaseAndTheStandingSize() {
        AnnotatedText t = counts("Nederland is al lang betrokken bij de opleiding van Afghaanse agenten. Nederland levert 2 "
                + "extra marechaussees aan de European Gendarmerie Force (EGF) in Afghanistan.\n\n"
                + "De Koninklijke Marechaussee levert al een staffunctionaris aan de EGF. Hier worden per 1 februari 2 "
                + "trainers aan toegevoegd, met de mogelijkheid deze bijdrage uit te breiden tot 5 functies.");
        Headcount extra = at(t, "2 extra marechaussees");
        assertEquals(2, extra.count());
        assertTrue(extra.has(Flag.INCREMENT));
        assertEquals(Set.of(Category.KMAR), categories(extra));
        Headcount standing = at(t, "een staffunctionaris");
        assertEquals(1, standing.count());
        assertTrue(standing.has(Flag.STANDING));
        Headcount added = at(t, "2 trainers");
        assertEquals(2, added.count());
        assertTrue(added.has(Flag.INCREMENT));
    }

    /** Resolute Support 2018: "intensiveren met ongeveer zestig militairen" is an increase of about 60 (gold). */
    @Test
    void anIncreaseWithAQualifier() {
        AnnotatedText t = counts("Het kabinet heeft besloten de Nederlandse bijdrage aan Resolute Support nog in 2018 te \n"
                + "intensiveren met ongeveer zestig militairen ter begeleiding van de Afghan \n"
                + "Special Security Forces (ASSF) als onderdeel van Resolute Support.");
        Headcount h = at(t, "ongeveer zestig militairen");
        assertEquals(60, h.count());
        assertEquals(Qualifier.APPROX, h.qualifier());
        assertTrue(h.has(Flag.INCREMENT));
    }

    /** Takuba: "een mandaat voor twee personen" is the mandate, "levert momenteel een stafofficier" the filling. */
    @Test
    void theMandateAndTheCurrentFilling() {
        AnnotatedText t = counts("Nederland heeft een \nmandaat voor twee personen en levert momenteel een stafofficier "
                + "binnen \nhet Takuba Special Operations Planning and Liaison Element. ");
        Headcount mandate = at(t, "twee personen");
        assertEquals(2, mandate.count());
        assertTrue(mandate.has(Flag.MANDATE));
        Headcount current = at(t, "een stafofficier");
        assertEquals(1, current.count());
        assertTrue(current.has(Flag.CURRENT));
    }

    /** Memo 2025: "van X naar (circa) Y" gives Y with previous X (NOTES-other-seeds 22, 23, 28). */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            - *European Union Capacity Building Mission* (EUCAP) in Somalië – van acht naar zes personen; | zes personen | 6 | 8 | EXACT
            - Anti-piraterij-operatie *European Union Naval Force* (EUNAVFOR) Atalanta – van drie naar twee personen. | twee personen | 2 | 3 | EXACT
            - NAVO-Missie in Irak (NMI) – van een *force protection* compagnie van 145 personen gaan we terug naar circa 20 adviseurs; | circa 20 adviseurs | 20 | 145 | APPROX
            - Nederlandse bijdrage aan de NAVO-Missie in Irak (NMI) en *Operation Inherent Resolve* (OIR) – van 3 Chinook-transporthelikopters en 120 personen naar circa 25 personen. | circa 25 personen | 25 | 120 | APPROX
            - [Armenië] (Uitbreiding) *European Union Mission* Armenië (EUMA) – van tien personen naar circa 15 personen; | circa 15 personen | 15 | 10 | APPROX
            Het kabinet heeft dan ook besloten om de bijdrage aan de EU-capaciteitsopbouwmissies in de Sahel voort te zetten en uit te breiden van acht naar 15 functionarissen. | 15 functionarissen | 15 | 8 | EXACT
            """)
    void aChangeFromOneSizeToAnother(String sentence, String covered, int count, int previous, Qualifier qualifier) {
        AnnotatedText t = counts(sentence + "\n");
        Headcount h = at(t, covered);
        assertEquals(count, h.count());
        assertEquals(previous, h.previous());
        assertEquals(qualifier, h.qualifier());
    }

    /** KFOR page: "de functie van Provost Marshall" is one person; "daalde daarmee naar 3" a number of militairen. */
    @Test
    void aFunctionAndANumberAfterTheNoun() {
        AnnotatedText t = counts("Nederland vulde tot 30 september 2011 de functie van Provost Marshall binnen KFOR. Het "
                + "aantal Nederlandse militairen dat actief was binnen KFOR daalde daarmee naar 3.");
        List<Headcount> one = t.headcounts().stream().filter(h -> h.has(Flag.FUNCTION)).toList();
        assertEquals(1, one.size(), () -> Texts.describe(t, t.headcounts()));
        assertEquals(1, one.get(0).count());
        assertTrue(Texts.covered(t, one.get(0)).contains("functie"));
        Headcount three = at(t, "3");
        assertEquals(3, three.count());
        assertEquals(Set.of(Category.MILITARY), categories(three));
    }

    /** "enkele", "een aantal", "tientallen" are no numbers; money and aircraft are no people. */
    @Test
    void noCount() {
        for (String sentence : List.of(
                "Nederland zal ten slotte enkele stafofficieren leveren voor de hoofdkwartieren die de operatie leiden.",
                "Het kabinet richt zich op een bijdrage tot en met 31 juli 2025 en denkt op dit moment aan een aantal "
                        + "stafofficieren.",
                "Bij de operatie zijn tientallen militairen betrokken.",
                "De raming is dat de additionele kosten van verlenging of uitbreiding van bestaande missies in 2022 "
                        + "maximaal 1 miljoen euro extra gaat kosten.",
                "Zes F-16 jachtvliegtuigen (vier operationeel en twee reserve) in een Air to Air-rol voor de duur van "
                        + "drie maanden.")) {
            AnnotatedText t = counts(sentence);
            assertTrue(t.headcounts().isEmpty(), () -> sentence + "\n" + Texts.describe(t, t.headcounts()));
        }
    }

    // ------------------------------------------------------------------ every corpus letter

    static Stream<Path> corpusFiles() throws IOException {
        return Texts.corpusLetters();
    }

    /** The qualifier agrees with min, max and count everywhere; spans are trimmed; categories do not repeat. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void headcountInvariantsOnEveryCorpusLetter(Path file) {
        String name = file.getFileName().toString();
        AnnotatedText t = Texts.annotate(name.substring(0, name.lastIndexOf('.')), Texts.corpus(file.toString()),
                Layer.HEADCOUNTS);
        for (Headcount h : t.headcounts()) {
            String covered = Texts.covered(t, h);
            assertEquals(covered.strip(), covered, () -> "untrimmed " + h);
            assertFalse(covered.isEmpty());
            assertTrue(h.count() >= 0, () -> "negative " + h);
            assertEquals(h.categories().size(), new HashSet<>(h.categories()).size(), () -> "repeated category " + h);
            switch (h.qualifier()) {
                case RANGE -> {
                    assertTrue(h.min() != null && h.max() != null && h.min() < h.max(), () -> "range " + h);
                    assertEquals(h.max(), h.count(), () -> "a range counts its top " + h);
                }
                case MAX -> assertEquals(h.count(), h.max(), () -> "max " + h);
                case MIN -> assertEquals(h.count(), h.min(), () -> "min " + h);
                default -> {
                }
            }
        }
    }
}
