package nl.kamerbrief.mandates.assemble;

import static nl.kamerbrief.mandates.assemble.Letters.expect;
import static nl.kamerbrief.mandates.assemble.Letters.none;
import static nl.kamerbrief.mandates.assemble.Letters.of;
import static nl.kamerbrief.mandates.assemble.Letters.one;
import static nl.kamerbrief.mandates.assemble.Letters.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import nl.kamerbrief.mandates.annotate.Action;
import nl.kamerbrief.mandates.annotate.Qualifier;
import nl.kamerbrief.mandates.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/**
 * The action of a record from the letter's decision language (spec section 2: new, extend, expand, reduce, terminate,
 * explore, decline; continue when stated as ongoing), and corrections: the value a letter corrects is replaced by the
 * correction.
 */
class ActionTest {

    private static final LocalDate JULY_2025 = LocalDate.of(2025, 7, 31);

    /** Samenhangbrief 2022 (gold): "Het kabinet verlengt de bijdrage met twaalf militairen aan UNTSO tot en met ...". */
    @Test
    void extend() {
        Pipeline.Result r = run("2022-06-17-samenhang", """
                De United Nations Truce Supervision Organization (UNTSO) heeft als taak 
                toezicht te houden op de bestanden tussen Israël en de omringende 
                landen. Het kabinet verlengt de bijdrage met twaalf militairen aan UNTSO 
                tot en met 31 juli 2025, vanwege het belang van deze missie voor 
                stabiliteit in de regio, de goede informatiepositie als gevolg van deze 
                bijdrage, en de lange Nederlandse betrokkenheid in de missie. 
                """);
        expect(r, one(r, "untso"), Action.EXTEND, 12, Qualifier.EXACT, null, JULY_2025, true);
    }

    /**
     * Samenhangbrief 2022 (gold): EUNAVFOR Atalanta "voorlopig voort te zetten tot en met 31 juli 2023" is a decision
     * to extend, with "twee militairen en een POLAD" = 3 (sum rule, bare singular is 1).
     */
    @Test
    void voortzettenIsAnExtension() {
        Pipeline.Result r = run("2022-06-17-samenhang", """
                Het kabinet heeft besloten de 
                inzet in EUNAVFOR Atalanta met twee militairen en een POLAD voorlopig 
                voort te zetten tot en met 31 juli 2023. 
                """);
        expect(r, one(r, "eunavfor-atalanta"), Action.EXTEND, 3, null, null, LocalDate.of(2023, 7, 31), true);
    }

    /**
     * Samenhangbrief 2022 (gold, NOTES-samenhang 7): UNDOF, EUBAM Rafah and Irini end without a date ("De einddatum ...
     * wordt in goed overleg met de VN vastgesteld"); count is the size that ends, previous null.
     */
    @Test
    void terminateWithoutADate() {
        Pipeline.Result r = run("2022-06-17-samenhang", """
                Te beëindigen inzet 

                De United Nation Disengagement Observer Force (UNDOF) is een 
                gewapende waarnemingsmissie die sinds 1974 op de Golan-hoogvlakte 
                toeziet op het staakt-het-vuren tussen Syrië en Israël. Daarnaast heeft 
                UNDOF een beschermingstaak voor UNTSO-personeel op de Golan. Het 
                kabinet beëindigt de bijdrage met twee militairen aan UNDOF, vanwege 
                gebrek aan effectiviteit van de huidige inzet (zie ook de jaarlijkse voort-
                gangsrapportage kleine missiebijdragen d.d. 18 mei jl., Kamerstuk 29 521, 
                nr. 444). De einddatum van de Nederlandse bijdrage wordt 
                in goed overleg met de VN vastgesteld. 

                De European Union Border Assistance Mission (EUBAM) Rafah richt zich 
                op de verbetering van de veiligheid van grensverkeer van personen bij de 
                grensovergang tussen Gaza en Egypte. Het kabinet beëindigt daarom de (stand-by) bijdrage met 
                drie personen (civiel) aan EUBAM Rafah. 

                Het kabinet heeft besloten de bijdrage met maximaal drie stafofficieren 
                aan de European Union Naval Force Mediterranean Operation Irini 
                (EUNAVFOR MED Irini) te beëindigen. De 
                einddatum van de Nederlandse bijdrage zal in goed overleg met de EU 
                worden vastgesteld. 
                """);
        expect(r, one(r, "undof"), Action.TERMINATE, 2, Qualifier.EXACT, null, null, null);
        expect(r, one(r, "eubam-rafah"), Action.TERMINATE, 3, Qualifier.EXACT, null, null, null);
        expect(r, one(r, "eunavfor-med-irini"), Action.TERMINATE, 3, Qualifier.MAX, null, null, null);
        // UNTSO is only named as whom UNDOF protects
        none(r, "untso");
    }

