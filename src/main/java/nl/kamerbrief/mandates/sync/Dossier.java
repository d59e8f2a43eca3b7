package nl.kamerbrief.mandates.sync;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Kamerstuk dossier: its number and, for budget dossiers and the like, a letter part ("36200-X"). */
public record Dossier(int number, String suffix) {

    private static final Pattern FORM = Pattern.compile("(\\d{1,3}(?:[ .]?\\d{3})?)(?:[- ]([A-Za-z0-9]{1,6}))?");

    public Dossier {
        if (number <= 0) {
            throw new IllegalArgumentException("a dossier number is positive: " + number);
        }
        suffix = suffix == null || suffix.isBlank() ? null : suffix.toUpperCase(Locale.ROOT);
    }

    /** Reads "29521", "29 521", "36200-X" or "36200 X"; throws with the reason otherwise. */
    public static Dossier parse(String s) {
        Matcher m = FORM.matcher(s == null ? "" : s.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a dossier number: '" + s + "' (like 29521 or 36200-X)");
        }
        return new Dossier(Integer.parseInt(m.group(1).replaceAll("[ .]", "")), m.group(2));
    }

    /** "29521" or "36200-X", as in Kamerstuk ids and cursor names. */
    @Override
    public String toString() {
        return suffix == null ? Integer.toString(number) : number + "-" + suffix;
    }
}
