package nl.kamerbrief.mandates.dataset;

import java.time.LocalDate;

/**
 * A record's {@code start_date} or {@code end_date}: the boundary day, its precision, whether the contribution still
 * runs on that day ({@code inclusive}, end dates only; null for a start) and the phrase in the letter.
 */
public record DateValue(LocalDate value, String precision, Boolean inclusive, String text) {

    /** The last day the contribution runs, for an end date: the day itself when inclusive, else the day before. */
    public LocalDate lastDay() {
        return Boolean.FALSE.equals(inclusive) ? value.minusDays(1) : value;
    }
}