    /**
     * 2018 letter (gold, NOTES-other-seeds 11): "de huidige Nederlandse inzet in MINUSMA per 1 mei 2019 wordt beëindigd"
     * is a termination whose end is 1 May 2019, not included ("per" with a verb of ending, spec section 3).
     */
    @Test
    void terminatePerADate() {
        Pipeline.Result r = run("2018-06-brief", """
                Het kabinet heeft besloten 
                dat de huidige Nederlandse inzet in MINUSMA per 1 mei 2019 wordt beëindigd om 
                een ordentelijke afbouw en verantwoorde overdracht te realiseren. 
                """);
        expect(r, one(r, "minusma"), Action.TERMINATE, null, null, null, LocalDate.of(2019, 5, 1), false);
    }

    /** "van twee naar 0 personen" (beslisnota, gold): a termination, count the size that ends. */
    @Test
    void fromSomeToZeroIsATermination() {
        Pipeline.Result r = run("2025-02-13-beslisnota", """
                - *United Nations Mission in South Sudan* (UNMISS) – van twee naar 0 personen;
                """);
        expect(r, one(r, "unmiss"), Action.TERMINATE, 2, null, null, null, null);
    }

    /**
     * Samenhangbrief 2022, EUMM Georgië (gold, NOTES-samenhang 14): extended and raised "van tien naar vijftien":
     * expand, 15, previous 10, end 31 July 2025.
     */
    @Test
    void expandOverExtend() {
        Pipeline.Result r = run("2022-06-17-samenhang", """
                Voorts wenst het kabinet in het licht van de Russische agressie meer te 
                investeren in conflictpreventie in de bredere regio, in casu Georgië. De EU 
                Monitoring Mission (EUMM) Georgia heeft ten doel de uitvoering van de 
                Six Point Agreement tussen Rusland en Georgië te monitoren en bij te 
                dragen aan stabilisatie in Georgië. Het kabinet heeft besloten de Neder-
                landse bijdrage te verlengen tot en met 31 juli 2025 en bovendien te 
                verhogen van tien naar vijftien civiele experts en politiefunctionarissen. 
                """);
        expect(r, one(r, "eumm-georgie"), Action.EXPAND, 15, Qualifier.EXACT, 10, JULY_2025, true);
    }

    /**
     * 2018 letter (gold, NOTES-other-seeds 12): "de Nederlandse bijdrage aan Resolute Support nog in 2018 te
     * intensiveren met ongeveer zestig militairen": expand, the increase 60 (approx), no total given.
     */
    @Test
    void expandByAnIncrease() {
        Pipeline.Result r = run("2018-06-brief", """
                Op verzoek van de NAVO, de 
                VS en Afghanistan, en in nauwe samenwerking met Duitsland, heeft het 
                kabinet besloten de Nederlandse bijdrage aan Resolute Support nog in 2018 te 
                intensiveren met ongeveer zestig militairen. 
                """);
        MandateRecord m = one(r, "resolute-support");
        assertEquals(Action.EXPAND, m.action(), Letters.line(m));
        assertEquals(60, m.personnel().count(), Letters.line(m));
        assertEquals(Qualifier.APPROX, m.personnel().qualifier(), Letters.line(m));
    }

