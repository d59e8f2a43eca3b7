package nl.kamerbrief.mandates.assemble;

import static nl.kamerbrief.mandates.assemble.Letters.covers;
import static nl.kamerbrief.mandates.assemble.Letters.expect;
import static nl.kamerbrief.mandates.assemble.Letters.none;
import static nl.kamerbrief.mandates.assemble.Letters.one;
import static nl.kamerbrief.mandates.assemble.Letters.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import nl.kamerbrief.mandates.annotate.Action;
import nl.kamerbrief.mandates.annotate.Qualifier;
import nl.kamerbrief.mandates.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/**
 * A size or date in a sentence that does not name the mission belongs to the mission the paragraph is about (named
 * in an earlier sentence), or to the missions a following "Deze inzet betreft ..." names; the record keeps both
 * sentences as evidence (spec section 2, "the adjacent sentences when mission, size and date are spread over them").
 */
class LaterSentenceTest {

    /** The brief's own pattern: the mission and decision first, the size in the next sentence. */
    @Test
    void aMaximumInTheNextSentence() {
        Pipeline.Result r = run("2024-05-01-brief", """
                Het kabinet heeft besloten de Nederlandse bijdrage aan UNTSO te verlengen tot en met 31 juli 2025. \
                Nederland levert hiervoor maximaal twaalf militairen.
                """);
        MandateRecord m = one(r, "untso");
        expect(r, m, Action.EXTEND, 12, Qualifier.MAX, null, LocalDate.of(2025, 7, 31), true);
        covers(r, m, "bijdrage aan UNTSO");
        covers(r, m, "maximaal twaalf militairen");
        assertEquals(1, r.records().size(), Letters.describe(r));
    }

    /** Hand-written: the mission named first as the topic, its size and end two sentences later. */
    @Test
    void theTopicOfTheParagraphTakesALaterSizeAndDate() {
        Pipeline.Result r = run("2024-05-01-brief", """
                De EU Monitoring Mission (EUMM) Georgië heeft ten doel de uitvoering van de Six Point Agreement \
                tussen Rusland en Georgië te monitoren. Deze missie draagt bij aan stabilisatie in Georgië. Nederland \
                levert hieraan ongeveer vijftien civiele experts tot en met 31 juli 2025.
                """);
        MandateRecord m = one(r, "eumm-georgie");
        expect(r, m, Action.CONTINUE, 15, Qualifier.APPROX, null, LocalDate.of(2025, 7, 31), true);
        covers(r, m, "ongeveer vijftien civiele experts tot en met 31 juli 2025");
    }

    /**
     * Samenhangbrief 2022, USSC (gold): extended to 31 July 2025 in one sentence, "Het mandaat wordt uitgebreid van zes
     * naar maximaal zeven personen" in the next: one record, expand, 7 (max), previous 6, its quote spanning both.
     */
    @Test
    void anExtensionAndTheNewSizeInTheNextSentence() {
        Pipeline.Result r = run("2022-06-17-samenhang", """
                De United States Security Coordinator for Israel and the Palestinian 
                Authority (USSC) richt zich op de professionalisering van de Palestijnse 
                veiligheidssector. Daarmee beoogt USSC bij te dragen aan de 
                mogelijkheid van een stabiele Palestijnse staat. USSC heeft tevens een 
                belangrijke liaisonfunctie in de bevordering van de samenwerking tussen 
                de Palestijnse en de Israëlische veiligheidssector. Het kabinet heeft 
                besloten de bijdrage aan USSC tot en met 31 juli 2025 te verlengen en 
                inhoudelijk meer focus aan te brengen door zich te concentreren op 
                functies op het gebied van rechtsstaat, mensenrechten, gender en 
                wetshandhaving, ter vergroting van de effectiviteit van de bijdrage en 
                versterking van de link met EUPOL COPPS. Het mandaat wordt uitgebreid 
                van zes naar maximaal zeven personen (militair/civiel/politie). 
                """);
        MandateRecord m = one(r, "ussc");
        expect(r, m, Action.EXPAND, 7, Qualifier.MAX, 6, LocalDate.of(2025, 7, 31), true);
        covers(r, m, "besloten de bijdrage aan USSC tot en met 31 juli 2025");
        covers(r, m, "van zes naar maximaal zeven personen");
        // "versterking van de link met EUPOL COPPS" is background: no record for it
        none(r, "eupol-copps");
    }

