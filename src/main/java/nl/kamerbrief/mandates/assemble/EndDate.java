package nl.kamerbrief.mandates.assemble;

import java.time.LocalDate;
import nl.kamerbrief.mandates.annotate.Precision;

/** The boundary day a contribution ends at, and whether it still runs on that day (spec section 3). */
public record EndDate(LocalDate value, Precision precision, Boolean inclusive, String text) {
}