    /**
     * 2010 EGF/NTM-A news item (gold, NOTES-more 13): "levert al een staffunctionaris ... Hier worden per 1 februari 2
     * trainers aan toegevoegd, met de mogelijkheid ... uit te breiden tot 5 functies": expand, 3 (1 + 2), previous 1;
     * the possible 5 is not the count.
     */
    @Test
    void expandByAddingToAStandingContribution() {
        Pipeline.Result r = Letters.corpus("more/2010-01-08-nieuws-egf-ntm-a-marechaussee-defensie.txt");
        List<MandateRecord> ntma = of(r, "ntm-a");
        assertTrue(ntma.stream().anyMatch(m -> m.action() == Action.EXPAND && Integer.valueOf(3).equals(
                m.personnel().count()) && Integer.valueOf(1).equals(m.personnel().previous())), Letters.describe(r));
        assertTrue(ntma.stream().noneMatch(m -> Integer.valueOf(5).equals(m.personnel().count())),
                Letters.describe(r));
    }

    /**
     * Beslisnota 2025, section 1 (gold): "van acht naar zes personen" under "Te beëindigen en afschaling": reduce, 6,
     * previous 8.
     */
    @Test
    void reduceUnderATerminationAndReductionHeading() {
        Pipeline.Result r = run("2025-02-13-beslisnota", """
                ### **1. Te beëindigen en afschaling nationale kaders (recent en op korte termijn)**

                #### Kleinschalige bijdragen

                - *European Union Capacity Building Mission* (EUCAP) in Somalië – van acht naar zes personen;
                """);
        expect(r, one(r, "eucap-somalie"), Action.REDUCE, 6, Qualifier.EXACT, 8, null, null);
    }

    /** Hand-written: a reduction stated in a sentence ("verlaagt ... van acht naar zes"). */
    @Test
    void reduceInASentence() {
        Pipeline.Result r = run("2024-05-01-brief", """
                Het kabinet verlaagt de bijdrage aan EUCAP Somalië van acht naar zes personen.
                """);
        expect(r, one(r, "eucap-somalie"), Action.REDUCE, 6, Qualifier.EXACT, 8, null, null);
    }

    /**
     * Samenhangbrief 2022, MAICC (gold, NOTES-samenhang 8): "onderzoekt het kabinet de mogelijkheid van een bijdrage
     * met een of twee stafofficieren aan de MAICC, voor de voorlopige duur van een jaar (startdatum nog te bepalen)":
     * explore, 2 (range 1–2), no end (a duration without a start), duration P1Y.
     */
    @Test
    void exploreWithARangeAndADurationWithoutStart() {
        Pipeline.Result r = run("2022-06-17-samenhang", """
                In aanvulling daarop onderzoekt het kabinet de 
                mogelijkheid van een bijdrage met een of twee stafofficieren aan de 
                MAICC, voor de voorlopige duur van een jaar (startdatum nog te bepalen). 
                """);
        MandateRecord m = one(r, "maicc");
        expect(r, m, Action.EXPLORE, 2, Qualifier.RANGE, null, null, null);
        assertEquals(1, m.personnel().min(), Letters.line(m));
        assertEquals(2, m.personnel().max(), Letters.line(m));
        assertNotNull(m.duration(), Letters.line(m));
        assertEquals("P1Y", m.duration().value(), Letters.line(m));
    }

