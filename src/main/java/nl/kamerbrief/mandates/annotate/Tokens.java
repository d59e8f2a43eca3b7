package nl.kamerbrief.mandates.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits folded view text into tokens: words (letters, digits, inner hyphens, apostrophes and full stops of
 * abbreviations such as "t/m" stay in one token only where noted), numbers ("1.200" is one number), punctuation,
 * and a {@link Token.Kind#BREAK} token for a blank line.
 */
public final class Tokens {

    private Tokens() {
    }

    public static List<Token> of(String folded) {
        return of(folded, 0, folded.length());
    }

    public static List<Token> of(String folded, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = folded.charAt(i);
            if (c == '\n' && i + 1 < to && folded.charAt(i + 1) == '\n') {
                out.add(new Token("\n\n", i, i + 2, Token.Kind.BREAK));
                i += 2;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isDigit(c)) {
                int j = i;
                while (j < to && (Character.isDigit(folded.charAt(j))
                        || (folded.charAt(j) == '.' && j + 3 < to && Character.isDigit(folded.charAt(j + 1))
                        && Character.isDigit(folded.charAt(j + 2)) && Character.isDigit(folded.charAt(j + 3))
                        && (j + 4 >= to || !Character.isDigit(folded.charAt(j + 4)))))) {
                    j++;
                }
                // a number glued to letters ("f-16", "3e") stays a word
                if (j < to && Character.isLetter(folded.charAt(j))) {
                    int k = j;
                    while (k < to && isWordChar(folded, k, to)) {
                        k++;
                    }
                    out.add(new Token(folded.substring(i, k), i, k, Token.Kind.WORD));
                    i = k;
                } else {
                    out.add(new Token(folded.substring(i, j), i, j, Token.Kind.NUMBER));
                    i = j;
                }
            } else if (Character.isLetter(c)) {
                int j = i;
                while (j < to && isWordChar(folded, j, to)) {
                    j++;
                }
                out.add(new Token(folded.substring(i, j), i, j, Token.Kind.WORD));
                i = j;
            } else {
                out.add(new Token(String.valueOf(c), i, i + 1, Token.Kind.PUNCT));
                i++;
            }
        }
        return out;
    }

    private static boolean isWordChar(String s, int j, int to) {
        char c = s.charAt(j);
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        // inner hyphen or apostrophe: "politie-experts", "f-16's", "zo'n"
        if ((c == '-' || c == '\'') && j + 1 < to && Character.isLetterOrDigit(s.charAt(j + 1)) && j > 0
                && Character.isLetterOrDigit(s.charAt(j - 1))) {
            return true;
        }
        return false;
    }

    /** Parses a digit token: "1.200" is 1200; null if it is not a plain whole number. */
    public static Integer digits(String token) {
        String d = token.replace(".", "");
        if (d.isEmpty() || d.length() > 9) {
            return null;
        }
        for (int i = 0; i < d.length(); i++) {
            if (!Character.isDigit(d.charAt(i))) {
                return null;
            }
        }
        return Integer.parseInt(d);
    }
}
