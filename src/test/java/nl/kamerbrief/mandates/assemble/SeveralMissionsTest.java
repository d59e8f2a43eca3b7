package nl.kamerbrief.mandates.assemble;

import static nl.kamerbrief.mandates.assemble.Letters.expect;
import static nl.kamerbrief.mandates.assemble.Letters.none;
import static nl.kamerbrief.mandates.assemble.Letters.one;
import static nl.kamerbrief.mandates.assemble.Letters.run;
import static nl.kamerbrief.mandates.assemble.Letters.withCount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import nl.kamerbrief.mandates.annotate.Action;
import nl.kamerbrief.mandates.annotate.Qualifier;
import nl.kamerbrief.mandates.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/**
 * Several missions in one sentence: each with its own number (spec section 2: the value goes with its mission), one
 * number shared by several (section 1: each gets it, {@code shared: true}), and a decision per mission.
 */
class SeveralMissionsTest {

    private static final String BESLISNOTA_HEAD = """
            #### Looptijd

            - Generieke looptijd voor de verschillende nationale kaders: van 2025 (datum verzending Samenhangbrief of waar van toepassing) tot en met juni 2028. Waar looptijden afwijken, staat dit in de brief benoemd.

            ## Nationale Kaders

            ### **1. Te beëindigen en afschaling nationale kaders (recent en op korte termijn)**

            """;

    /**
     * Beslisnota 2025, section 1 (gold): "vier personen aan EUTM Mali, twintig aan MINUSMA en tien aan EUCAP Sahel
     * Niger" gives three terminations with their own counts (4, 20, 10), none shared, no end (terminations do not
     * take the generic term, NOTES-other-seeds 21). "missies in de Sahel" is no record of its own.
     */
    @Test
    void threeMissionsEachWithItsOwnNumberUnderATerminationHeading() {
        Pipeline.Result r = run("2025-02-13-beslisnota", BESLISNOTA_HEAD + """
                #### Sahel

                - Geen grootschalige inzet meer (onder het vorige kabinet diverse bijdragen aan missies in de Sahel, waaronder vier personen aan EUTM Mali, twintig aan MINUSMA en tien aan EUCAP Sahel Niger).
                """);
        MandateRecord eutm = one(r, "eutm-mali");
        MandateRecord minusma = one(r, "minusma");
        MandateRecord niger = one(r, "eucap-sahel-niger");
        expect(r, eutm, Action.TERMINATE, 4, Qualifier.EXACT, null, null, null);
        expect(r, minusma, Action.TERMINATE, 20, Qualifier.EXACT, null, null, null);
        expect(r, niger, Action.TERMINATE, 10, Qualifier.EXACT, null, null, null);
        assertFalse(eutm.personnel().shared() || minusma.personnel().shared() || niger.personnel().shared(),
                Letters.describe(r));
        none(r, "eucap-sahel-mali");
        assertEquals(3, r.records().size(), Letters.describe(r));
    }

    /** Hand-written after the memo: two missions, two numbers, stated as ongoing ("continue", spec section 2). */
    @Test
    void twoMissionsTwoNumbersStatedAsOngoing() {
        Pipeline.Result r = run("2024-05-01-brief",
                "Nederland levert momenteel vier personen aan EUTM Mali en twintig aan MINUSMA.\n");
        expect(r, one(r, "eutm-mali"), Action.CONTINUE, 4, Qualifier.EXACT, null, null, null);
        expect(r, one(r, "minusma"), Action.CONTINUE, 20, Qualifier.EXACT, null, null, null);
        assertEquals(2, r.records().size(), Letters.describe(r));
    }

    /**
     * Hand-written: three numbers for three missions and one end date stated once for all of them (spec section 2:
     * "A size or end date stated once for a list of missions ... belongs to every mission listed").
     */
    @Test
    void ownNumbersAndOneSharedEndDate() {
        Pipeline.Result r = run("2024-05-01-brief", """
                Het kabinet heeft besloten de bijdragen met vier personen aan EUTM Mali, twintig aan MINUSMA en tien \
                aan EUCAP Sahel Niger te verlengen tot en met 31 december 2025.
                """);
        LocalDate end = LocalDate.of(2025, 12, 31);
        expect(r, one(r, "eutm-mali"), Action.EXTEND, 4, Qualifier.EXACT, null, end, true);
        expect(r, one(r, "minusma"), Action.EXTEND, 20, Qualifier.EXACT, null, end, true);
        expect(r, one(r, "eucap-sahel-niger"), Action.EXTEND, 10, Qualifier.EXACT, null, end, true);
    }