    /**
     * Samenhangbrief 2022, EUFOR Althea (gold, NOTES-samenhang 23): "richt zich op een bijdrage tot en met 31 juli 2025
     * en denkt op dit moment aan een adviseur" after "te oriënteren op een mogelijke ... bijdrage": explore, end 31 July
     * 2025, no count (a tentative "denkt aan een adviseur" is no count, spec section 2).
     */
    @Test
    void exploreWithATentativeSize() {
        Pipeline.Result r = run("2022-06-17-samenhang", """
                Een en ander is voor het kabinet aanleiding om zich naast de diplomatieke 
                en civiele inzet op de Balkan, te oriënteren op een mogelijke Nederlandse 
                militaire bijdrage aan EUFOR Althea. Ook vanuit de wens om in 
                EU-verband een grotere militaire bijdrage te leveren. 

                Het kabinet richt zich op een bijdrage tot en met 31 juli 2025 en denkt op 
                dit moment aan een adviseur van commandant EUFOR, een aantal 
                stafofficieren in de commando- en inlichtingenstructuur van EUFOR en 
                inzet van een militaire eenheid, al dan niet in gezamenlijkheid met een 
                partnerland, en al naar gelang behoefte. 
                """);
        expect(r, one(r, "eufor-althea"), Action.EXPLORE, null, null, null, JULY_2025, true);
    }

    /**
     * Samenhangbrief 2022 (gold, NOTES-samenhang 25): the helicopters MINUSMA asked for are declined ("heeft het
     * kabinet besloten af te zien van deze additionele inzet met gevechtshelikopters"): a decline record with no count,
     * beside the extension of the standing contribution.
     */
    @Test
    void declineBesideAnExtensionInTheWholeLetter() {
        Pipeline.Result r = Letters.corpus("2022-06-17-samenhang-missies-2022-2025.txt");
        List<MandateRecord> minusma = of(r, "minusma");
        assertTrue(minusma.stream().anyMatch(m -> m.action() == Action.DECLINE && m.personnel().count() == null
                && m.endDate() == null), () -> "no MINUSMA decline:\n" + Letters.describe(r));
        assertTrue(minusma.stream().anyMatch(m -> m.action() == Action.EXTEND
                && Integer.valueOf(16).equals(m.personnel().count())), () -> Letters.describe(r));
    }

    /** The helicopter passage alone (gold): MINUSMA decline, count null. */
    @Test
    void decline() {
        Pipeline.Result r = run("2022-06-17-samenhang", """
                Tevens informeert het kabinet de Kamer hierbij dat Nederland informeel 
                door Duitsland en de Verenigde Naties is benaderd om gevechtsheli-
                kopters te leveren aan MINUSMA. Deze inzet is militair haalbaar, levert de 
                noodzakelijke escalatiedominantie op en vergroot daarmee de effectiviteit 
                van MINUSMA. Daarom heeft het 
                kabinet besloten af te zien van deze additionele inzet met gevechtsheli-
                kopters. 
                """);
        expect(r, one(r, "minusma"), Action.DECLINE, null, null, null, null, null);
    }

    /** Verslag 2025, answers 11 and 17 (gold): "Het kabinet zal geen MRTT ontplooien ten behoeve van operaties in de Rode Zee." */
    @Test
    void declineByNegation() {
        Pipeline.Result r = run("2025-05-verslag", """
                Het kabinet zal geen MRTT ontplooien ten behoeve van operaties in 
                de Rode Zee.
                """);
        expect(r, one(r, "mrtt-rode-zee"), Action.DECLINE, null, null, null, null, null);
    }

    /** Beslisnota 2025, section 2 (gold): KFOR "één persoon" under "Nieuwe (voorzien) bijdragen" is new. */
    @Test
    void newFromTheSectionHeading() {
        Pipeline.Result r = run("2025-02-13-beslisnota", """
                ### **2. Nieuwe (voorzien) bijdragen**

                #### Europa

                - [Kosovo] NAVO missie in Kosovo (KFOR) – één persoon;
                """);
        expect(r, one(r, "kfor"), Action.NEW, 1, Qualifier.EXACT, null, null, null);
    }

    /**
     * Hand-written: "Het kabinet heeft besloten bij te dragen aan ..." is a decision to contribute: new (the 2002 Amber
     * Fox gold reads "het besluit ... tot deelneming ... aan ... operatie Amber Fox" as new).
     */
    @Test
    void newFromADecisionToContribute() {
        Pipeline.Result r = run("2024-02-01-brief", """
                Het kabinet heeft besloten bij te dragen aan EUNAVFOR Aspides. Nederland levert hiervoor maximaal \
                vijf militairen tot en met 31 december 2024.
                """);
        expect(r, one(r, "eunavfor-aspides"), Action.NEW, 5, Qualifier.MAX, null, LocalDate.of(2024, 12, 31), true);
    }

