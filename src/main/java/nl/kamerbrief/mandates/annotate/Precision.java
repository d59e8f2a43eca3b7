package nl.kamerbrief.mandates.annotate;

import java.util.Locale;

/** How exactly a date was stated (spec section 2). */
public enum Precision {
    DAY, MONTH, QUARTER, SEASON, HALF, YEAR;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
