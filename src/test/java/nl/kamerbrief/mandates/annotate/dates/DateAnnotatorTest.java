package nl.kamerbrief.mandates.annotate.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.kamerbrief.mandates.annotate.AnnotatedText;
import nl.kamerbrief.mandates.annotate.DateMention;
import nl.kamerbrief.mandates.annotate.DateMention.Role;
import nl.kamerbrief.mandates.annotate.Layer;
import nl.kamerbrief.mandates.annotate.Precision;
import nl.kamerbrief.mandates.annotate.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Dates as spec section 3 resolves them: the boundary day a phrase names and whether the contribution still runs
 * on it. Sentences come from the corpus letters (ids carry their dates, the anchor of dates without a year) or
 * from the examples of records.md; expected values from the section 3 table and the gold NOTES.
 */
class DateAnnotatorTest {

    private static AnnotatedText dates(String id, String text) {
        return Texts.annotate(id, text.replace("\\n", "\n"), Layer.DATES);
    }

    /** The one end-giving mention covering {@code phrase} ("~phrase": whose covered text ends with it). */
    private static DateMention endAt(AnnotatedText t, String phrase) {
        boolean suffix = phrase.startsWith("~");
        String p = (suffix ? phrase.substring(1) : phrase).replace("\\n", "\n");
        List<DateMention> hits = t.dates().stream()
                .filter(d -> suffix ? Texts.covered(t, d).endsWith(p) : Texts.covered(t, d).equals(p))
                .filter(DateMention::givesEnd)
                .toList();
        if (hits.size() != 1) {
            fail("expected one end date covering '" + p.replace("\n", "\\n") + "', found " + hits.size()
                    + "; dates:\n" + Texts.describe(t, t.dates()));
        }
        return hits.get(0);
    }

