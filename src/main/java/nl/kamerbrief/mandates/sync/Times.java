package nl.kamerbrief.mandates.sync;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Lenient reading of the times the APIs give: with or without offset, fraction of any length, or a bare date. A
 * time without offset is Dutch time (Europe/Amsterdam), as the parliament's systems keep it.
 */
final class Times {

    static final ZoneId DUTCH = ZoneId.of("Europe/Amsterdam");

    private Times() {
    }

    /** The instant {@code s} names, or null when it names none. */
    static Instant instant(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String v = s.strip();
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            // no offset, or a date only
        }
        try {
            return LocalDateTime.parse(v).atZone(DUTCH).toInstant();
        } catch (DateTimeParseException e) {
            // a date only
        }
        try {
            return LocalDate.parse(v).atStartOfDay(DUTCH).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The calendar date {@code s} names in its own offset ("2025-04-25T00:00:00+02:00" is 25 April), or null. */
    static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String v = s.strip();
        try {
            return OffsetDateTime.parse(v).toLocalDate();
        } catch (DateTimeParseException e) {
            // no offset
        }
        try {
            return LocalDateTime.parse(v).toLocalDate();
        } catch (DateTimeParseException e) {
            // a date only
        }
        try {
            return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
