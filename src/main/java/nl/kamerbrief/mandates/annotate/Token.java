package nl.kamerbrief.mandates.annotate;

/**
 * A word, number or punctuation mark of the folded view, with its view offsets. Annotators tokenize the view with
 * {@link Tokens#of(String)} and convert offsets to the source only for what they keep.
 *
 * @param text the folded text of the token (lower case, no accents)
 */
public record Token(String text, int start, int end, Kind kind) {

    public enum Kind { WORD, NUMBER, PUNCT, BREAK }

    public boolean is(String s) {
        return text.equals(s);
    }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }
}
