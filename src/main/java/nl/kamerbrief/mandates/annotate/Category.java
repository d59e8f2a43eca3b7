package nl.kamerbrief.mandates.annotate;

import java.util.Locale;

/** Personnel categories (spec section 2). */
public enum Category {
    MILITARY, CIVILIAN, POLICE, KMAR;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Category of(String s) {
        return valueOf(s.strip().toUpperCase(Locale.ROOT));
    }
}
