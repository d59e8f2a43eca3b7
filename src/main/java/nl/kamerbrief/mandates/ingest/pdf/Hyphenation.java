package nl.kamerbrief.mandates.ingest.pdf;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides a hyphen at the end of a line followed by a word on the next: a line break inside a word ("Neder-" /
 * "landse": join), a hyphen that belongs to the word ("NAVO-" / "verdragsgebied", "politie-" / "experts": keep), or
 * a shortened word in a list ("Marechaussee-" / "en": keep, with a space). In this order:
 * <ol>
 *   <li>the right part is "en", "of" or "tot": keep, with a space;</li>
 *   <li>the document itself writes the word elsewhere, inside a line, only joined or only hyphenated: do the same
 *       ("EMASoH" hyphenated as "EMA-" / "SoH" is joined when the letter writes "EMASoH" elsewhere);</li>
 *   <li>the right part starts with a capital or a digit, or the left part ends in one ("EU-", "F-", "100-"): keep;</li>
 *   <li>the hyphen stands between two vowels that would otherwise read as one sound (ee, oe, ie, ...: "zee-eenheid"):
 *       keep, unless the joined word is in the word list ("ideeën");</li>
 *   <li>both parts are words of the list and the joined word is not, even after undoing the spelling changes of
 *       inflection ("zichtbare" is "zichtbaar"), as in "niet-operationele": keep;</li>
 *   <li>otherwise join.</li>
 * </ol>
 */
public final class Hyphenation {

    /** What to do with a line-end hyphen. */
    public enum Decision {
        /** Drop the hyphen and the line break: "Nederlandse". */
        JOIN,
        /** Keep the hyphen, drop the line break: "NAVO-verdragsgebied". */
        KEEP,
        /** Keep the hyphen and a space: "Marechaussee- en". */
        KEEP_SPACE
    }

    private static final Set<String> CONJUNCTIONS = Set.of("en", "of", "tot");
    /** Vowel pairs that read as one sound in Dutch when written together. */
    private static final Set<String> DIGRAPHS = Set.of("aa", "ee", "oo", "uu", "ie", "ei", "eu", "oe", "ou", "au",
            "ui", "ai", "oi", "ii");

    private final Predicate<String> words;
    private final Map<String, Integer> evidence;

    /**
     * @param words    Dutch words (with their inflections)
     * @param evidence how often the document writes each word (lower-case) inside a line, or an empty map
     */
    public Hyphenation(Predicate<String> words, Map<String, Integer> evidence) {
        this.words = words;
        this.evidence = evidence;
    }

    public Hyphenation(Predicate<String> words) {
        this(words, Map.of());
    }

    /**
     * @param left  the word before the hyphen, as on the line ("Neder", "anti-ISIS")
     * @param right the word the next line starts with ("landse", "verdragsgebied", "en")
     */
    public Decision decide(String left, String right) {
        if (left.isEmpty() || right.isEmpty()) {
            return Decision.KEEP;
        }
        char r0 = right.charAt(0);
        char l1 = left.charAt(left.length() - 1);
        if (!Character.isLetterOrDigit(r0) || !Character.isLetterOrDigit(l1)) {
            return Decision.KEEP;
        }
        if (CONJUNCTIONS.contains(right)) {
            return Decision.KEEP_SPACE;
        }
        String lower = (left + right).toLowerCase(Locale.ROOT);
        String hyphenated = (left + "-" + right).toLowerCase(Locale.ROOT);
        int joinedSeen = evidence.getOrDefault(lower, 0);
        int hyphenSeen = evidence.getOrDefault(hyphenated, 0);
        if (joinedSeen > 0 && hyphenSeen == 0) {
            return Decision.JOIN;
        }
        if (hyphenSeen > 0 && joinedSeen == 0) {
            return Decision.KEEP;
        }
        if (Character.isUpperCase(r0) || Character.isDigit(r0) || Character.isUpperCase(l1) || Character.isDigit(l1)) {
            return Decision.KEEP;
        }
        // the parts next to the hyphen: "anti-ISIS-" / "strijders" compares "ISIS" with "strijders"
        String leftPart = lastPart(left);
        String rightPart = firstPart(right);
        String joined = (leftPart + rightPart).toLowerCase(Locale.ROOT);
        char a = Character.toLowerCase(l1);
        char b = Character.toLowerCase(r0);
        if (DIGRAPHS.contains("" + a + b)) {
            return isInflected(joined) ? Decision.JOIN : Decision.KEEP;
        }
        if (leftPart.length() >= 2 && rightPart.length() >= 2 && isWord(leftPart) && isWord(rightPart)
                && !isInflected(joined)) {
            return Decision.KEEP;
        }
        return Decision.JOIN;
    }

    /**
     * Whether a word is in the list, also through the spelling changes of Dutch inflection that the list's own
     * lookup does not undo: a vowel written single in an open syllable ("zichtbare" from "zichtbaar"), v for f
     * ("actieve" from "actief"), z for s ("wijze" from "wijs") and the plural with a trema ("ideeën" from "idee").
     */
    private boolean isInflected(String w) {
        if (words.test(w)) {
            return true;
        }
        if (w.endsWith("ën") && w.length() > 4 && words.test(w.substring(0, w.length() - 2))) {
            return true;
        }
        Matcher m = OPEN_SYLLABLE.matcher(w);
        if (m.matches() && words.test(m.group(1) + m.group(2) + m.group(2) + m.group(3))) {
            return true;
        }
        m = VOICED.matcher(w);
        if (m.matches()) {
            String stem = m.group(1) + (m.group(2).equals("v") ? "f" : "s");
            if (words.test(stem)) {
                return true;
            }
            Matcher o = OPEN_STEM.matcher(stem);
            return o.matches() && words.test(o.group(1) + o.group(2) + o.group(2) + o.group(3));
        }
        return false;
    }

    private static final Pattern OPEN_SYLLABLE = Pattern.compile("(.*[^aeiou])([aeiou])([^aeiouyj])(?:e|en|er|ere|es)");
    private static final Pattern VOICED = Pattern.compile("(.*)([vz])(?:e|en|er|ere)");
    private static final Pattern OPEN_STEM = Pattern.compile("(.*[^aeiou])([aeiou])([fs])");

    private boolean isWord(String w) {
        return w.chars().allMatch(Character::isLetter) && isInflected(w);
    }

    private static String lastPart(String w) {
        int i = w.lastIndexOf('-');
        return i < 0 ? w : w.substring(i + 1);
    }

    private static String firstPart(String w) {
        int i = w.indexOf('-');
        return i < 0 ? w : w.substring(0, i);
    }

    /** Counts the words of a text (lower-case, without surrounding punctuation) into {@code counts}. */
    public static void count(String text, Map<String, Integer> counts) {
        for (String token : text.split("\\s+")) {
            String w = trimWord(token);
            if (!w.isEmpty()) {
                counts.merge(w.toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
    }

    /** A token without punctuation around it; inner hyphens and apostrophes stay. */
    static String trimWord(String token) {
        int s = 0;
        int e = token.length();
        while (s < e && !Character.isLetterOrDigit(token.charAt(s))) {
            s++;
        }
        while (e > s && !Character.isLetterOrDigit(token.charAt(e - 1))) {
            e--;
        }
        return token.substring(s, e);
    }

    /** A fresh evidence map. */
    public static Map<String, Integer> newEvidence() {
        return new HashMap<>();
    }
}