    /**
     * Samenhangbrief 2022 (gold, NOTES-samenhang 15): "gecombineerd mandaat van maximaal vijftien functionarissen"
     * for EUCAP Sahel Mali and Niger: both 15, max, shared, extended to December 2022.
     */
    @Test
    void oneCombinedMandateForTwoMissionsIsShared() {
        Pipeline.Result r = run("2022-06-17-samenhang", """
                De Europese capaciteitsopbouwmissies (EUCAP) Sahel Mali en Niger zijn 
                civiele missies gericht op capaciteitsversterking van de binnenlandse 
                veiligheidssector in Mali en Niger. Nederlandse experts (civiel, politie, 
                KMar) voeren (advies)werkzaamheden uit op prioritaire thema’s van het 
                Nederlandse buitenland- en veiligheidsbeleid (o.a. mensenrechten, 
                grensmanagement en vertrouwensrelaties met de bevolking). In het kader 
                van de voorziene strategische herziening van de EU-missies in de Sahel 
                zal de komende maanden een bredere discussie volgen over de 
                EU-veiligheidsinzet in Mali en de verdere regionalisering naar andere 
                Sahellanden en West-Afrikaanse kuststaten. In afwachting van de 
                uitkomsten van deze discussie heeft het kabinet besloten om het 
                Nederlandse mandaat voor deze civiele missies ongewijzigd te verlengen 
                tot en met december 2022. Door middel van de verlenging kunnen de 
                Nederlandse experts (gecombineerd mandaat van maximaal vijftien 
                functionarissen) een bijdrage blijven leveren aan de stabiliteit en de 
                capaciteitsopbouw van de veiligheidssector. Ook behoudt Nederland via 
                een bijdrage zijn informatiepositie binnen de missies. 
                """);
        LocalDate end = LocalDate.of(2022, 12, 31);
        for (String id : new String[] {"eucap-sahel-mali", "eucap-sahel-niger"}) {
            MandateRecord m = one(r, id);
            expect(r, m, Action.EXTEND, 15, Qualifier.MAX, null, end, true);
            assertTrue(m.personnel().shared(), () -> Letters.line(m));
        }
    }

    /**
     * Samenhangbrief 2022 (gold): "maximaal vijf civiele experts naar de EU Special Representative ... en het Office of
     * the High Representative ..., waarvan minimaal één expert bij EUSR en één bij OHR": 5 for each, shared, new,
     * end 31 July 2025. The "één" of each is a minimum inside the five, not the count.
     */
    @Test
    void aNewMandateForTwoOfficesWithMinimaInside() {
        Pipeline.Result r = run("2022-06-17-samenhang", """
                Complementair aan het bovenstaande stelt het kabinet tot en met 31 juli 
                2025 een nieuw mandaat vast voor uitzending van maximaal vijf civiele 
                experts naar de EU Special Representative (EUSR, gericht op het 
                ondersteunen van vooruitgang op het stabilisatie- en associatieproces in 
                BiH) en het Office of the High Representative in Bosnië-Herzegovina, 
                waarvan minimaal één expert bij EUSR en één bij OHR.
                """);
        LocalDate end = LocalDate.of(2025, 7, 31);
        for (String id : new String[] {"eusr-bih", "ohr"}) {
            MandateRecord m = one(r, id);
            expect(r, m, Action.NEW, 5, Qualifier.MAX, null, end, true);
            assertTrue(m.personnel().shared(), () -> Letters.line(m));
        }
        // "(EUSR, ..." is the acronym of the EUSR BiH just named, not a mission of its own
        assertEquals(2, r.records().size(), Letters.describe(r));
    }

    /**
     * Beslisnota 2025, section 1 (gold): "Nederlandse bijdrage aan de NAVO-Missie in Irak (NMI) en Operation Inherent
     * Resolve (OIR) – van 3 Chinook-transporthelikopters en 120 personen naar circa 25 personen": NMI and OIR both
     * reduce to about 25, previous 120, end June 2028 from the generic term.
     */
    @Test
    void aReductionForTwoMissionsInOneListItem() {
        Pipeline.Result r = run("2025-02-13-beslisnota", BESLISNOTA_HEAD + """
                #### Midden-Oosten

                - Nederlandse bijdrage aan de NAVO-Missie in Irak (NMI) en *Operation Inherent Resolve* (OIR) – van 3 Chinook-transporthelikopters en 120 personen naar circa 25 personen.
                """);
        LocalDate end = LocalDate.of(2028, 6, 30);
        expect(r, one(r, "nmi"), Action.REDUCE, 25, Qualifier.APPROX, 120, end, true);
        expect(r, one(r, "oir"), Action.REDUCE, 25, Qualifier.APPROX, 120, end, true);
    }

