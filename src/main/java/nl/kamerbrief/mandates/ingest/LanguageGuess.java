package nl.kamerbrief.mandates.ingest;

import java.util.Locale;
import java.util.Set;

/**
 * A cheap language check on function words: Dutch letters are full of "de", "het", "een", "van"; English ones
 * of "the", "of", "and", "to". It decides only between Dutch, English, German and French and answers "und" when
 * the text is too short to tell.
 */
public final class LanguageGuess {

    private static final Set<String> NL = Set.of("de", "het", "een", "van", "en", "in", "is", "dat", "op", "te",
            "voor", "met", "aan", "niet", "zijn", "wordt", "worden", "bij", "naar", "ook", "door", "om", "heeft");
    private static final Set<String> EN = Set.of("the", "of", "and", "to", "a", "is", "that", "for", "on", "with",
            "as", "by", "this", "are", "be", "it", "from", "has", "have", "was", "will", "which");
    private static final Set<String> DE = Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "auf", "für",
            "den", "dem", "sich", "ein", "eine", "wird", "zu", "von");
    private static final Set<String> FR = Set.of("le", "la", "les", "et", "des", "du", "un", "une", "est", "pour",
            "dans", "que", "qui", "sur", "au", "avec", "par");

    private LanguageGuess() {
    }

    /** ISO 639-1 code of the text's language ("nl", "en", "de", "fr"), or "und". */
    public static String of(CharSequence text) {
        int nl = 0;
        int en = 0;
        int de = 0;
        int fr = 0;
        int words = 0;
        String s = text.length() > 20000 ? text.subSequence(0, 20000).toString() : text.toString();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.isEmpty()) {
                continue;
            }
            words++;
            if (NL.contains(w)) {
                nl++;
            }
            if (EN.contains(w)) {
                en++;
            }
            if (DE.contains(w)) {
                de++;
            }
            if (FR.contains(w)) {
                fr++;
            }
        }
        if (words < 20) {
            return nl > 0 ? "nl" : "und";
        }
        int best = Math.max(Math.max(nl, en), Math.max(de, fr));
        if (best * 20 < words) {
            return "und";
        }
        if (best == nl) {
            return "nl";
        }
        return best == en ? "en" : best == de ? "de" : "fr";
    }
}
