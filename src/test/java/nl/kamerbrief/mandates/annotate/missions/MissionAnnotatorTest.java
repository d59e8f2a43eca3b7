package nl.kamerbrief.mandates.annotate.missions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.kamerbrief.mandates.annotate.AnnotatedText;
import nl.kamerbrief.mandates.annotate.EntityMention;
import nl.kamerbrief.mandates.annotate.Layer;
import nl.kamerbrief.mandates.annotate.Texts;
import nl.kamerbrief.mandates.rules.MissionEntry;
import nl.kamerbrief.mandates.text.CharSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Missions named, abbreviated, described or only patterned (spec section 2, mission.name / id / known), and what
 * looks like a mission but is not. Sentences from the corpus letters; ids carry the letter's date, which
 * descriptions resolve against.
 */
class MissionAnnotatorTest {

    private static AnnotatedText entities(String id, String text) {
        return Texts.annotate(id, text, Layer.ENTITIES);
    }

    private static List<EntityMention> missions(AnnotatedText t) {
        return t.entities().stream().filter(EntityMention::isMission).toList();
    }

    /** The mission mentions overlapping the first occurrence of {@code phrase}. */
    private static List<EntityMention> missionsAt(AnnotatedText t, String phrase) {
        CharSpan p = Texts.find(t, phrase);
        return missions(t).stream().filter(e -> e.span().overlaps(p)).toList();
    }

    /** The one mission mention overlapping {@code phrase}; fails listing all entities. */
    private static EntityMention missionAt(AnnotatedText t, String phrase) {
        List<EntityMention> hits = missionsAt(t, phrase);
        if (hits.size() != 1) {
            fail("expected one mission at '" + phrase.replace("\n", "\\n") + "', found " + hits.size() + ":\n"
                    + Texts.describe(t, t.entities()));
        }
        return hits.get(0);
    }

    // ------------------------------------------------------------------ names and aliases

    /** "EUAM Oekraïne" and "EUAM Ukraine" are one mission; so are "EUMM Georgia" and "EUMM Georgië" (2022 letter). */
    @Test
    void aliasesFoldToOneMission() {
        AnnotatedText t = entities("2022-06-17-samenhang", "Het kabinet acht het van belang om civiele steun aan "
                + "Oekraïne voort te \nzetten, met een bijdrage van maximaal acht civiele en politie-experts aan \n"
                + "EUAM Oekraïne tot en met 31 juli 2025. De Nederlandse bijdrage aan EUAM Ukraine wordt daarmee "
                + "verlengd.\n\nDe EU \nMonitoring Mission (EUMM) Georgia heeft ten doel de uitvoering van de \n"
                + "Six Point Agreement tussen Rusland en Georgië te monitoren. De bijdrage aan EUMM Georgië wordt "
                + "verhoogd.");
        EntityMention nl = Texts.only(t, missions(t), "EUAM Oekraïne");
        EntityMention en = Texts.only(t, missions(t), "EUAM Ukraine");
        assertEquals("euam-oekraine", nl.missionId());
        assertEquals(nl.missionId(), en.missionId());
        assertEquals("EUAM Oekraïne", nl.name());
        assertTrue(nl.known() && en.known());
        assertEquals(EntityMention.Source.ALIAS, en.source());
        assertEquals("EU", nl.organisation());
        assertEquals("eumm-georgie", missionAt(t, "Monitoring Mission (EUMM) Georgia").missionId());
        assertEquals("eumm-georgie", Texts.only(t, missions(t), "EUMM Georgië").missionId());
    }

    /** "SOLE" is the Special Liaison Element (memo 2025); the English word "sole" is not. */
    @Test
    void anAcronymMatchesOnlyInCapitals() {
        AnnotatedText t = entities("2025-02-13-beslisnota", "- [Ivoorkust] *Special Liaison Element* (SOLE).\n");
        assertFalse(missions(t).isEmpty(), () -> Texts.describe(t, t.entities()));
        assertTrue(missions(t).stream().allMatch(e -> "sole".equals(e.missionId())), () -> Texts.describe(t,
                t.entities()));
        assertTrue(missionsAt(t, "SOLE").stream().anyMatch(e -> "sole".equals(e.missionId())));

        AnnotatedText word = entities("2025-02-13-beslisnota", "Nederland is niet de sole supplier van deze "
                + "capaciteit.");
        assertTrue(missions(word).isEmpty(), () -> Texts.describe(word, word.entities()));
    }