    @ParameterizedTest(name = "{2} -> {3} inclusive={4} {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # section 3 table rows, in sentences of the corpus letters
            2022-06-17-samenhang | Het kabinet verlengt de bijdrage met twaalf militairen aan UNTSO \\ntot en met 31 juli 2025, vanwege het belang van deze missie voor \\nstabiliteit in de regio. | tot en met 31 juli 2025 | 2025-07-31 | true | DAY
            2022-06-17-samenhang | Het kabinet verlengt de bijdrage met twaalf militairen aan UNTSO t/m 31 juli 2025. | t/m 31 juli 2025 | 2025-07-31 | true | DAY
            2022-06-17-samenhang | Met uitzondering van de Nederlandse bijdrage aan de \\nNAVO-troepenmacht in Litouwen enhanced Forward Presence (eFP, \\nverlengd tot 31 december 2024) lopen de verschillende nationale \\nmandaten voor de Nederlandse civiele en militaire bijdragen aan missies \\nen operaties dit jaar af. | tot 31 december 2024 | 2024-12-31 | false | DAY
            2022-06-17-samenhang | Het \\nkabinet heeft besloten deze bijdrage voorlopig ongewijzigd te verlengen \\ntot en met december 2022. | tot en met december 2022 | 2022-12-31 | true | MONTH
            2022-06-17-samenhang | Het kabinet heeft besloten deze bijdrage voorlopig ongewijzigd te verlengen t/m december 2022. | t/m december 2022 | 2022-12-31 | true | MONTH
            2022-06-17-samenhang | Tot eind juli \\n2022 bedraagt de Nederlandse bijdrage twee tot drie stafofficieren. | Tot eind juli \\n2022 | 2022-07-31 | true | MONTH
            2022-06-17-samenhang | De mandaten van de diverse kleine missiebijdragen lopen tot einde juli 2022. | tot einde juli 2022 | 2022-07-31 | true | MONTH
            2022-06-17-samenhang | De bijdrage aan MINUSMA loopt eind juli 2022 af. | eind juli 2022 | 2022-07-31 | true | MONTH
            2025-05-verslag-so-inzet-2025-2028 | Dit moet zijn tot en met eind juni 2028, gelijk aan de overige nationale \\nkaders in de brief. | tot en met eind juni 2028 | 2028-06-30 | true | MONTH
            2025-05-verslag-so-inzet-2025-2028 | Tevens is per abuis is in deze brief opgenomen dat de Nederlandse \\nbijdrage aan OPA van één niet-operationele stafofficier verlengd wordt tot en met eind mei\\n2025. | tot en met eind mei\\n2025 | 2025-05-31 | true | MONTH
            2022-06-17-samenhang | 1 De bijdrage aan eFP Litouwen (tot eind 2024), de Patriots in Slowakije (tot oktober 2022) en de \\nbijdrage aan de FRA geleide battle group in Roemenië (tot zomer 2023). | tot eind 2024 | 2024-12-31 | true | YEAR
            2022-06-17-samenhang | 1 De bijdrage aan eFP Litouwen (tot eind 2024), de Patriots in Slowakije (tot oktober 2022) en de \\nbijdrage aan de FRA geleide battle group in Roemenië (tot zomer 2023). | tot oktober 2022 | 2022-10-01 | false | MONTH
            2022-06-17-samenhang | 1 De bijdrage aan eFP Litouwen (tot eind 2024), de Patriots in Slowakije (tot oktober 2022) en de \\nbijdrage aan de FRA geleide battle group in Roemenië (tot zomer 2023). | tot zomer 2023 | 2023-06-21 | false | SEASON
            2022-06-17-samenhang | Daarnaast levert \\nNederland t/m 2024 een significante bijdrage aan de NAVO-reactiemacht (NRF) (2022–2024). | t/m 2024 | 2024-12-31 | true | YEAR
            2018-06-toekomstige-bijdragen-missies | Het kabinet heeft tevens besloten tot een meerjarige \\nbijdrage (tot en met 2020) aan de vooruitgeschoven NAVO-aanwezigheid in \\nLitouwen. | tot en met 2020 | 2020-12-31 | true | YEAR
            2025-04-25-althea | Dit is een inzet van maximaal 175 militairen tot 1 oktober 2026. | tot 1 oktober 2026 | 2026-10-01 | false | DAY
            2018-06-toekomstige-bijdragen-missies | Het kabinet heeft besloten \\ndat de huidige Nederlandse inzet in MINUSMA per 1 mei 2019 wordt beëindigd om \\neen ordentelijke afbouw en verantwoorde overdracht te realiseren. | per 1 mei 2019 | 2019-05-01 | false | DAY
            2022-06-17-samenhang | In het licht hiervan informeert het kabinet \\nuw Kamer in deze brief over de toekomst en samenhang van de Neder-\\nlandse inzet in missies en operaties tot medio 2025. | tot medio 2025 | 2025-06-30 | true | HALF
            2022-06-17-samenhang | Ook levert Nederland in 2025 een bijdrage aan de EU Battle Group (snelle reactiemacht). | in 2025 | 2025-12-31 | true | YEAR
            2022-06-17-samenhang | Momenteel wordt in coalitieverband gesproken over verlenging van het \\neind dit jaar aflopende mandaat van EMASoH. | eind dit jaar | 2022-12-31 | true | YEAR
            2006-2012-historische-missie-eusec-drc-defensie | Duur missie\\n15 mei 2006 - 1 februari 2012\\nAantal militairen\\n24 | 15 mei 2006 - 1 februari 2012 | 2012-02-01 | true | DAY
            2014-kamerbrief-passage-baltic-air-policing | Inmiddels is bekend dat de slots voor (de versterking van) BAP in 2014 zijn gevuld met uitzondering van één slot op Malbork in de periode september – december 2014. | ~september – december 2014 | 2014-12-31 | true | MONTH
            2011-01-07-artikel100-politietrainingsmissie-kunduz | In deze brief wordt u geïnformeerd over het besluit van de regering een geïntegreerde politietrainingsmissie in Afghanistan uit te voeren in de periode 2011–2014. | in de periode 2011–2014 | 2014-12-31 | true | YEAR
            2013-04-10-brief-ocean-shield-helikopter | Ik heb toegezegd u tijdig te informeren over de inzet van een helikopter tijdens anti-piraterijoperatie Ocean Shield, van half mei tot en met half augustus 2013. | ~half mei tot en met half augustus 2013 | 2013-08-15 | true | MONTH
            2005-11-04-brief-eu-battlegroups-2007 | Hierbij informeren wij u over de militaire bijdrage die ons land aanbiedt voor deelneming aan de snelle reactiemacht van de EU in de eerste helft van 2007. | in de eerste helft van 2007 | 2007-06-30 | true | HALF
            brief-emasoh | Den Haag, 3 maart 2020\\n\\nDe Nederlandse bijdrage aan EMASoH stopt per vandaag. | per vandaag | 2020-03-03 | false | DAY
            brief-emasoh | Den Haag, 3 maart 2020\\n\\nDe Nederlandse bijdrage aan EMASoH wordt beëindigd met ingang van heden. | met ingang van heden | 2020-03-03 | false | DAY
            brief-eutm | Den Haag, 12 juli 2021\\n\\nHet kabinet beëindigt per 1 september de bijdrage aan EUTM Mali. | per 1 september | 2021-09-01 | false | DAY
            brief-opa | Den Haag, 4 april 2025\\n\\nNederland levert tot begin 2026 een stafofficier aan OPA. | tot begin 2026 | 2026-01-01 | false | MONTH
            2023-10-25-brief | Het kabinet verlengt de bijdrage aan de battle group in Roemenië tot voorjaar 2024. | tot voorjaar 2024 | 2024-03-20 | false | SEASON
            2023-10-25-brief | Het kabinet verlengt de bijdrage aan de battle group in Roemenië tot najaar 2024. | tot najaar 2024 | 2024-09-22 | false | SEASON
            2023-10-25-brief | Het kabinet verlengt de bijdrage aan de battle group in Roemenië tot winter 2024. | tot winter 2024 | 2024-12-21 | false | SEASON
            2025-04-25-althea | Het kabinet verlengt de bijdrage aan EUFOR Althea tot en met het eerste kwartaal van 2026. | tot en met het eerste kwartaal van 2026 | 2026-03-31 | true | QUARTER
            brief-interflex | Den Haag, 25 oktober 2023\\n\\nDe Nederlandse bijdrage aan operatie Interflex loopt tot volgend jaar. | tot volgend jaar | 2024-01-01 | false | YEAR
            brief-interflex | Den Haag, 25 oktober 2023\\n\\nDe Nederlandse bijdrage aan operatie Interflex loopt tot eind volgend jaar. | tot eind volgend jaar | 2024-12-31 | true | YEAR
            2010-02-01-brief-verlenging-ntm-i-irak | Hierbij informeren wij u over het besluit van de regering om de Nederlandse bijdrage van vijf militairen ten behoeve van de NAVO-trainingsmissie in Irak (NTM-I) per 1 januari 2010 met een jaar te verlengen tot en met 31 december 2010. | tot en met 31 december 2010 | 2010-12-31 | true | DAY
            # the gold NOTES of the second development set
            2011-03-22-artikel100-libie-wapenembargo-navo | Een KDC-10 tankvliegtuig tot 4 april; | tot 4 april | 2011-04-04 | false | DAY
            2019-06-14-brief-samenhang-snelle-reactiemachten-missies | De ontwikkelingen betreffen het aflopen van het mandaat voor de Nederlandse bijdrage aan de anti-ISIS coalitie en de bredere veiligheidsinzet in Irak per 31 december 2019 en aan de vooruitgeschoven NAVO-aanwezigheid (enhanced Forward Presence) in Litouwen per 31 december 2020. | per 31 december 2019 | 2019-12-31 | false | DAY
            2019-06-14-brief-samenhang-snelle-reactiemachten-missies | De ontwikkelingen betreffen het aflopen van het mandaat voor de Nederlandse bijdrage aan de anti-ISIS coalitie en de bredere veiligheidsinzet in Irak per 31 december 2019 en aan de vooruitgeschoven NAVO-aanwezigheid (enhanced Forward Presence) in Litouwen per 31 december 2020. | per 31 december 2020 | 2020-12-31 | false | DAY
            2005-2011-historische-missie-kfor-nederlands-aandeel-defensie | Van 1 februari tot 1 juli 2007 stelde het ministerie van Defensie ook een chirurgisch team van 7 personen aan KFOR beschikbaar. | Van 1 februari tot 1 juli 2007 | 2007-07-01 | false | DAY
            2005-2011-historische-missie-kfor-nederlands-aandeel-defensie | Nederland vulde tot 30 september 2011 de functie van Provost Marshall binnen KFOR. | tot 30 september 2011 | 2011-09-30 | false | DAY
            2002-04-08-eindevaluatie-unficyp-defensie | Nederland nam in de periode van juni 1998 tot juni 2001 met ongeveer honderd militairen deel aan de VN-vredesmissie op Cyprus. | ~juni 1998 tot juni 2001 | 2001-06-01 | false | MONTH
            2007-nimh-overzicht-inzet-grote-merengebied | European Union Force Democratic Republic of Congo (EUFOR RDC) Duur: 13 juli – 18 december 2006\\n\\nAantal militairen: 62 Onderscheidingen: geen Dodelijke slachtoffers: geen | 13 juli – 18 december 2006 | 2006-12-18 | true | DAY
            2007-nimh-overzicht-inzet-grote-merengebied | United Nations Organization Mission in the Democratic Republic of the Congo (MONUC) Duur: 7 januari 2005 – 17 februari 2007\\n\\nAantal militairen: 3 | 7 januari 2005 – 17 februari 2007 | 2007-02-17 | true | DAY
            2022-defensie-onderwerp-nederlandse-bijdrage-mali | Nederland ondersteunde de VN-missie Minusma tot mei 2022 voor 6 maanden met een transportvliegtuig (C-130 Hercules) en ongeveer 90 militairen. | tot mei 2022 | 2022-05-01 | false | MONTH
            2020-01-28-nieuws-emasoh-de-ruyter-rijksoverheid | Daar blijft het tot juni als onderdeel van een Europese veiligheidsmissie. | tot juni | 2020-06-01 | false | MONTH
            """)
    void endDates(String id, String sentence, String phrase, LocalDate end, boolean inclusive, Precision precision) {
        AnnotatedText t = dates(id, sentence);
        DateMention d = endAt(t, phrase);
        assertEquals(end, d.endDay(), "end of '" + phrase + "'");
        assertEquals(inclusive, d.inclusive(), "inclusive of '" + phrase + "'");
        assertEquals(precision, d.endPrecision(), "precision of '" + phrase + "'");
    }

    @Test
    void perWithoutAVerbOfEndingIsAStart() {
        AnnotatedText t = dates("2010-09-09-nieuws-eu-battlegroup-2011-defensie", "Nederland levert per 1 januari "
                + "2011 ongeveer 1.200 militairen aan de snelle interventiemacht van de Europese Unie, de "
                + "EU-Battlegroup.");
        DateMention d = Texts.only(t, t.dates(), "per 1 januari 2011");
        assertEquals(Role.START, d.role());
        assertEquals(LocalDate.of(2011, 1, 1), d.startDay());
        assertEquals(Precision.DAY, d.startPrecision());
        assertNull(d.endDay());
        assertFalse(d.givesEnd());
    }

    /** Spec section 3: "per 1 januari 2010 met een jaar verlengen": start 2010-01-01, end 2010-12-31 inclusive. */
    @Test
    void perWithALengthGivesStartAndEnd() {
        AnnotatedText t = dates("2010-02-01-brief-verlenging-ntm-i-irak", "Het kabinet heeft besloten de Nederlandse "
                + "bijdrage van vijf militairen aan de NAVO-trainingsmissie in Irak (NTM-I) per 1 januari 2010 met een "
                + "jaar te verlengen.");
        DateMention start = Texts.only(t, t.dates(), "per 1 januari 2010");
        assertEquals(Role.START, start.role());
        assertEquals(LocalDate.of(2010, 1, 1), start.startDay());
        DateMention length = Texts.only(t, t.dates(), "met een jaar");
        assertEquals(Role.DURATION, length.role());
        assertEquals(Period.ofYears(1), Period.parse(length.duration()).normalized());
        assertEquals(LocalDate.of(2010, 12, 31), length.endDay());
        assertEquals(Boolean.TRUE, length.inclusive());
        assertEquals(LocalDate.of(2010, 1, 1), length.startDay());
    }

    /** NOTES-more 20: start 2017-01-31 plus six weeks, last day 2017-03-13, inclusive, precision month. */
    @Test
    void aDurationWithAStartGivesAnEnd() {
        AnnotatedText t = dates("2017-01-27-brief-f16-force-protection-anti-isis", "Naast de inzet van trainers in "
                + "Bagdad en Noord Irak, de reeds aan uw Kamer gemelde inzet van een advise & assist-team (Kamerstuk "
                + "27 925, nr. 603) zal Nederland vanaf eind januari 2017 voor een periode van zes weken het eerder aan "
                + "uw Kamer gemelde team inzetten.");
        DateMention start = Texts.only(t, t.dates(), "vanaf eind januari 2017");
        assertEquals(Role.START, start.role());
        assertEquals(LocalDate.of(2017, 1, 31), start.startDay());
        DateMention d = Texts.only(t, t.dates(), "voor een periode van zes weken");
        assertEquals(LocalDate.of(2017, 3, 13), d.endDay());
        assertEquals(Boolean.TRUE, d.inclusive());
        assertEquals(Precision.MONTH, d.endPrecision());
        assertEquals(42, Period.parse(d.duration()).getDays());
    }

    /** Spec section 3: "van 1 augustus 2025 voor één jaar" ends 2026-07-31, inclusive. */
    @Test
    void aDurationFromAStartDay() {
        AnnotatedText t = dates("2025-04-04-brief", "Het kabinet levert van 1 augustus 2025 voor één jaar een "
                + "bijdrage met twaalf militairen aan UNTSO.");
        List<DateMention> ends = t.dates().stream().filter(DateMention::givesEnd).toList();
        assertEquals(1, ends.size(), () -> Texts.describe(t, t.dates()));
        assertEquals(LocalDate.of(2026, 7, 31), ends.get(0).endDay());
        assertEquals(Boolean.TRUE, ends.get(0).inclusive());
        assertEquals(Precision.DAY, ends.get(0).endPrecision());
        assertTrue(Texts.covered(t, ends.get(0)).endsWith("voor één jaar"), Texts.covered(t, ends.get(0)));
    }

    /** A duration without a start gives a length, not an end (spec section 3, NOTES-more 20). */
    @ParameterizedTest(name = "{2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2003-02-07-brief-patriots-turkije | De eenheden worden beschikbaar gesteld voor een termijn van zes maanden. | voor een termijn van zes maanden | P6M
            2011-03-22-artikel100-libie-wapenembargo-navo | Een mijnenjager voor de duur van drie maanden; | voor de duur van drie maanden | P3M
            2015-01-30-nieuws-unmiss-verlenging-rijksoverheid | Nederland verlengt zijn deelname aan de VN-missie UNMISS in Zuid-Soedan met een jaar. | met een jaar | P1Y
            2015-02-24-antwoorden-kamervragen-patriot-eenheid-turkije | Omdat het benodigde onderhoud tijdens de twee jaar durende missie slechts gedeeltelijk kon worden uitgevoerd, is er nu sprake van achterstallig onderhoud. | twee jaar durende | P2Y
            2022-06-17-samenhang | In aanvulling daarop onderzoekt het kabinet de \\nmogelijkheid van een bijdrage met een of twee stafofficieren aan de \\nMAICC, voor de voorlopige duur van een jaar (startdatum nog te bepalen). | voor de voorlopige duur van een jaar | P1Y
            2025-04-25-althea | Nederland levert een bijdrage aan EUFOR Althea voor de duur van één jaar. | voor de duur van één jaar | P1Y
            """)
    void durationsWithoutAStart(String id, String sentence, String phrase, String period) {
        AnnotatedText t = dates(id, sentence);
        DateMention d = Texts.only(t, t.dates(), phrase.replace("\\n", "\n"), x -> x.role() == Role.DURATION);
        assertEquals(Period.parse(period).normalized(), Period.parse(d.duration()).normalized());
        assertNull(d.endDay(), "a length without a start is no end");
        assertFalse(d.givesEnd());
        assertTrue(t.dates().stream().noneMatch(DateMention::givesEnd), () -> Texts.describe(t, t.dates()));
    }

