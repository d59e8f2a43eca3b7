package nl.kamerbrief.mandates.annotate.dates;

import java.time.LocalDate;
import java.time.YearMonth;
import nl.kamerbrief.mandates.annotate.Precision;

/**
 * A date expression before resolution: which fields the text gave, and which part of the period it points at.
 * {@link #resolve(LocalDate)} fills a missing year from the letter's date (HeidelTime's "UNDEF-year", resolved
 * later against the document date).
 */
record DateSpec(Integer year, Integer month, Integer day, Unit unit, String part, int[] seasonStart, int ordinal,
                String relative, String suffix) {

    enum Unit { DAY, MONTH, YEAR, SEASON, QUARTER, HALF_YEAR }

    /** The resolved period [first, last] with its precision, or null when no year can be found. */
    record Resolved(LocalDate first, LocalDate last, Precision precision, boolean isPoint) {
    }

    Resolved resolve(LocalDate anchor) {
        Integer y = year;
        if ("this-year".equals(relative)) {
            if (anchor == null) {
                return null;
            }
            y = anchor.getYear();
        } else if ("next-year".equals(relative)) {
            if (anchor == null) {
                return null;
            }
            y = anchor.getYear() + 1;
        } else if ("last-year".equals(relative)) {
            if (anchor == null) {
                return null;
            }
            y = anchor.getYear() - 1;
        } else if ("today".equals(relative)) {
            return anchor == null ? null : new Resolved(anchor, anchor, Precision.DAY, true);
        }
        if (y == null) {
            if (anchor == null) {
                return null;
            }
            y = anchor.getYear();
            if (month != null) {
                int m = month;
                if ("jl".equals(suffix)) {
                    y = m > anchor.getMonthValue() ? y - 1 : y;
                } else if ("as".equals(suffix)) {
                    y = m < anchor.getMonthValue() ? y + 1 : y;
                } else {
                    // a day without a year is the one nearest to the letter's date ("op 12 november" in a
                    // January letter is last November; "tot 4 april" in March is this April)
                    int monthsAhead = m - anchor.getMonthValue();
                    if (monthsAhead > 6) {
                        y = y - 1;
                    } else if (monthsAhead < -6) {
                        y = y + 1;
                    }
                }
            }
        }
        try {
            return switch (unit) {
                case DAY -> {
                    LocalDate d = LocalDate.of(y, month, day);
                    yield new Resolved(d, d, Precision.DAY, true);
                }
                case MONTH -> {
                    YearMonth ym = YearMonth.of(y, month);
                    yield withPart(ym.atDay(1), ym.atEndOfMonth(), Precision.MONTH, 15);
                }
                case YEAR -> withPart(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Precision.YEAR, 0);
                case SEASON -> {
                    LocalDate s = LocalDate.of(y, seasonStart[0], seasonStart[1]);
                    yield new Resolved(s, s.plusMonths(3).minusDays(1), Precision.SEASON, false);
                }
                case QUARTER -> {
                    LocalDate s = LocalDate.of(y, (ordinal - 1) * 3 + 1, 1);
                    yield new Resolved(s, s.plusMonths(3).minusDays(1), Precision.QUARTER, false);
                }
                case HALF_YEAR -> {
                    LocalDate s = LocalDate.of(y, ordinal == 1 ? 1 : 7, 1);
                    yield new Resolved(s, s.plusMonths(6).minusDays(1), Precision.HALF, false);
                }
            };
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** Applies begin/eind/medio/half to a month (midDay 15) or a year (medio is 30 June). */
    private Resolved withPart(LocalDate first, LocalDate last, Precision precision, int midDay) {
        if (part == null) {
            return new Resolved(first, last, precision, false);
        }
        return switch (part) {
            case "begin" -> new Resolved(first, first, precision == Precision.YEAR ? Precision.MONTH : precision,
                    true);
            case "end" -> new Resolved(last, last, precision, true);
            case "mid", "half" -> {
                LocalDate mid = midDay > 0 ? first.withDayOfMonth(midDay) : LocalDate.of(first.getYear(), 6, 30);
                yield new Resolved(mid, mid, midDay > 0 ? precision : Precision.HALF, true);
            }
            default -> new Resolved(first, last, precision, false);
        };
    }
}
