package nl.kamerbrief.mandates.annotate;

import java.util.Locale;

/** How a headcount is qualified (spec section 2). */
public enum Qualifier {
    EXACT, MAX, MIN, APPROX, RANGE;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Qualifier of(String s) {
        return valueOf(s.strip().toUpperCase(Locale.ROOT));
    }
}