    /** 2002 Amber Fox letter (gold): "het besluit van de regering ... tot deelneming ... aan ... operatie Amber Fox". */
    @Test
    void newFromADecisionToTakePart() {
        Pipeline.Result r = Letters.corpus("more/2002-04-19-artikel100-amber-fox-macedonie.txt");
        assertTrue(of(r, "amber-fox").stream().anyMatch(m -> m.action() == Action.NEW), Letters.describe(r));
    }

    /** 2005 NTM-I letter (gold): "de toezegging gedaan 25 Nederlandse militairen beschikbaar" is a new contribution. */
    @Test
    void newFromAPledge() {
        Pipeline.Result r = Letters.corpus("more/2005-01-14-brief-eerste-bijdrage-ntm-i-irak.txt");
        MandateRecord m = Letters.withCount(r, "ntm-i", 25);
        assertEquals(Action.NEW, m.action(), Letters.describe(r));
    }

    /**
     * Verslag 2025, answer 12 (gold): "De Nederlandse bijdrage aan OSC bestaat uit zeven personen: vier militairen,
     * twee civiel experts en één politiefunctionaris" states how things are: continue, 7 (not 4 + 2 + 1 counted twice).
     */
    @Test
    void continueWhenStatedAsOngoing() {
        Pipeline.Result r = run("2025-05-verslag", """
                De Nederlandse
                bijdrage aan OSC bestaat uit zeven personen: vier militairen, twee civiel experts en één 
                politiefunctionaris, die verschillende (advies)functies vervullen binnen de missie.
                """);
        expect(r, one(r, "osc"), Action.CONTINUE, 7, Qualifier.EXACT, null, null, null);
    }

    /**
     * Samenhangbrief 2022, EUTM Mali: "behoudt het kabinet zich het recht voor om de Nederlandse bijdrage voortijdig
     * terug te trekken" is a possibility, not a decision to end; the record stays an extension (gold).
     */
    @Test
    void aReservedRightToWithdrawIsNoTermination() {
        Pipeline.Result r = run("2022-06-17-samenhang", """
                In afwachting van de uitkomsten van deze discussie heeft het kabinet besloten om het 
                Nederlandse mandaat van maximaal zes personen voor EUTM Mali 
                vooralsnog te verlengen tot en met december 2022. Indien de ontwikkelingen daartoe aanleiding \
                geven behoudt het 
                kabinet zich het recht voor om de Nederlandse bijdrage voortijdig terug te 
                trekken. 
                """);
        expect(r, one(r, "eutm-mali"), Action.EXTEND, 6, Qualifier.MAX, null, LocalDate.of(2022, 12, 31), true);
    }

    /**
     * 2010 NTM-I letter (gold; spec section 3 "per 1 januari 2010 met een jaar verlengen": start 2010-01-01, end
     * 2010-12-31 inclusive): extend, 5, start 1 January 2010.
     */
    @Test
    void extendPerADateIsAStart() {
        Pipeline.Result r = Letters.corpus("more/2010-02-01-brief-verlenging-ntm-i-irak.txt");
        MandateRecord m = Letters.withCount(r, "ntm-i", 5);
        expect(r, m, Action.EXTEND, 5, Qualifier.EXACT, null, LocalDate.of(2010, 12, 31), true);
        assertNotNull(m.startDate(), Letters.line(m));
        assertEquals(LocalDate.of(2010, 1, 1), m.startDate().value(), Letters.line(m));
    }

    // ---------------------------------------------------------------- corrections

