package nl.kamerbrief.mandates.annotate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's regular expression with a literal pre-filter. Most rules in {@code rules/} begin every alternative with
 * a word ({@code \bverleng\w*|\bvoort te zetten\b}); {@link java.util.regex.Matcher#find()} would still try the
 * whole expression at every position of the text. This finds the literal prefixes of the alternatives once, looks
 * for them with {@link String#indexOf} and tries the expression only where one occurs, with transparent bounds so
 * that look-behind and word boundaries see the text around. The matches are exactly those of {@code find()}: a
 * match must begin with one of the prefixes, and at a given position {@code lookingAt} tries the alternatives in
 * the same order {@code find} does. A leading optional group adds the prefixes of what follows it. An expression
 * without such prefixes (a character class, a word class, flags) is matched the plain way.
 */
public final class RulePattern {

    /** How {@link #prefixes} writes an alternative that begins with a word ({@code \\b\\w+-partners}). */
    static final String WORD = "\\w+";
    /** From this many literals on, they are looked for in one pass over the text rather than one each. */
    private static final int ONE_PASS = 8;

    private final Pattern pattern;
    /** The literal every match begins with, one per alternative; null when some alternative has none. */
    private final String[] prefixes;
    /** Literals a match begins with a word before ({@code \\b\\w+} and the literal): it begins where that word does. */
    private final String[] afterWord;
    /** The literals by their first two characters, for the one-pass search; null for a few literals. */
    private final PairIndex pairs;

    private RulePattern(Pattern pattern) {
        this.pattern = pattern;
        List<String> p = pattern.flags() == 0 ? prefixes(pattern.pattern()) : null;
        if (p == null) {
            this.prefixes = null;
            this.afterWord = null;
            this.pairs = null;
        } else {
            this.prefixes = p.stream().filter(x -> !x.startsWith(WORD)).distinct().toArray(String[]::new);
            this.afterWord = p.stream().filter(x -> x.startsWith(WORD)).map(x -> x.substring(WORD.length()))
                    .distinct().toArray(String[]::new);
            this.pairs = prefixes.length >= ONE_PASS ? PairIndex.of(prefixes) : null;
        }
    }

    public static RulePattern compile(String regex) {
        return new RulePattern(Pattern.compile(regex));
    }

    public static RulePattern of(Pattern pattern) {
        return new RulePattern(pattern);
    }

    public Pattern pattern() {
        return pattern;
    }

    /** Whether the pre-filter applies (for tests and the benchmark's report). */
    public boolean filtered() {
        return prefixes != null;
    }

    /** Every match in {@code text}, as {@code pattern.matcher(text).find()} would give them, empty ones left out. */
    public List<MatchResult> matches(String text) {
        List<MatchResult> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        if (prefixes == null) {
            while (m.find()) {
                if (m.end() > m.start()) {
                    out.add(m.toMatchResult());
                }
            }
            return out;
        }
        int[] candidates = candidates(text);
        if (candidates.length == 0) {
            return out;
        }
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        for (int pos : candidates) {
            if (pos < from) {
                continue;
            }
            m.region(pos, text.length());
            if (m.lookingAt()) {
                if (m.end() > m.start()) {
                    out.add(m.toMatchResult());
                    from = m.end();
                } else {
                    from = pos + 1;
                }
            }
        }
        return out;
    }

    /** Whether the expression matches anywhere in {@code text} ({@code find()}). */
    public boolean foundIn(String text) {
        if (prefixes != null) {
            boolean any = false;
            for (String p : prefixes) {
                if (text.contains(p)) {
                    any = true;
                    break;
                }
            }
            for (String p : afterWord) {
                if (!any && text.contains(p)) {
                    any = true;
                }
            }
            if (!any) {
                return false;
            }
        }
        return pattern.matcher(text).find();
    }

    /** Where a match may begin, ascending, without repeats. */
    int[] candidates(String text) {
        Positions pos = new Positions();
        if (pairs != null) {
            pairs.find(text, pos);
        } else {
            for (String p : prefixes) {
                for (int i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) {
                    pos.add(i);
                }
            }
        }
        for (String p : afterWord) {
            for (int i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) {
                // \b\w+: the word begins after the last character \w does not take (a boundary inside would need
                // a non-word character before it)
                int w = i;
                while (w > 0 && isAsciiWord(text.charAt(w - 1))) {
                    w--;
                }
                pos.add(w);
            }
        }
        return pos.sorted();
    }

    private static boolean isAsciiWord(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** A growing list of positions. */
    private static final class Positions {
        private int[] pos = new int[16];
        private int n;

        void add(int i) {
            if (n == pos.length) {
                pos = Arrays.copyOf(pos, n * 2);
            }
            pos[n++] = i;
        }

        int[] sorted() {
            int[] s = Arrays.copyOf(pos, n);
            Arrays.sort(s);
            int k = 0;
            for (int i = 0; i < s.length; i++) {
                if (k == 0 || s[i] != s[k - 1]) {
                    s[k++] = s[i];
                }
            }
            return k == s.length ? s : Arrays.copyOf(s, k);
        }
    }

    /**
     * Many literals (the names of 200 countries) found in one pass: the literals are filed under their first two
     * characters, and at each position of the text only those filed under its two characters are compared. Literals
     * of one character or with a character past ASCII in the first two are looked for with indexOf.
     */
    private static final class PairIndex {
        private final String[][] byPair = new String[128 * 128][];
        private final String[] others;

        private PairIndex(List<String> indexed, String[] others) {
            for (String p : indexed) {
                int k = p.charAt(0) * 128 + p.charAt(1);
                String[] b = byPair[k];
                byPair[k] = b == null ? new String[] {p} : append(b, p);
            }
            this.others = others;
        }

        static PairIndex of(String[] literals) {
            List<String> indexed = new ArrayList<>();
            List<String> others = new ArrayList<>();
            for (String p : literals) {
                (p.length() >= 2 && p.charAt(0) < 128 && p.charAt(1) < 128 ? indexed : others).add(p);
            }
            return new PairIndex(indexed, others.toArray(String[]::new));
        }

        private static String[] append(String[] b, String p) {
            String[] c = Arrays.copyOf(b, b.length + 1);
            c[b.length] = p;
            return c;
        }

        void find(String text, Positions out) {
            int end = text.length() - 1;
            for (int i = 0; i < end; i++) {
                char a = text.charAt(i);
                char b = text.charAt(i + 1);
                if (a >= 128 || b >= 128) {
                    continue;
                }
                String[] bucket = byPair[a * 128 + b];
                if (bucket == null) {
                    continue;
                }
                for (String p : bucket) {
                    if (text.startsWith(p, i)) {
                        out.add(i);
                        break;
                    }
                }
            }
            for (String p : others) {
                for (int i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) {
                    out.add(i);
                }
            }
        }
    }

    // ------------------------------------------------------------------ the prefixes of an expression

    /**
     * The literal prefixes of the top-level alternatives, or null when one of them has none. An alternative that
     * begins with a whole word and then a literal ({@code \\b\\w+-partners}) has {@link #WORD} and the literal.
     */
    static List<String> prefixes(String regex) {
        List<String> out = new ArrayList<>();
        for (String branch : splitTopLevel(regex)) {
            List<String> p = branchPrefixes(branch);
            if (p == null) {
                return null;
            }
            out.addAll(p);
        }
        return out;
    }

    private static List<String> branchPrefixes(String b) {
        int i = 0;
        while (i < b.length()) {           // zero-width assertions first: \b, look-around, ^
            if (b.startsWith("\\b", i)) {
                i += 2;
            } else if (b.startsWith("(?<!", i) || b.startsWith("(?<=", i) || b.startsWith("(?!", i)
                    || b.startsWith("(?=", i)) {
                int close = closing(b, i);
                if (close < 0) {
                    return null;
                }
                i = close + 1;
            } else if (b.charAt(i) == '^') {
                i++;
            } else {
                break;
            }
        }
        if (b.startsWith(WORD, i) && i >= 2 && b.startsWith("\\b", i - 2)) {   // a word, then a literal
            String p = literalPrefix(b.substring(i + WORD.length()));
            return p.isEmpty() ? null : List.of(WORD + p);
        }
        if (i < b.length() && b.charAt(i) == '(') {   // a leading group: the prefixes of its alternatives
            int close = closing(b, i);
            char quantifier = close >= 0 && close + 1 < b.length() ? b.charAt(close + 1) : 0;
            if (close < 0 || quantifier == '{') {
                return null;
            }
            String inner = b.substring(i + 1, close);
            if (inner.startsWith("?:")) {
                inner = inner.substring(2);
            } else if (inner.startsWith("?")) {
                return null;                            // flags, named groups
            }
            List<String> out = new ArrayList<>();
            for (String alt : splitTopLevel(inner)) {     // each may begin with assertions or a group again
                List<String> p = branchPrefixes(alt);
                if (p == null) {
                    return null;
                }
                out.addAll(p);
            }
            if (quantifier == '?' || quantifier == '*') {   // an optional group: or what follows it begins
                int rest = close + 2;
                if (rest < b.length() && (b.charAt(rest) == '?' || b.charAt(rest) == '+')) {
                    rest++;                                     // lazy or possessive
                }
                List<String> p = branchPrefixes(b.substring(rest));
                if (p == null) {
                    return null;
                }
                out.addAll(p);
            }
            return out;
        }
        String p = literalPrefix(b.substring(i));
        return p.isEmpty() ? null : List.of(p);
    }

    /** The literal characters an expression begins with, up to the first construct that is not one. */
    static String literalPrefix(String s) {
        StringBuilder sb = new StringBuilder();
        int k = 0;
        while (k < s.length()) {
            char c = s.charAt(k);
            if (".[]()|*+?{}^$".indexOf(c) >= 0) {
                break;
            }
            if (s.startsWith("\\Q", k)) {                    // a quoted literal: \Q...\E
                int end = s.indexOf("\\E", k + 2);
                String quoted = s.substring(k + 2, end < 0 ? s.length() : end);
                k = end < 0 ? s.length() : end + 2;
                if (k < s.length() && "?*{".indexOf(s.charAt(k)) >= 0) {
                    sb.append(quoted, 0, Math.max(0, quoted.length() - 1));
                    break;
                }
                sb.append(quoted);
                continue;
            }
            if (c == '\\') {
                if (k + 1 >= s.length() || Character.isLetterOrDigit(s.charAt(k + 1))) {
                    break;                               // \b \w \d \s \p \Q \x ...: not a literal
                }
                sb.append(s.charAt(k + 1));
                k += 2;
            } else {
                sb.append(c);
                k++;
            }
            if (k < s.length()) {
                char q = s.charAt(k);
                if (q == '?' || q == '*' || q == '{') {   // the last character is optional
                    sb.setLength(sb.length() - 1);
                    break;
                }
                if (q == '+') {
                    break;
                }
            }
        }
        return sb.toString();
    }

    /** Splits on {@code |} outside groups, classes and escapes. */
    private static List<String> splitTopLevel(String s) {
        List<String> parts = new ArrayList<>();
        int[] depth = groupDepths(s, 0);
        int start = 0;
        for (int k = 0; k < s.length(); k++) {
            if (depth[k] == 0 && s.charAt(k) == '|') {
                parts.add(s.substring(start, k));
                start = k + 1;
            }
        }
        parts.add(s.substring(start));
        return parts;
    }

    /** The index of the parenthesis closing the one at {@code open}, or -1. */
    private static int closing(String s, int open) {
        int[] depth = groupDepths(s, open);
        for (int k = open + 1; k < s.length(); k++) {
            if (depth[k] == 1 && s.charAt(k) == ')') {
                return k;
            }
        }
        return -1;
    }

    /**
     * For each character from {@code from} on, how many groups opened at or after {@code from} enclose it (a
     * group's own parentheses count as inside it); {@link #LITERAL} for escaped characters and character classes,
     * which are never structure.
     */
    private static int[] groupDepths(String s, int from) {
        int[] out = new int[s.length()];
        int depth = 0;
        boolean inClass = false;
        for (int k = from; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\\') {
                out[k] = LITERAL;
                if (k + 1 < s.length()) {
                    out[++k] = LITERAL;
                }
            } else if (inClass) {
                out[k] = LITERAL;
                inClass = c != ']';
            } else if (c == '[') {
                out[k] = LITERAL;
                inClass = true;
            } else if (c == '(') {
                out[k] = ++depth;
            } else if (c == ')') {
                out[k] = depth--;
            } else {
                out[k] = depth;
            }
        }
        return out;
    }

    private static final int LITERAL = -1;
}
