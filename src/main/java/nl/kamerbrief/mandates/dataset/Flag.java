package nl.kamerbrief.mandates.dataset;

import java.time.LocalDate;
import java.util.List;

/**
 * Something in a mission's history an archivist should look at.
 *
 * @param kind {@link #SAME_DATE_DISAGREEMENT} or {@link #END_DATE_PASSED}
 * @param date the letters' date, or the last day of the mandate that passed
 * @param documents the letters concerned
 * @param detail what the letters say, in a sentence
 */
public record Flag(String kind, LocalDate date, List<String> documents, String detail) {

    /** Two letters of the same date give the mission different headcounts. */
    public static final String SAME_DATE_DISAGREEMENT = "same_date_disagreement";
    /** The mission's current end date has passed and no letter dated after it says what came next. */
    public static final String END_DATE_PASSED = "end_date_passed";

    public Flag {
        documents = List.copyOf(documents);
    }
}
