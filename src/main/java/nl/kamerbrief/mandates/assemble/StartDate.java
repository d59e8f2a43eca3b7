package nl.kamerbrief.mandates.assemble;

import java.time.LocalDate;
import nl.kamerbrief.mandates.annotate.Precision;

/** The day a contribution starts, where the letter says. */
public record StartDate(LocalDate value, Precision precision, String text) {
}