    /**
     * Samenhangbrief 2022, MINUSMA (gold, NOTES-samenhang 5 and 9): the mission is named in the first sentence, the
     * parts in the second ("twee tot drie stafofficieren, maximaal tien ... en drie militairen" = 16, max), the
     * extension "tot en met december 2022" in the third; the old "Tot eind juli 2022" is superseded.
     */
    @Test
    void partsSummedAndTheNewEndDateFromTheNextSentence() {
        Pipeline.Result r = run("2022-06-17-samenhang", """
                De United Nations Multidimensional Integrated Stabilization Mission in 
                Mali (MINUSMA) is een geïntegreerde stabilisatiemissie, onder andere 
                gericht op ondersteuning van de implementatie van het Malinese 
                vredesakkoord en het beschermen van de burgerbevolking. Tot eind juli 
                2022 bedraagt de Nederlandse bijdrage twee tot drie stafofficieren, 
                maximaal tien Koninklijke Marechaussee- en politiefunctionarissen als 
                Individual Police Officer bij UNPOL en drie militairen ten behoeve van de 
                Duitse Intelligence, Surveillance and Reconnaissance-taakgroep. Het 
                kabinet heeft besloten deze bijdrage voorlopig ongewijzigd te verlengen 
                tot en met december 2022. MINUSMA heeft een strategische functie voor 
                de veiligheid en stabiliteit in Mali. 
                """);
        MandateRecord m = one(r, "minusma");
        expect(r, m, Action.EXTEND, 16, Qualifier.MAX, null, LocalDate.of(2022, 12, 31), true);
        covers(r, m, "bedraagt de Nederlandse bijdrage twee tot drie stafofficieren");
        covers(r, m, "te verlengen\ntot en met december 2022");
    }

    /**
     * Samenhangbrief 2022, Takuba (gold, NOTES-samenhang 11 and 28): "mandaat voor twee personen en levert momenteel
     * een stafofficier" gives 2 (the mandate, not the one now filled); the end "tot en met december 2022" comes two
     * sentences later. Barkhane (a French operation) gets no record.
     */
    @Test
    void theMandateSizeAndAnEndDateTwoSentencesLater() {
        Pipeline.Result r = run("2022-06-17-samenhang", """
                Taakgroep Takuba beoogde de Malinese strijdkrachten door middel van 
                advisering, assistentie en begeleiding te ondersteunen bij gevechtsope-
                raties tegen terroristische groeperingen in de Liptako-Gourma-regio 
                (grensgebied Mali, Niger, Burkina Faso). Op 17 februari jl. werd uw Kamer 
                geïnformeerd over het besluit van Takuba-partners om Taakgroep Takuba 
                uit Mali terug te trekken (Kamerstuk 29 521, nr. 440). Nederland heeft een 
                mandaat voor twee personen en levert momenteel een stafofficier binnen 
                het Takuba Special Operations Planning and Liaison Element, in het 
                hoofdkwartier van de Frans geleide operatie Barkhane in de hoofdstad 
                van Tsjaad, N’Djamena. Nederland wil Frankrijk ondersteunen bij het 
                vertrek (redeployment) van Taakgroep Takuba uit Mali. Daarnaast wenst 
                het kabinet een goede informatiepositie en nauwe betrokkenheid te 
                behouden bij de discussie over de toekomst en eventuele regionalisering 
                van de missie. Het kabinet heeft daarom besloten de bijdrage ongewijzigd 
                te verlengen tot en met december 2022. 
                """);
        MandateRecord m = one(r, "takuba");
        expect(r, m, Action.EXTEND, 2, null, null, LocalDate.of(2022, 12, 31), true);
        assertEquals(1, r.records().size(), Letters.describe(r));
    }

    /**
     * Samenhangbrief 2022, EUTM Mali (gold): "mandaat van maximaal zes personen" and in the next sentence "Het betreft
     * 4 stafofficieren en 2 trainers" (the same six): one record of 6, max. "Nederland levert geen trainers" is no
     * size, and the reserved right "om de Nederlandse bijdrage voortijdig terug te trekken" is no termination.
     */
    @Test
    void theNextSentenceDetailsTheSameSize() {
        Pipeline.Result r = run("2022-06-17-samenhang", """
                In afwachting van de 
                uitkomsten van deze discussie heeft het kabinet besloten om het 
                Nederlandse mandaat van maximaal zes personen voor EUTM Mali 
                vooralsnog te verlengen tot en met december 2022. Het betreft 4 
                stafofficieren en 2 trainers voor niet-operationele trainingen. Nederland 
                levert geen trainers voor de operationele trainingen aan het Malinese 
                leger en de Nationale Garde, die momenteel door de EU zijn opgeschort. 
                Zo behoudt het kabinet een goede informatiepositie en nauwe betrok-
                kenheid bij de discussies over heroriëntatie van de EU-veiligheidsinzet in 
                de regio. Indien de ontwikkelingen daartoe aanleiding geven behoudt het 
                kabinet zich het recht voor om de Nederlandse bijdrage voortijdig terug te 
                trekken. 
                """);
        MandateRecord m = one(r, "eutm-mali");
        expect(r, m, Action.EXTEND, 6, Qualifier.MAX, null, LocalDate.of(2022, 12, 31), true);
    }

