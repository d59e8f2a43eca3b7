package nl.kamerbrief.mandates.annotate;

import java.time.LocalDate;
import nl.kamerbrief.mandates.text.CharSpan;
import nl.kamerbrief.mandates.text.Spanned;

/**
 * A date expression, resolved against the letter's date (spec section 3).
 *
 * @param role      what the expression says about a contribution
 * @param endDay    the boundary day named, for roles that give an end; null otherwise
 * @param inclusive whether the contribution still runs on {@code endDay}
 * @param startDay  the first day, where the phrase gives one ("per 1 januari 2010", "van 1 februari tot ...")
 * @param duration  ISO-8601 period where a length is stated ("P6M"), else null
 * @param rule      the name of the grammar rule that matched, for tests and debugging
 */
public record DateMention(CharSpan span, Role role, LocalDate endDay, Precision endPrecision, Boolean inclusive,
                          LocalDate startDay, Precision startPrecision, String duration, String rule)
        implements Spanned {

    public enum Role {
        /** An explicit boundary: "tot (en met)", "t/m", "per ... beëindigd", the end of a dash range. */
        END,
        /** A period the contribution runs in: "in 2025", "heel 2022", "de eerste helft van 2011" (a weaker end). */
        PERIOD,
        /** A start: "per 1 januari 2010" without a verb of ending, "met ingang van", "vanaf", "sinds". */
        START,
        /** A length: "voor de duur van één jaar"; with a start in the same phrase it also gives an end. */
        DURATION,
        /** A point in time that bounds nothing: "op 6 februari", "d.d. 25 april", "in mei 2022". */
        POINT
    }

    public boolean givesEnd() {
        return endDay != null && (role == Role.END || role == Role.PERIOD || role == Role.DURATION);
    }
}