    /** "anderhalf" is a Dutch number (spec section 2): "de komende anderhalf jaar" is eighteen months. */
    @Test
    void anderhalfJaar() {
        AnnotatedText t = dates("2005-11-04-brief-eu-battlegroups-2007", "Tijdens de Coordination Conferences zullen "
                + "de lidstaten de details voor de komende anderhalf jaar uitwerken.");
        List<DateMention> lengths = t.dates().stream().filter(d -> d.role() == Role.DURATION)
                .filter(d -> Texts.covered(t, d).endsWith("anderhalf jaar")).toList();
        assertEquals(1, lengths.size(), () -> Texts.describe(t, t.dates()));
        assertEquals(18, Period.parse(lengths.get(0).duration()).toTotalMonths());
    }

    /** A date without a year takes the letter's year: "op 31 maart jl." in a 2022 letter (spec section 3). */
    @Test
    void aDateWithoutAYearTakesTheLettersYear() {
        AnnotatedText t = dates("2022-06-17-samenhang-missies-2022-2025", "Als gevolg van de oorlog in Oekraïne en de "
                + "weigering van Rusland om \nmee te werken aan verlenging van het op 31 maart jl. aflopende mandaat, "
                + "\nheeft de OVSE moeten besluiten de Special Monitoring Mission in Oekraïne (SMM) te \nbeëindigen.");
        DateMention d = Texts.only(t, t.dates(), "31 maart jl.");
        assertEquals(LocalDate.of(2022, 3, 31), d.endDay() != null ? d.endDay() : d.startDay());
    }