    /**
     * Samenhangbrief 2022, Kosovo (gold, NOTES-samenhang 15 and 16): size and end first ("het bestaande mandaat van
     * vijftien civiele en politie-experts in Kosovo tot en met 31 juli 2025"), the missions in the next sentence
     * ("Deze inzet betreft EULEX Kosovo ..., de EU Special Representative ... en het EU Office"), a footnote between,
     * and "Ook betreft het de lopende civiele bijdrage van één persoon aan het NATO Advisory and Liaison Team": three
     * records of 15 (shared) and NALT 1, all extended to 31 July 2025.
     */
    @Test
    void valuesFirstThenDezeInzetBetreft() {
        Pipeline.Result r = run("2022-06-17-samenhang", """
                Daarnaast verlengt het kabinet het bestaande mandaat van vijftien civiele 
                en politie-experts in Kosovo tot en met 31 juli 2025. Deze inzet betreft 
                EULEX Kosovo (gericht op de hervorming van de politie, versterking van 
                het justitieapparaat en bevordering van grensbewaking), de EU Special 
                Representative (gericht op het uitvoeren van het EU-beleid en implemen-
                tatie van EU financiële bijstand) en het EU Office (gericht op de coördi-
                natie van de EU-aanwezigheid in Kosovo en advisering inzake politieke 

                2 De drie bestaande civiele uitzendingen in BiH zijn individueel afgesproken. Voor civiele 
                uitzendingen in BiH gold vooralsnog geen overkoepelend Nederlands mandaat.
                 processen en mensenrechten). Ook betreft het de lopende civiele bijdrage 
                van één persoon aan het NATO Advisory and Liaison Team (gericht op het 
                ondersteunen van de verdere ontwikkeling van de veiligheidsorganisaties) 
                in Kosovo. Met deze inzet beoogt het kabinet de rechtsstaat, stabiliteit en 
                veiligheid in Kosovo te ondersteunen. 
                """);
        LocalDate end = LocalDate.of(2025, 7, 31);
        for (String id : new String[] {"eulex-kosovo", "eusr-kosovo", "eu-office-kosovo"}) {
            MandateRecord m = one(r, id);
            expect(r, m, Action.EXTEND, 15, null, null, end, true);
            assertTrue(m.personnel().shared(), () -> Letters.line(m));
            covers(r, m, "het bestaande mandaat van vijftien civiele");
        }
        MandateRecord nalt = one(r, "nalt");
        expect(r, nalt, Action.EXTEND, 1, Qualifier.EXACT, null, end, true);
        covers(r, nalt, "van één persoon aan het NATO Advisory and Liaison Team");
    }

    /**
     * Verslag 2025, answer 12 (gold): "Nederland draagt sinds 1956 met militaire waarnemers bij aan UNTSO" and, three
     * sentences later, "Nederland levert 11 militairen": UNTSO continue with 11. The mission's own 388 staff "waarvan
     * 159 militairen" in the sentence between are no Dutch size.
     */
    @Test
    void aDutchSizeAfterTheMissionsOwnSize() {
        Pipeline.Result r = run("2025-05-verslag", """
                De United Nations Truce Supervision Organisation (UNTSO) houdt toezicht op de 
                bestanden tussen Israël en de omringende landen. Daartoe werkt de missie nauw samen 
                met UNIFIL en UNDOF. Nederland draagt sinds 1956 met militaire waarnemers bij aan 
                UNTSO. Het sinds 1948 doorlopende VN-mandaat heeft een regionale invalshoek en stelt 
                de missie in staat de UNTSO-waarnemers flexibel in te zetten. In totaal telt de missie 388 
                medewerkers, waarvan 159 militairen. Nederland levert 11 militairen die werkzaam zijn 
                als United Nations Military Observer of stafofficier binnen de verschillende Observer Groups 
                (Tiberias, Damascus en Libanon), het hoofdkwartier in Jeruzalem en het Liaison Office in 
                Cairo. Met deze bijdrage behoudt Nederland een waardevolle informatiepositie in het 
                gebied en levert het een bijdrage aan burden sharing in VN-verband. 
                """);
        MandateRecord m = one(r, "untso");
        expect(r, m, Action.CONTINUE, 11, Qualifier.EXACT, null, null, null);
        covers(r, m, "Nederland levert 11 militairen");
        // UNIFIL and UNDOF are background ("werkt de missie nauw samen met")
        none(r, "unifil");
        none(r, "undof");
    }

    /**
     * Hand-written: a size in the next paragraph under another mission's heading is not the earlier mission's: each
     * section's size goes with its own heading's mission.
     */
    @Test
    void aSizeUnderTheNextHeadingIsNotTheEarlierMissions() {
        Pipeline.Result r = run("2022-06-17-brief", """
                UNSMIL

                De United Nations Support Mission in Libya (UNSMIL) ondersteunt de Libische autoriteiten. Het \
                kabinet heeft besloten de bijdrage met twee personen te verlengen tot en met 31 juli 2025.

                EULPC

                De European Union Liaison and Planning Cell (EULPC) steunt de EU-aanwezigheid in Libië. Het \
                kabinet heeft besloten de bijdrage met een stafofficier te verlengen tot en met 31 juli 2025.
                """);
        LocalDate end = LocalDate.of(2025, 7, 31);
        expect(r, one(r, "unsmil"), Action.EXTEND, 2, Qualifier.EXACT, null, end, true);
        expect(r, one(r, "eulpc"), Action.EXTEND, 1, null, null, end, true);
    }
}
