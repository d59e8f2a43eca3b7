package nl.kamerbrief.mandates.assemble;

import static nl.kamerbrief.mandates.assemble.Letters.expect;
import static nl.kamerbrief.mandates.assemble.Letters.one;
import static nl.kamerbrief.mandates.assemble.Letters.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import nl.kamerbrief.mandates.annotate.Action;
import nl.kamerbrief.mandates.annotate.Qualifier;
import nl.kamerbrief.mandates.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/**
 * Spec section 2, {@code mission.known}: true when the name came from the rules' mission list, false when found by
 * pattern; an unknown mission keeps the name as the letter writes it, and its record is built like any other.
 */
class UnknownMissionTest {

    /** A new member of a known family ("EUNAVFOR ..."), not in missions.json: known=false, the name as written. */
    @Test
    void anUnknownMemberOfAKnownFamily() {
        Pipeline.Result r = run("2025-05-01-brief", """
                Het kabinet onderzoekt een bijdrage met maximaal vier stafofficieren aan EUNAVFOR Sentinel.
                """);
        MandateRecord m = one(r, "eunavfor-sentinel");
        assertFalse(m.mission().known(), Letters.line(m));
        assertEquals("EUNAVFOR Sentinel", m.mission().name());
        assertEquals("EUNAVFOR Sentinel", m.mission().text());
        expect(r, m, Action.EXPLORE, 4, Qualifier.MAX, null, null, null);
    }

    /** "operatie X" with X not in the list: known=false, named X, with its size and end date. */
    @Test
    void anUnknownOperationByPattern() {
        Pipeline.Result r = run("2019-01-15-brief", """
                Nederland levert tot en met 31 december 2019 een bijdrage van twee stafofficieren aan operatie \
                Northern Shield.
                """);
        MandateRecord m = one(r, "northern-shield");
        assertFalse(m.mission().known(), Letters.line(m));
        assertEquals("Northern Shield", m.mission().name());
        assertTrue(m.mission().text().endsWith("Northern Shield"), m.mission().text());
        expect(r, m, Action.CONTINUE, 2, Qualifier.EXACT, null, LocalDate.of(2019, 12, 31), true);
    }

    /** A known mission beside an unknown one in one sentence: each keeps its own flag, size and decision. */
    @Test
    void aKnownAndAnUnknownMissionSideBySide() {
        Pipeline.Result r = run("2025-05-01-brief", """
                Het kabinet verlengt de bijdrage met drie stafofficieren aan EUNAVFOR Atalanta tot en met 31 juli \
                2026. Daarnaast onderzoekt het kabinet een bijdrage met twee stafofficieren aan EUNAVFOR Sentinel.
                """);
        MandateRecord atalanta = one(r, "eunavfor-atalanta");
        MandateRecord sentinel = one(r, "eunavfor-sentinel");
        assertTrue(atalanta.mission().known(), Letters.line(atalanta));
        assertFalse(sentinel.mission().known(), Letters.line(sentinel));
        expect(r, atalanta, Action.EXTEND, 3, Qualifier.EXACT, null, LocalDate.of(2026, 7, 31), true);
        expect(r, sentinel, Action.EXPLORE, 2, Qualifier.EXACT, null, null, null);
    }

    /** The catalogue's missions are known, whatever form the letter uses: "EUNAVFOR operatie Aspides". */
    @Test
    void aCatalogueAliasIsKnown() {
        Pipeline.Result r = run("2025-02-13-beslisnota", """
                ### 3. Voortzetting, incl. evt. aanpassing nationale kaders

                #### Rode Zee

                - [Griekenland/OHQ] EUNAVFOR operatie Aspides – circa tien personen.
                """);
        MandateRecord m = one(r, "eunavfor-aspides");
        assertTrue(m.mission().known(), Letters.line(m));
        assertEquals("EUNAVFOR Aspides", m.mission().name());
        expect(r, m, Action.EXTEND, 10, Qualifier.APPROX, null, null, null);
    }

    /** An unknown mission's value, stated in the next sentence, goes to it as to any topic. */
    @Test
    void anUnknownMissionAsTheTopicOfTheNextSentence() {
        Pipeline.Result r = run("2025-05-01-brief", """
                Het kabinet heeft besloten bij te dragen aan EUNAVFOR Sentinel. Nederland levert hiervoor maximaal \
                vijf militairen tot en met 31 december 2026.
                """);
        MandateRecord m = one(r, "eunavfor-sentinel");
        assertFalse(m.mission().known(), Letters.line(m));
        assertEquals(5, m.personnel().count(), Letters.line(m));
        assertEquals(Qualifier.MAX, m.personnel().qualifier(), Letters.line(m));
        assertEquals(LocalDate.of(2026, 12, 31), m.endDate() == null ? null : m.endDate().value(), Letters.line(m));
        assertEquals(1, r.records().size(), Letters.describe(r));
    }
}