    /** 2018-06 letter: the file name gives June 2018, so "13 juni jl." is 13 June 2018. */
    @Test
    void jlResolvesAgainstTheFileNameMonth() {
        AnnotatedText t = dates("2018-06-toekomstige-bijdragen-missies", "Op 13 juni jl. publiceerde de Algemene "
                + "Rekenkamer het onderzoek naar de inzetbaarheid van de krijgsmacht.");
        DateMention d = Texts.only(t, t.dates(), "13 juni jl.");
        assertEquals(LocalDate.of(2018, 6, 13), d.endDay() != null ? d.endDay() : d.startDay());
        assertFalse(d.givesEnd(), "a date the letter only mentions bounds nothing");
    }

    /** "Zoals gemeld in de artikel 100-brief van 9 september jl." names a letter, not an end. */
    @Test
    void aMentionedDateIsNoEnd() {
        AnnotatedText t = dates("2017-01-27-brief-f16-force-protection-anti-isis", "Zoals aan uw Kamer gemeld in de "
                + "artikel 100-brief van 9 september jl. (Kamerstuk 27 925, nr. 597) heeft België de inzet van F-16's "
                + "in de strijd tegen ISIS van Nederland overgenomen.");
        assertTrue(t.dates().stream().noneMatch(DateMention::givesEnd), () -> Texts.describe(t, t.dates()));
        DateMention d = Texts.only(t, t.dates(), "9 september jl.");
        assertEquals(LocalDate.of(2016, 9, 9), d.startDay());
    }

