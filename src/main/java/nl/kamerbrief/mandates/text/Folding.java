package nl.kamerbrief.mandates.text;

import java.text.Normalizer;

/** Case and accent folding, in the two forms the pipeline needs. */
public final class Folding {

    private Folding() {
    }

    /** Lower case without accents, one char for one char ("Oekraïne" to "oekraine"), so offsets stay valid. */
    public static String foldSameLength(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < s.length(); i++) {
            out[i] = foldChar(s.charAt(i));
        }
        return new String(out);
    }

    public static char foldChar(char c) {
        if (c < 0x80) {
            return (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
        }
        char lower = Character.toLowerCase(c);
        String d = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
        char base = d.charAt(0);
        return Character.isLetter(base) ? base : lower;
    }

    /**
     * A key for comparing names: folded, punctuation to single spaces, trimmed ("EUCAP Sahel-Mali" and
     * "eucap sahel mali" give the same key).
     */
    public static String nameKey(String s) {
        String f = foldSameLength(s);
        StringBuilder b = new StringBuilder(f.length());
        boolean space = true;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
                space = false;
            } else if (!space) {
                b.append(' ');
                space = true;
            }
        }
        int n = b.length();
        if (n > 0 && b.charAt(n - 1) == ' ') {
            b.setLength(n - 1);
        }
        return b.toString();
    }
}