    /** Memo 2025: a long name, the family acronym in brackets and a place ("(EUCAP) in Somalië"). */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            - *European Union Capacity Building Mission* (EUCAP) in Somalië – van acht naar zes personen; | (EUCAP) in Somalië | eucap-somalie
            - [Mali] *European Union Capacity Building Mission* (EUCAP) Sahel Mali – circa zeven personen; | (EUCAP) Sahel Mali | eucap-sahel-mali
            - [Somalië] *European Union Training Mission* (EUTM) Somalië – één persoon. | (EUTM) Somalië | eutm-somalie
            - [Libië] *European Union Border Assistance Mission* (EUBAM) Libië – circa vijf personen; | (EUBAM) Libië | eubam-libya
            - *European Union Border Assistance Mission* (EUBAM) Moldavië – circa vijf personen. | (EUBAM) Moldavië | eubam-moldavie
            - [Qatar] *Operation Poseidon Archer* (OPA) – één niet-operationele stafofficier; | Operation Poseidon Archer | opa
            - [Israël/Palestijnse Gebieden] *Office of Security Coordination for Israel and the Palestinian Authority* (OSC) – circa zeven personen; | (OSC) | osc
            """)
    void acronymFamiliesWithAPlace(String item, String phrase, String id) {
        AnnotatedText t = entities("2025-02-13-beslisnota-inzet-2025-2028", item + "\n");
        List<EntityMention> at = missionsAt(t, phrase);
        assertFalse(at.isEmpty(), () -> "no mission at " + phrase + ":\n" + Texts.describe(t, t.entities()));
        for (EntityMention e : at) {
            assertEquals(id, e.missionId(), () -> Texts.describe(t, t.entities()));
            assertTrue(e.known());
            assertTrue(Texts.covered(t, e).contains(phrase.replaceAll("[()]", "").split(" ")[0]),
                    () -> "covered: " + Texts.covered(t, e));
        }
        assertTrue(missions(t).stream().allMatch(e -> id.equals(e.missionId())),
                () -> "only " + id + ":\n" + Texts.describe(t, t.entities()));
    }

    /** A long name with its acronym ("United Nations Truce Supervision Organization (UNTSO)", 2022 letter). */
    @Test
    void aLongNameWithItsAcronym() {
        AnnotatedText t = entities("2022-06-17-samenhang", "De United Nations Truce Supervision Organization (UNTSO) "
                + "heeft als taak \ntoezicht te houden op de bestanden tussen Israël en de omringende \nlanden. Het "
                + "kabinet verlengt de bijdrage met twaalf militairen aan UNTSO \ntot en met 31 juli 2025.");
        EntityMention longName = missionAt(t, "United Nations Truce Supervision Organization");
        assertEquals("untso", longName.missionId());
        assertEquals("UNTSO", longName.name());
        assertTrue(Texts.covered(t, longName).startsWith("United Nations Truce Supervision Organization"),
                Texts.covered(t, longName));
        EntityMention acronym = Texts.only(t, missions(t), "UNTSO", e -> e.start() > Texts.find(t, "kabinet").start());
        assertEquals("untso", acronym.missionId());
        assertTrue(missions(t).stream().allMatch(e -> "untso".equals(e.missionId())));
    }

    // ------------------------------------------------------------------ descriptions

    /** 2018 letter: "de EU-trainingsmissie in de Sahel" is EUTM Mali (NOTES-other-seeds 15). */
    @Test
    void theEuTrainingMissionInTheSahelIn2018() {
        AnnotatedText t = entities("2018-06-toekomstige-bijdragen-missies", "Nederland blijft de regionale "
                + "G5-troepenmacht steunen en \nhet kabinet heeft in dit kader ook besloten om het mandaat voor de EU-\n"
                + "trainingsmissie in de Sahel te hernieuwen met een bijdrage van vijf militairen.");
        EntityMention e = missionAt(t, "trainingsmissie in de Sahel");
        assertEquals("eutm-mali", e.missionId());
        assertEquals("EUTM Mali", e.name());
        assertTrue(e.known());
        assertFalse(e.shared());
        assertTrue(Texts.covered(t, e).endsWith("trainingsmissie in de Sahel"), Texts.covered(t, e));
        assertTrue(Texts.covered(t, e).startsWith("EU-"), Texts.covered(t, e));
    }

    /** 2018 letter: the plural "EU-capaciteitsopbouwmissies in de Sahel" are EUCAP Sahel Mali and Niger, shared. */
    @Test
    void thePluralNamesBothSahelMissions() {
        AnnotatedText t = entities("2018-06-toekomstige-bijdragen-missies", "Het kabinet heeft dan ook \nbesloten om de "
                + "bijdrage aan de EU-capaciteitsopbouwmissies in de Sahel voort te \nzetten en uit te breiden van "
                + "acht naar 15 functionarissen.");
        List<EntityMention> at = missionsAt(t, "EU-capaciteitsopbouwmissies in de Sahel");
        assertEquals(Set.of("eucap-sahel-mali", "eucap-sahel-niger"),
                at.stream().map(EntityMention::missionId).collect(Collectors.toSet()), () -> Texts.describe(t,
                        t.entities()));
        for (EntityMention e : at) {
            assertTrue(e.shared(), () -> "shared: " + e);
            assertEquals("EU-capaciteitsopbouwmissies in de Sahel", Texts.covered(t, e));
        }
        assertEquals(at.get(0).span(), at.get(1).span());
    }

    /** Resolving a description by organisation, kind, place and the letter's year (gold names). */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2008-03-11-antwoorden-kamervragen-artikel100-tsjaad | Graag bieden wij u hierbij de antwoorden aan op de schriftelijke vragen gesteld door het lid Van Gennip over de zorgvuldigheid rondom de artikel 100-procedure inzake een mogelijke bijdrage van Nederland aan een militaire missie in Tsjaad. | militaire missie in Tsjaad | eufor-tchad-rca
            2018-06-toekomstige-bijdragen-missies | De conclusies van het onderzoek zijn dan ook nadrukkelijk \\nbetrokken bij de besluitvorming van het kabinet over de toekomst van de \\nNederlandse bijdrage aan de VN-missie in Mali en over de bijdragen aan \\nandere missies. | VN-missie in Mali | minusma
            2018-06-toekomstige-bijdragen-missies | Nederland is door de NAVO verzocht bij te dragen aan de NAVO-\\ncapaciteitsopbouwmissie in Irak. | capaciteitsopbouwmissie in Irak | nmi
            2005-01-14-brief-eerste-bijdrage-ntm-i-irak | In de brief van 12 november 2004 is de Kamer reeds op de hoogte gesteld van het voornemen van de regering een proportionele bijdrage te leveren aan de NAVO-trainingsmissie in Irak. | NAVO-trainingsmissie in Irak | ntm-i
            2020-03-02-brief | Het kabinet verlengt de bijdrage aan de NAVO-trainingsmissie in Irak. | NAVO-trainingsmissie in Irak | nmi
            2006-nieuws-eufor-rdc-overweging-bijdrage-defensie | Minister Henk Kamp heeft aangegeven dat Nederland in overleg met Duitsland zal bezien of en in hoeverre het een bijdrage kan leveren aan een militaire EU-operatie in de Democratische Republiek Congo. | EU-operatie in de Democratische Republiek Congo | eufor-rd-congo
            """)
    void descriptionsResolveByOrganisationKindPlaceAndYear(String id, String sentence, String phrase, String mission) {
        AnnotatedText t = entities(id, sentence.replace("\\n", "\n"));
        EntityMention e = missionAt(t, phrase.replace("\\n", "\n"));
        assertEquals(mission, e.missionId(), () -> Texts.describe(t, t.entities()));
        assertTrue(e.known());
        assertTrue(Texts.covered(t, e).endsWith(phrase.substring(phrase.lastIndexOf(' ') + 1)),
                () -> "covered: " + Texts.covered(t, e));
    }

    // ------------------------------------------------------------------ not in the catalogue

    @Test
    void anUnknownOperationByPattern() {
        AnnotatedText t = entities("2019-01-15-brief", "Nederland levert een bijdrage aan operatie Northern Shield.");
        EntityMention e = missionAt(t, "Northern Shield");
        assertEquals("Northern Shield", e.name());
        assertFalse(e.known());
        assertEquals("northern-shield", e.missionId());
        assertTrue(Texts.covered(t, e).endsWith("Northern Shield"), Texts.covered(t, e));
    }

    @Test
    void anUnknownMemberOfAKnownFamily() {
        AnnotatedText t = entities("2025-05-01-brief", "Het kabinet onderzoekt een bijdrage aan EUNAVFOR Sentinel.");
        EntityMention e = missionAt(t, "EUNAVFOR Sentinel");
        assertEquals("EUNAVFOR Sentinel", e.name());
        assertEquals("EUNAVFOR Sentinel", Texts.covered(t, e));
        assertFalse(e.known());
        assertEquals("eunavfor-sentinel", e.missionId());
    }

    /** A deployment without an official name: "<system> <country or sea>" (spec section 2). */
    @Test
    void unnamedDeployments() {
        AnnotatedText t = entities("2022-06-17-samenhang", "1 De bijdrage aan eFP Litouwen (tot eind 2024), de Patriots "
                + "in Slowakije (tot oktober 2022) en de \nbijdrage aan de FRA geleide battle group in Roemenië (tot zomer "
                + "2023).");
        EntityMention patriots = missionAt(t, "Patriots in Slowakije");
        assertEquals("Patriots Slowakije", patriots.name());
        assertEquals("patriots-slowakije", patriots.missionId());
        assertEquals("Patriots in Slowakije", Texts.covered(t, patriots));
        assertEquals("efp-litouwen", missionAt(t, "eFP Litouwen").missionId());
        assertEquals("battle-group-roemenie", missionAt(t, "battle group in Roemenië").missionId());

        AnnotatedText mrtt = entities("2025-02-13-beslisnota-inzet-2025-2028", "- (Verkenning) Luchttanker capaciteit "
                + "t.b.v. operaties in de Rode Zee regio.\n");
        assertEquals("mrtt-rode-zee", missionAt(mrtt, "Luchttanker").missionId());

        AnnotatedText nasams = entities("2024-05-01-brief", "Nederland zet NASAMS in Polen in ter bescherming van de "
                + "logistieke knooppunten.");
        EntityMention n = missionAt(nasams, "NASAMS");
        assertEquals("NASAMS Polen", n.name());
        assertFalse(n.known());
    }

    // ------------------------------------------------------------------ what is not a mission

    /** SNMG1 2022: "de grote oefening Cold Response" is an exercise (NOTES-more 8). */
    @Test
    void anExerciseIsNoMission() {
        AnnotatedText t = entities("2022-03-03-nieuws-snmg1-de-zeven-provincien-rijksoverheid", "Het amfibisch "
                + "transportschip met ca. 275 militairen aan boord neemt eveneens deel aan de grote oefening Cold "
                + "Response.");
        CharSpan p = Texts.find(t, "Cold Response");
        List<EntityMention> at = t.entities().stream().filter(e -> e.span().overlaps(p)).toList();
        assertEquals(1, at.size(), () -> Texts.describe(t, t.entities()));
        assertEquals(EntityMention.Type.EXERCISE, at.get(0).type());
        assertFalse(at.get(0).isMission());
        assertTrue(at.get(0).absorbsValues());
        assertTrue(Texts.covered(t, at.get(0)).endsWith("Cold Response"));
        assertTrue(missions(t).isEmpty(), () -> Texts.describe(t, t.entities()));
    }

    /** MINUSMA 2022: "Individual Police Officer bij UNPOL" names the UN police component, not a mission. */
    @Test
    void unpolIsNoMission() {
        AnnotatedText t = entities("2022-06-17-samenhang", "Tot eind juli \n2022 bedraagt de Nederlandse bijdrage twee tot "
                + "drie stafofficieren, \nmaximaal tien Koninklijke Marechaussee- en politiefunctionarissen als \n"
                + "Individual Police Officer bij UNPOL en drie militairen ten behoeve van de \nDuitse Intelligence, "
                + "Surveillance and Reconnaissance-taakgroep. ");
        assertTrue(missionsAt(t, "UNPOL").isEmpty(), () -> Texts.describe(t, t.entities()));
        assertTrue(missionsAt(t, "Individual Police Officer").isEmpty(), () -> Texts.describe(t, t.entities()));
        List<EntityMention> unpol = Texts.overlapping(t.entities(), Texts.find(t, "UNPOL"));
        assertFalse(unpol.isEmpty(), "UNPOL is known as a non-mission");
        assertEquals(EntityMention.Type.NON_MISSION, unpol.get(0).type());
        assertNull(unpol.get(0).missionId());
    }

    /** "de Frans geleide operatie Barkhane" is a French national operation, listed as no mission. */
    @Test
    void organisationsAreNoMissions() {
        AnnotatedText t = entities("2022-06-17-samenhang", "Taakgroep Takuba beoogde de Malinese strijdkrachten door "
                + "middel van \nadvisering, assistentie en begeleiding te ondersteunen bij gevechtsope-\nraties tegen "
                + "terroristische groeperingen in de Liptako-Gourma-regio. Nederland levert momenteel een stafofficier "
                + "binnen het Takuba Special Operations Planning and Liaison Element, in het \nhoofdkwartier van de "
                + "Frans geleide operatie Barkhane in de hoofdstad \nvan Tsjaad, N’Djamena. De NAVO en de EU zijn "
                + "hierover geïnformeerd.");
        assertTrue(missionsAt(t, "Barkhane").isEmpty(), () -> Texts.describe(t, t.entities()));
        assertTrue(missionsAt(t, "NAVO").isEmpty(), () -> Texts.describe(t, t.entities()));
        assertEquals("takuba", missionAt(t, "Taakgroep Takuba").missionId());
    }

    /** roles.tsv examples: "bijdrage ... aan UNMISS" is the target, "de link met EUPOL COPPS" background. */
    @Test
    void theRoleOfAMention() {
        AnnotatedText t = entities("2022-06-17-samenhang", "Het kabinet heeft besloten de bijdrage met twee civiele "
                + "experts aan UNMISS te verlengen tot en met 31 juli 2025. Dit draagt bij aan versterking van de link "
                + "met EUPOL COPPS.");
        assertEquals(EntityMention.Role.TARGET, missionAt(t, "UNMISS").role());
        assertEquals(EntityMention.Role.BACKGROUND, missionAt(t, "EUPOL COPPS").role());
    }

    // ------------------------------------------------------------------ every corpus letter

    static Stream<Path> corpusFiles() throws IOException {
        return Texts.corpusLetters();
    }

    private static final Map<String, MissionEntry> CATALOGUE = Texts.RULES.missions().stream()
            .collect(Collectors.toMap(MissionEntry::id, Function.identity()));

    /** Known missions carry the catalogue's id and name; unknown ones a slug of their name; others no id. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void mentionInvariantsOnEveryCorpusLetter(Path file) {
        String name = file.getFileName().toString();
        AnnotatedText t = entities(name.substring(0, name.lastIndexOf('.')), Texts.corpus(file.toString()));
        for (EntityMention e : t.entities()) {
            String covered = Texts.covered(t, e);
            assertFalse(covered.isBlank(), () -> "empty mention " + e);
            assertEquals(covered.strip(), covered, () -> "untrimmed mention " + e);
            assertNotNull(e.name(), () -> "no name: " + e);
            if (e.isMission() && e.known()) {
                MissionEntry m = CATALOGUE.get(e.missionId());
                assertNotNull(m, () -> "known mission not in the catalogue: " + e);
                assertEquals(m.name(), e.name());
                assertEquals(m.organisation(), e.organisation());
            } else if (e.isMission()) {
                assertNotNull(e.missionId());
                assertFalse(CATALOGUE.containsKey(e.missionId()) && CATALOGUE.get(e.missionId()).name()
                        .equals(e.name()), () -> "a catalogue mission marked unknown: " + e);
                assertTrue(e.missionId().matches("[a-z0-9][a-z0-9-]*"), () -> "not a slug: " + e.missionId());
            } else {
                assertNull(e.missionId(), () -> "a non-mission with a mission id: " + e);
                assertFalse(e.known());
            }
        }
    }
}