    // ------------------------------------------------------------------ every corpus letter

    static Stream<Path> corpusFiles() throws IOException {
        return Texts.corpusLetters();
    }

    /** Every mention is a trimmed phrase; an end has a value, a precision and "inclusive"; a length parses. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void dateInvariantsOnEveryCorpusLetter(Path file) {
        String name = file.getFileName().toString();
        AnnotatedText t = Texts.annotate(name.substring(0, name.lastIndexOf('.')), Texts.corpus(file.toString()),
                Layer.DATES);
        for (DateMention d : t.dates()) {
            String covered = Texts.covered(t, d);
            assertFalse(covered.isBlank(), () -> "empty date " + d);
            assertEquals(covered.strip(), covered, () -> "untrimmed date " + d);
            assertNotNull(d.role());
            if (d.role() == Role.END || d.role() == Role.PERIOD) {
                assertNotNull(d.endDay(), () -> "an end without a day: " + d);
            }
            if (d.endDay() != null) {
                assertNotNull(d.endPrecision(), () -> "an end without a precision: " + d);
                assertNotNull(d.inclusive(), () -> "an end without inclusive: " + d);
            }
            if (d.role() == Role.DURATION) {
                assertNotNull(d.duration(), () -> "a length without a period: " + d);
                Period.parse(d.duration());
            }
            if (d.role() == Role.START) {
                assertNotNull(d.startDay(), () -> "a start without a day: " + d);
            }
        }
    }
}
