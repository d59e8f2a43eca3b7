package nl.kamerbrief.mandates.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes numbers 0-9999 as Dutch number words by the Taalunie's spelling rules, independently of the parser under
 * test: units and tens joined by "en", with a trema where "e" + "en" would run together ("tweeënveertig",
 * "drieëndertig"); "honderd" and "duizend" glued to what they multiply and to what follows ("honderdvijf",
 * "tweeduizendvijfhonderd"), without "een" before them. Besides that standard spelling, the other spellings a
 * letter may use for the same number: hundreds counted past a thousand ("twaalfhonderd", "negentienhonderdvijftig"),
 * "en" after honderd or duizend before a small number ("honderdeneen"), "één"/"eenhonderd"/"eenduizend", the trema
 * left out ("tweeentwintig"), and capitals at the start of a sentence.
 */
public final class DutchNumberWriter {

    private static final String[] UNITS = {"nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht",
            "negen", "tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien",
            "negentien"};
    private static final String[] TENS = {null, null, "twintig", "dertig", "veertig", "vijftig", "zestig",
            "zeventig", "tachtig", "negentig"};

    private DutchNumberWriter() {
    }

    /** The standard spelling: "nul", "tweeënveertig", "honderdvijf", "duizend", "tweeduizendvijfhonderd". */
    public static String standard(int n) {
        check(n);
        if (n == 0) {
            return "nul";
        }
        return thousands(n / 1000, false) + hundreds(n / 100 % 10, false) + belowHundred(n % 100);
    }

    /** Every spelling of {@code n} the rules admit, the standard one first. */
    public static List<String> spellings(int n) {
        check(n);
        List<String> out = new ArrayList<>();
        out.add(standard(n));
        if (n == 0) {
            return out;
        }
        int rest = n % 100;
        if (n == 1) {
            out.add("één");
        }
        // "eenhonderd", "eenduizend": the one written out
        if (n / 1000 == 1 || n / 100 % 10 == 1 && n / 1000 == 0) {
            out.add(thousands(n / 1000, true) + hundreds(n / 100 % 10, n / 1000 == 0) + belowHundred(rest));
        }
        // "twaalfhonderd", "negentienhonderdvijftig": hundreds counted past a thousand, for 1100-9999 off the
        // round thousand
        if (n >= 1100 && n / 100 % 10 != 0) {
            out.add(belowHundred(n / 100) + "honderd" + belowHundred(rest));
        }
        // "honderdeneen", "duizendentwaalf": "en" before a small number after honderd or duizend
        if (n >= 100 && rest >= 1 && rest <= 12) {
            out.add(thousands(n / 1000, false) + hundreds(n / 100 % 10, false) + "en" + UNITS[rest]);
        }
        // the trema left out: "tweeentwintig"
        String standard = standard(n);
        if (standard.contains("ë")) {
            out.add(standard.replace("ë", "e"));
        }
        // at the start of a sentence, and in a heading
        out.add(Character.toUpperCase(standard.charAt(0)) + standard.substring(1));
        out.add(standard.toUpperCase(java.util.Locale.ROOT));
        return out;
    }

    private static String thousands(int t, boolean writeOne) {
        if (t == 0) {
            return "";
        }
        return (t == 1 && !writeOne ? "" : UNITS[t]) + "duizend";
    }

    private static String hundreds(int h, boolean writeOne) {
        if (h == 0) {
            return "";
        }
        return (h == 1 && !writeOne ? "" : UNITS[h]) + "honderd";
    }

    private static String belowHundred(int n) {
        if (n == 0) {
            return "";
        }
        if (n < 20) {
            return UNITS[n];
        }
        int unit = n % 10;
        if (unit == 0) {
            return TENS[n / 10];
        }
        String u = UNITS[unit];
        return u + (u.endsWith("e") ? "ën" : "en") + TENS[n / 10];
    }

    private static void check(int n) {
        if (n < 0 || n > 9999) {
            throw new IllegalArgumentException("0-9999 only: " + n);
        }
    }
}