    /**
     * Verslag 2025, answer 11 (gold, NOTES-other-seeds 18): "Per abuis ... verlengd wordt tot en met eind mei 2025. Dit
     * moet zijn tot en met eind juni 2028": Aspides extends to 30 June 2028 (inclusive), about 10; no record keeps the
     * wrong May 2025.
     */
    @Test
    void theCorrectionWins() {
        Pipeline.Result r = run("2025-05-verslag", """
                Per abuis is in de Kamerbrief ‘internationale inzet van Nederlandse militairen, civiel 
                experts en politiefunctionarissen 2025-2028 ’(Kamerstuk 29521, nr. 493) opgenomen dat 
                het nationaal kader voor Aspides van circa 10 functionarissen verlengd wordt tot en met 
                eind mei 2025. Dit moet zijn tot en met eind juni 2028, gelijk aan de overige nationale 
                kaders in de brief.
                """);
        expect(r, one(r, "eunavfor-aspides"), Action.EXTEND, 10, Qualifier.APPROX, null, LocalDate.of(2028, 6, 30),
                true);
    }

    /**
     * Verslag 2025, answer 11 (gold, NOTES-other-seeds 18): the letter wrongly said OPA was extended "tot en met eind
     * mei 2025"; "De Nederlandse bijdrage is eerder verlengd tot 9 juli 2025": end 9 July 2025, not included, count 1.
     */
    @Test
    void theStandingDecisionReplacesAWrongDate() {
        Pipeline.Result r = run("2025-05-verslag", """
                Tevens is per abuis is in deze brief opgenomen dat de Nederlandse 
                bijdrage aan OPA van één niet-operationele stafofficier verlengd wordt tot en met eind mei
                2025. De Nederlandse bijdrage is eerder verlengd tot 9 juli 2025 onder de voorwaarde dat 
                de operatie aan de in de eerdere Kamerbrief van 12 januari jl. benoemde rechtsbasis en 
                voorwaarden blijft voldoen.
                """);
        expect(r, one(r, "opa"), Action.EXTEND, 1, Qualifier.EXACT, null, LocalDate.of(2025, 7, 9), false);
    }

    /** The whole verslag (gold): both corrections hold in the full letter, and no record keeps "eind mei 2025". */
    @Test
    void correctionsInTheWholeVerslag() {
        Pipeline.Result r = Letters.corpus("2025-05-verslag-so-inzet-2025-2028.txt");
        for (MandateRecord m : r.records()) {
            assertTrue(m.endDate() == null || !m.endDate().value().equals(LocalDate.of(2025, 5, 31)),
                    () -> "a superseded date kept: " + Letters.line(m));
        }
        assertTrue(of(r, "eunavfor-aspides").stream().anyMatch(m -> m.endDate() != null
                && m.endDate().value().equals(LocalDate.of(2028, 6, 30))), Letters.describe(r));
        assertTrue(of(r, "opa").stream().anyMatch(m -> m.endDate() != null
                && m.endDate().value().equals(LocalDate.of(2025, 7, 9))), Letters.describe(r));
    }

    /** Hand-written after the verslag: a corrected size ("Dit moet zijn maximaal vier") replaces the wrong one. */
    @Test
    void aCorrectedSize() {
        Pipeline.Result r = run("2025-05-01-brief", """
                Per abuis is in de vorige brief opgenomen dat de bijdrage aan UNMISS uit maximaal drie personen \
                bestaat. Dit moet zijn maximaal vier personen.
                """);
        List<MandateRecord> unmiss = of(r, "unmiss");
        assertTrue(!unmiss.isEmpty(), Letters.describe(r));
        for (MandateRecord m : unmiss) {
            assertEquals(4, m.personnel().count(), Letters.describe(r));
        }
    }

    /** Hand-written after the verslag: a corrected end date for a contribution named by its mission. */
    @Test
    void aCorrectedEndDate() {
        Pipeline.Result r = run("2025-05-01-brief", """
                Per abuis is in de vorige brief opgenomen dat de bijdrage met twee civiele experts aan UNMISS wordt \
                verlengd tot en met 31 juli 2024. Dit moet zijn tot en met 31 juli 2025.
                """);
        expect(r, one(r, "unmiss"), Action.EXTEND, 2, null, null, JULY_2025, true);
    }
}
