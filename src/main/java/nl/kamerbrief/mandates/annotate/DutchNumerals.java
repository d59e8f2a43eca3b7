package nl.kamerbrief.mandates.annotate;

import java.util.HashMap;
import java.util.Map;
import nl.kamerbrief.mandates.rules.RuleSet;
import nl.kamerbrief.mandates.rules.Table;
import nl.kamerbrief.mandates.text.Folding;

/**
 * Dutch number words to values, by Dutch numeral grammar over the words of {@code rules/numerals.tsv}: units and
 * tens join with "en"/"ën" ("vijfenzeventig", "tweeëntwintig"), hundreds and thousands multiply what stands before
 * them and add what follows ("honderdvijftig", "tweeduizend", "tweehonderdvijftig", "duizendtweehonderd"). Digits
 * with thousand dots ("1.200") are numbers too. Shared by the stages that read counts and durations.
 */
public final class DutchNumerals {

    /**
     * Longer words are no numbers: "negenhonderdnegenennegentigduizendnegenhonderdnegenennegentig" has 62 letters,
     * and a hostile megabyte-long "honderdhonderd..." must not recurse once per "honderd".
     */
    static final int MAX_WORD = 160;

    private final Map<String, Integer> units = new HashMap<>();
    private final Map<String, Integer> tens = new HashMap<>();
    private final Map<String, Integer> multipliers = new HashMap<>();
    private final Map<String, Integer> nouns = new HashMap<>();
    private final Map<String, Integer> approx = new HashMap<>();

    public DutchNumerals(RuleSet rules) {
        for (Table.Row r : rules.table("numerals.tsv").rows()) {
            String w = Folding.foldSameLength(r.get("word"));
            int v = Integer.parseInt(r.get("value"));
            switch (r.get("type")) {
                case "unit" -> units.put(w, v);
                case "ten" -> tens.put(w, v);
                case "multiplier" -> multipliers.put(w, v);
                case "noun" -> nouns.put(w, v);
                case "approx" -> approx.put(w, v);
                default -> throw new IllegalArgumentException("numerals.tsv line " + r.line() + ": unknown type "
                        + r.get("type"));
            }
        }
    }

    /** The value of one written-out number word or digit string, or null ("tientallen", "enkele": null). */
    public Integer parse(String token) {
        if (token == null || token.isEmpty()) {
            return null;
        }
        if (Character.isDigit(token.charAt(0))) {
            return Tokens.digits(token);
        }
        String w = Folding.foldSameLength(token);
        return parseWord(w);
    }

    /** A counted noun ("dozijn" is 12), or null. */
    public Integer noun(String foldedWord) {
        return nouns.get(foldedWord);
    }

    /** A rough amount ("een tiental" is about 10), or null. */
    public Integer approximate(String foldedWord) {
        return approx.get(foldedWord);
    }

    private Integer parseWord(String w) {
        if (w.isEmpty() || w.length() > MAX_WORD) {
            return null;
        }
        Integer v = units.get(w);
        if (v != null) {
            return v;
        }
        v = tens.get(w);
        if (v != null) {
            return v;
        }
        v = multipliers.get(w);
        if (v != null) {
            return v;
        }
        // the largest multiplier first: "tweehonderdvijftigduizend" is (250) * 1000
        String bestKey = null;
        int bestValue = 0;
        for (var e : multipliers.entrySet()) {
            if (w.contains(e.getKey()) && e.getValue() > bestValue) {
                bestKey = e.getKey();
                bestValue = e.getValue();
            }
        }
        if (bestKey != null) {
            int at = w.lastIndexOf(bestKey);
            String left = w.substring(0, at);
            String right = w.substring(at + bestKey.length());
            Integer l = left.isEmpty() ? Integer.valueOf(1) : parseWord(left);
            if (right.startsWith("en") && !right.startsWith("eni") && parseWord(right.substring(2)) != null
                    && parseWord(right) == null) {
                right = right.substring(2);
            }
            Integer r = right.isEmpty() ? Integer.valueOf(0) : parseWord(right);
            // a multiplier multiplies a number below it ("twaalfhonderd", not "miljoenmiljoen"), and the
            // value must fit
            if (l == null || r == null || l == 0 || l >= bestValue || r >= bestValue) {
                return null;
            }
            long value = (long) l * bestValue + r;
            return value > Integer.MAX_VALUE ? null : (int) value;
        }
        // unit + "en" + ten: "vijfenzeventig", "tweeentwintig" (folded from tweeëntwintig)
        for (var e : tens.entrySet()) {
            if (w.endsWith(e.getKey()) && w.length() > e.getKey().length()) {
                String head = w.substring(0, w.length() - e.getKey().length());
                if (head.endsWith("en")) {
                    Integer u = units.get(head.substring(0, head.length() - 2));
                    if (u != null && u >= 1 && u <= 9) {
                        return u + e.getValue();
                    }
                }
            }
        }
        return null;
    }

    /** Whether a folded word is a number word ("een" included). */
    public boolean isNumberWord(String foldedWord) {
        return parseWord(foldedWord) != null;
    }
}
