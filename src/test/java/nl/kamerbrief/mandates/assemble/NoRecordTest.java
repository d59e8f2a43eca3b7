package nl.kamerbrief.mandates.assemble;

import static nl.kamerbrief.mandates.assemble.Letters.expect;
import static nl.kamerbrief.mandates.assemble.Letters.none;
import static nl.kamerbrief.mandates.assemble.Letters.one;
import static nl.kamerbrief.mandates.assemble.Letters.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import nl.kamerbrief.mandates.annotate.Action;
import nl.kamerbrief.mandates.annotate.Qualifier;
import nl.kamerbrief.mandates.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Spec section 1, what is not a record: background mentions, another country's contribution, a mission's own size or
 * mandate period, money without people, exercises, a mission mentioned only in history; and the negatives letters,
 * whose gold has no records at all.
 */
class NoRecordTest {

    static Stream<String> negatives() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("corpus/negatives"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList()
                    .stream();
        }
    }

    /** corpus/gold/negatives: 15 letters, 0 records (NOTES-negatives). */
    @Test
    void thereAreFifteenNegatives() throws IOException {
        assertEquals(15, negatives().count());
    }

    @ParameterizedTest
    @MethodSource("negatives")
    void aNegativeLetterGivesNoRecords(String file) {
        Pipeline.Result r = Letters.corpus("negatives/" + file);
        assertTrue(r.records().isEmpty(), () -> file + " should give no records:\n" + Letters.describe(r));
    }

    /** NOTES-negatives: "Zo neemt Duitsland intussen met ongeveer 900 militairen deel aan ... MINUSMA" is German. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Zo neemt Duitsland intussen met ongeveer 900 militairen deel aan de VN-vredesmissie MINUSMA in Mali.",
        "Duitsland levert 900 militairen aan MINUSMA.",
        "De Verenigde Staten besloten onlangs 500 militairen permanent terug te plaatsen in Somalië voor advise and "
                + "assist-operaties in de strijd tegen terrorisme.",
        "De EGF gaat 325 agenten leveren aan NTM-A.",
        "Frankrijk verlengt zijn bijdrage van 60 militairen aan EUTM Mali tot en met 31 december 2022.",
    })
    void anotherCountrysContributionIsNoRecord(String sentence) {
        Pipeline.Result r = run("2017-09-01-brief", sentence + "\n");
        assertTrue(r.records().isEmpty(), () -> sentence + "\n" + Letters.describe(r));
    }

    /** A German and a Dutch contribution side by side: only the Dutch 20 is a record. */
    @Test
    void theDutchSizeBesideAForeignOne() {
        Pipeline.Result r = run("2017-09-01-brief", """
                Duitsland levert ongeveer 900 militairen aan MINUSMA. Nederland levert twintig militairen aan MINUSMA.
                """);
        expect(r, one(r, "minusma"), Action.CONTINUE, 20, Qualifier.EXACT, null, null, null);
    }

    /**
     * Verslag 2025, answer 12 (gold, NOTES-other-seeds 19): "In totaal telt de missie ongeveer 70 medewerkers" and
     * "In totaal telt de missie 106 medewerkers" are the missions' own sizes; the Dutch sizes are OSC 7 and EUPOL
     * COPPS 5, both stated as ongoing.
     */
    @Test
    void aMissionsOwnStaffIsNotTheDutchSize() {
        Pipeline.Result r = run("2025-05-verslag", """
                12. Antwoord van het kabinet:  
                 De Office of the Security Coordinator (OSC) is een door de VS gecoördineerd 
                samenwerkingsverband met deelname van Bulgarije, Canada, Griekenland, Italië, 
                Nederland, Polen, Turkije, het Verenigd Koninkrijk, Denemarken, Duitsland en Frankrijk.
                In totaal telt de missie ongeveer 70 medewerkers. De missie richt zich op het 
                professionaliseren van de Palestijnse veiligheidssector. Daarnaast vervult OSC een 
                coördinerende taak tussen de Palestijnse en Israëlische veiligheidsdiensten. De Nederlandse
                bijdrage aan OSC bestaat uit zeven personen: vier militairen, twee civiel experts en één 
                politiefunctionaris, die verschillende (advies)functies vervullen binnen de missie. Het 
                Nederlands personeel maakt deel uit van de teams in Jeruzalem en Ramallah, gericht op 
                training, advisering en mentoren van Palestijnse veiligheidstroepen.

                EU Coordinating Office for Palestinian Police Support (EUPOL COPPS) heeft als mandaat 
                het ondersteunen en hervormen van het Palestijnse ministerie van Binnenlandse Zaken en 
                de Palestinian Civil Police (PCP), naast het ondersteunen van de Palestijnse rechtsketen. 
                Sinds 2008 levert Nederland een personele bijdrage aan deze missie. In totaal telt de missie 
                106 medewerkers. Nederland heeft momenteel een nationaal kader van vijf personen: twee 
                civiel experts en drie politiefunctionarissen. De Nederlandse bijdrage richt zich op training 
                en advisering van de Palestijnse politie en detentieketen.
                """);
        expect(r, one(r, "osc"), Action.CONTINUE, 7, Qualifier.EXACT, null, null, null);
        expect(r, one(r, "eupol-copps"), Action.CONTINUE, 5, Qualifier.EXACT, null, null, null);
    }

    /** Hand-written: a mission's own size or mandate, with no Dutch contribution stated, is no record. */
    @ParameterizedTest
    @ValueSource(strings = {
        "De missie UNIFIL telt 10.000 militairen uit 46 landen.",
        "Het mandaat van UNIFIL voorziet in 15.000 troepen.",
        "In totaal telt EUPOL COPPS 106 medewerkers.",
        "Het mandaat van EULEX Kosovo loopt tot en met 14 juni 2025.",
        "De Veiligheidsraad heeft het mandaat van UNMISS verlengd tot en met 30 april 2025.",
    })
    void aMissionsOwnSizeOrMandateIsNoRecord(String sentence) {
        Pipeline.Result r = run("2024-05-01-brief", sentence + "\n");
        assertTrue(r.records().isEmpty(), () -> sentence + "\n" + Letters.describe(r));
    }

    /**
     * Samenhangbrief 2022, Westelijke Balkan (NOTES-samenhang 6): "Het mandaat van de missie loopt tot november 2022"
     * is EUFOR's own mandate: no end date from it. The paragraph decides nothing about a Dutch contribution, so no
     * record at all.
     */
    @Test
    void euforsOwnMandatePeriod() {
        Pipeline.Result r = run("2022-06-17-samenhang", """
                De militaire EU-operatie EUFOR Althea is sinds 2004 gemandateerd om de 
                militaire aspecten van de Dayton-overeenkomst te helpen implementeren, 
                met als concreet doel de veiligheid in Bosnië-Herzegovina (BiH) te 
                waarborgen (executief) en de capaciteit van de BiH-strijdkrachten te 
                bevorderen (non-executief). EUFOR Althea is nauw verbonden met het 
                kantoor van de Hoge Vertegenwoordiger (Office of the High Represen-
                tative, OHR) die toeziet op civiele implementatie van het Dayton-
                vredesverdrag. Mede als gevolg van de situatie aan de oostflank wordt op 
                dit moment in EU-verband gekeken naar uitbreiding van EUFOR, waar 
                aanvullende behoeften uit zullen voortkomen. Het mandaat van de missie 
                loopt tot november 2022. Verlenging van het mandaat vergt instemming 
                van de VN Veiligheidsraad. 
                """);
        assertTrue(r.records().isEmpty(), Letters.describe(r));
    }

    /** The whole Samenhangbrief: EUFOR Althea's record has the Dutch end (31 July 2025), not its mandate's. */
    @Test
    void euforsOwnMandateIsNotTheRecordsEndInTheWholeLetter() {
        Pipeline.Result r = Letters.corpus("2022-06-17-samenhang-missies-2022-2025.txt");
        expect(r, one(r, "eufor-althea"), Action.EXPLORE, null, null, null, LocalDate.of(2025, 7, 31), true);
    }

    /** Money without people (spec section 1; NOTES-negatives on the UNICEF and budget pages). */
    @ParameterizedTest
    @ValueSource(strings = {
        "De raming is dat de additionele kosten van verlenging of uitbreiding van bestaande missies in 2022 maximaal "
                + "1 miljoen euro extra gaat kosten.",
        "Het kabinet trekt € 3 miljoen uit voor noodvoeding in Gaza via UNICEF.",
        "Nederland draagt drie miljoen euro bij aan UNMISS voor de bescherming van burgers.",
        "Het kabinet stelt tot en met 2025 jaarlijks 5 miljoen euro beschikbaar voor EUCAP Somalië.",
    })
    void moneyIsNoRecord(String sentence) {
        Pipeline.Result r = run("2024-09-25-brief", sentence + "\n");
        assertTrue(r.records().isEmpty(), () -> sentence + "\n" + Letters.describe(r));
    }

    /**
     * Exercises are no missions (NOTES-negatives on BALTOPS, NOTES-more on Cold Response): the ships, crews and end
     * dates of an exercise give no record.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "De Koninklijke Marine is de komende weken met 7 schepen in de Baltische Zee aanwezig voor de NAVO-oefening "
                + "Baltic Operations (BALTOPS), deze duurt tot en met 20 juni.",
        "Het amfibisch transportschip met ca. 275 militairen aan boord neemt deel aan de grote oefening Cold Response.",
        "Nederland neemt met 400 militairen deel aan de NAVO-oefening Trident Juncture tot en met 7 november 2018.",
    })
    void anExerciseIsNoRecord(String sentence) {
        Pipeline.Result r = run("2024-06-10-brief", sentence + "\n");
        assertTrue(r.records().isEmpty(), () -> sentence + "\n" + Letters.describe(r));
    }

    /**
     * Samenhangbrief 2022 (gold, NOTES-samenhang 18, 25): Resolute Support is history, SNMG1 has no size, date or
     * decision, the past air policing and SNMCMG1 are past participations without them, CSG 2021 the same, Barkhane
     * is French. None is a record in the whole letter.
     */
    @Test
    void historyAndContextInTheSamenhangbrief() {
        Pipeline.Result r = Letters.corpus("2022-06-17-samenhang-missies-2022-2025.txt");
        for (String id : new String[] {"resolute-support", "snmg1", "snmcmg1", "csg21", "baltic-air-policing",
            "enhanced-air-policing", "barkhane"}) {
            none(r, id);
        }
    }

    /**
     * Hand-written history: a contribution that ended years ago, mentioned as context in a letter about another
     * mission, gives no record of its own when the letter states neither its size nor its end.
     */
    @Test
    void aMissionMentionedOnlyAsHistory() {
        Pipeline.Result r = run("2022-06-17-brief", """
                Het kabinet hecht eraan op deze plaats de snelle machtsovername door de Taliban in Afghanistan na de \
                beëindiging van de Resolute Support Mission te benoemen. Het kabinet verlengt de bijdrage met twaalf \
                militairen aan UNTSO tot en met 31 juli 2025.
                """);
        none(r, "resolute-support");
        expect(r, one(r, "untso"), Action.EXTEND, 12, Qualifier.EXACT, null, LocalDate.of(2025, 7, 31), true);
    }

    /** "Daartoe werkt de missie nauw samen met UNIFIL en UNDOF" (verslag 2025): background, no record (spec 1). */
    @Test
    void missionsNamedAsPartnersAreBackground() {
        Pipeline.Result r = run("2025-05-verslag", """
                De United Nations Truce Supervision Organisation (UNTSO) houdt toezicht op de bestanden tussen \
                Israël en de omringende landen. Daartoe werkt de missie nauw samen met UNIFIL en UNDOF. Nederland \
                levert 11 militairen aan UNTSO.
                """);
        none(r, "unifil");
        none(r, "undof");
        expect(r, one(r, "untso"), Action.CONTINUE, 11, Qualifier.EXACT, null, null, null);
    }

    /** The 2023 Kamervragen (negatives): only questions, so no records, even with a number in a question. */
    @Test
    void aMembersQuestionIsNoStatement() {
        Pipeline.Result r = run("2023-10-06-kamervragen", """
                Vragen van het lid Sjoerdsma (D66) aan de Minister van Buitenlandse Zaken over de situatie in \
                Kosovo (ingezonden 6 oktober 2023).

                Vraag 1

                Klopt het dat KFOR op korte termijn wordt versterkt met Britse en Roemeense troepen?

                Vraag 2

                Is Nederland benaderd om 200 additionele militairen aan KFOR te leveren tot en met 31 december 2024?
                """);
        assertTrue(r.records().isEmpty(), Letters.describe(r));
    }
}