    /**
     * Beslisnota 2025 (gold): NMI has two list items with their own size ("van ... 145 personen ... naar circa 20
     * adviseurs" and, with OIR, "naar circa 25 personen"): two NMI records (spec section 1, parts with their own
     * size), one OIR record.
     */
    @Test
    void oneMissionInTwoItemsWithTheirOwnSizesGivesTwoRecords() {
        Pipeline.Result r = run("2025-02-13-beslisnota", BESLISNOTA_HEAD + """
                #### Midden-Oosten

                - NAVO-Missie in Irak (NMI) – van een *force protection* compagnie van 145 personen gaan we terug naar circa 20 adviseurs;
                - Nederlandse bijdrage aan de NAVO-Missie in Irak (NMI) en *Operation Inherent Resolve* (OIR) – van 3 Chinook-transporthelikopters en 120 personen naar circa 25 personen.
                """);
        LocalDate end = LocalDate.of(2028, 6, 30);
        assertEquals(2, Letters.of(r, "nmi").size(), Letters.describe(r));
        expect(r, withCount(r, "nmi", 20), Action.REDUCE, 20, Qualifier.APPROX, 145, end, true);
        expect(r, withCount(r, "nmi", 25), Action.REDUCE, 25, Qualifier.APPROX, 120, end, true);
        expect(r, one(r, "oir"), Action.REDUCE, 25, Qualifier.APPROX, 120, end, true);
    }

    /**
     * Samenhangbrief 2022, Irak (gold): one sentence ends the contribution to OIR ("voornemen tot beëindiging van de
     * bijdrage aan OIR") "ten gunste van een bijdrage aan NMI", which the next paragraph explores ("onderzoekt"). OIR
     * is terminate, NMI explore: the termination is not NMI's.
     */
    @Test
    void aTerminationAndAnExplorationInOnePassage() {
        Pipeline.Result r = run("2022-06-17-samenhang", """
                Gezien de verschuiving naar advisering wil het kabinet het zwaartepunt 
                verplaatsen van OIR, die in de laatste fase van de militaire campagne zit, 
                naar de NAVO-missie in Irak (NMI), die gericht is op institutionele 
                versterking van de Iraakse veiligheidssector. Concreet komt dit neer op het 
                voornemen tot beëindiging van de bijdrage aan OIR met force protection 
                (inclusief Ground Movement Teams) ten behoeve van OIR-medewerkers 
                en -adviseurs in Erbil, ten gunste van een bijdrage aan NMI met force 
                protection en gepantserde transportcapaciteit in Bagdad en omgeving, ten 
                behoeve van NMI-medewerkers en adviseurs. 

                Gelijktijdig met deze Kamerbrief ontvangt de Kamer zodoende een 
                kennisgevingsbrief, waarmee de Kamer in overeenstemming met het 
                Toetsingskader 2014 wordt geïnformeerd dat het kabinet de wenselijkheid 
                en mogelijkheid van deze bijdrage met een militaire eenheid aan NMI 
                onderzoekt. 
                """);
        expect(r, one(r, "oir"), Action.TERMINATE, null, null, null, null, null);
        expect(r, one(r, "nmi"), Action.EXPLORE, null, null, null, null, null);
    }

    /** Hand-written after the 2022 letter: one sentence ends one contribution and extends another. */
    @Test
    void aTerminationAndAnExtensionInOneSentence() {
        Pipeline.Result r = run("2022-06-17-brief", """
                Het kabinet beëindigt de bijdrage met twee militairen aan UNDOF en verlengt de bijdrage met twaalf \
                militairen aan UNTSO tot en met 31 juli 2025.
                """);
        expect(r, one(r, "undof"), Action.TERMINATE, 2, Qualifier.EXACT, null, null, null);
        expect(r, one(r, "untso"), Action.EXTEND, 12, Qualifier.EXACT, null, LocalDate.of(2025, 7, 31), true);
    }

    /** Hand-written after the 2022 letter: an extension and a termination, the decision verbs after the numbers. */
    @Test
    void anExtensionAndATerminationWithTheVerbsLast() {
        Pipeline.Result r = run("2022-06-17-brief", """
                Het kabinet heeft besloten de bijdrage aan UNSMIL met twee personen (civiel) tot en met 31 juli 2025 \
                te verlengen en de (stand-by) bijdrage met drie personen (civiel) aan EUBAM Rafah te beëindigen.
                """);
        expect(r, one(r, "unsmil"), Action.EXTEND, 2, Qualifier.EXACT, null, LocalDate.of(2025, 7, 31), true);
        expect(r, one(r, "eubam-rafah"), Action.TERMINATE, 3, Qualifier.EXACT, null, null, null);
    }

    /** Hand-written: the Dutch contribution expanded for one mission and ended for another in one sentence. */
    @Test
    void anExpansionAndATerminationInOneSentence() {
        Pipeline.Result r = run("2022-06-17-brief", """
                Het kabinet verhoogt de bijdrage aan EUMM Georgië van tien naar vijftien civiele experts en \
                beëindigt de bijdrage met acht experts aan de OVSE SMM.
                """);
        expect(r, one(r, "eumm-georgie"), Action.EXPAND, 15, Qualifier.EXACT, 10, null, null);
        expect(r, one(r, "ovse-smm"), Action.TERMINATE, 8, Qualifier.EXACT, null, null, null);
    }
}
