package nl.kamerbrief.mandates.pipeline;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import nl.kamerbrief.mandates.annotate.DutchNumerals;
import nl.kamerbrief.mandates.annotate.Texts;
import nl.kamerbrief.mandates.annotate.dates.DateAnnotator;
import nl.kamerbrief.mandates.annotate.header.HeaderAnnotator;
import nl.kamerbrief.mandates.annotate.segments.Segmenter;
import nl.kamerbrief.mandates.assemble.Evidence;
import nl.kamerbrief.mandates.assemble.MandateRecord;
import nl.kamerbrief.mandates.text.NormalizedText;
import org.junit.jupiter.api.Test;

/** The chain as one: its start-up order check, and records whose evidence offsets survive characters beyond U+FFFF. */
class PipelineTest {

    /** Code points {@code [from, to)} of {@code s}, as Python slices a str. */
    private static String codePoints(String s, int from, int to) {
        return new String(s.codePoints().toArray(), from, to - from);
    }

    /**
     * 🇳🇱 (two code points in four chars) and 😀 before the UNTSO sentence of the 2022 letter: the evidence span,
     * converted with {@link NormalizedText#codePointOffset}, selects the quote among the text's code points.
     */
    @Test
    void evidenceOffsetsInCodePointsAfterAnEmoji() {
        String raw = "\uD83C\uDDF3\uD83C\uDDF1 Kleinschalige missiebijdragen \uD83D\uDE00\n\n"
                + "Het kabinet verlengt de bijdrage met twaalf militairen aan UNTSO \n"
                + "tot en met 31 juli 2025, vanwege het belang van deze missie voor \n"
                + "stabiliteit in de regio. \n";
        Pipeline.Result r = Texts.run("2022-06-17-samenhang-emoji", raw);
        NormalizedText text = r.text().text();
        List<MandateRecord> untso = r.records().stream().filter(m -> "untso".equals(m.mission().id())).toList();
        assertEquals(1, untso.size(), () -> "records: " + r.records());
        MandateRecord record = untso.get(0);
        Evidence e = record.evidence();

        assertEquals(e.quote(), text.substring(e.span()));
        int cpStart = text.codePointOffset(e.span().start());
        int cpEnd = text.codePointOffset(e.span().end());
        assertEquals(e.quote(), codePoints(text.toString(), cpStart, cpEnd));
        assertEquals(e.span().start() - 3, cpStart, "three surrogate pairs stand before the sentence");
        assertEquals(e.quote().codePointCount(0, e.quote().length()), cpEnd - cpStart);
        assertTrue(e.quote().contains("twaalf militairen aan UNTSO"), e.quote());

        assertEquals(12, record.personnel().count());
        assertEquals(LocalDate.of(2025, 7, 31), record.endDate().value());
        assertEquals(Boolean.TRUE, record.endDate().inclusive());
    }

    /** The kennisgeving of 17 June 2022: one record, EUFOR Althea, explore, end 2025-07-31 inclusive (gold). */
    @Test
    void theKennisgevingAsTheGoldHasIt() {
        Pipeline.Result r = Texts.run("2022-06-17-kennisgeving-eufor-althea",
                Texts.corpus("2022-06-17-kennisgeving-eufor-althea.txt"));
        assertEquals(1, r.records().size(), () -> "records: " + r.records());
        MandateRecord m = r.records().get(0);
        assertEquals("EUFOR Althea", m.mission().name());
        assertEquals("explore", m.action().json());
        assertEquals(null, m.personnel().count());
        assertEquals(LocalDate.of(2025, 7, 31), m.endDate().value());
        assertEquals(Boolean.TRUE, m.endDate().inclusive());
        assertEquals("2022-06-17-kennisgeving-eufor-althea", m.document().id());
        assertEquals(LocalDate.of(2022, 6, 17), m.document().date());
        assertEquals(null, m.document().kamerstuk());
        assertEquals(m.evidence().quote(), r.text().text().substring(m.evidence().span()));
    }

    @Test
    void theRealChainPassesItsOrderCheck() {
        assertDoesNotThrow(() -> new Pipeline(Texts.RULES, false));
    }

    @Test
    void aStageBeforeALayerItReadsFailsAtStartUp() {
        DutchNumerals numerals = new DutchNumerals(Texts.RULES);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Pipeline.check(List.of(
                new Segmenter(Texts.RULES), new DateAnnotator(Texts.RULES, numerals))));
        assertTrue(e.getMessage().contains("DateAnnotator") && e.getMessage().contains("HEADER"), e.getMessage());
    }

    @Test
    void aLayerAddedTwiceFailsAtStartUp() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Pipeline.check(List.of(
                new HeaderAnnotator(Texts.RULES), new HeaderAnnotator(Texts.RULES))));
        assertTrue(e.getMessage().contains("HEADER"), e.getMessage());
    }
}
