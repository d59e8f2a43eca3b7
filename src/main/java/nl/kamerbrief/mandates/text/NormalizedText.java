package nl.kamerbrief.mandates.text;

import java.util.Objects;

/**
 * The one immutable text of a document that every span indexes into, and that {@code text/<id>.txt} holds.
 *
 * <p>Inside the pipeline offsets are UTF-16 {@code char} indexes (what {@link java.util.regex.Matcher} and OpenNLP
 * use). Records count Unicode code points, as Python and spaCy do; {@link #codePointOffset(int)} converts, in
 * constant time for texts without characters beyond U+FFFF and by binary search over the surrogate positions
 * otherwise.
 */
public final class NormalizedText implements CharSequence {

    private final String text;
    /** Char indexes of the high surrogates, ascending; empty for pure-BMP text. */
    private final int[] highSurrogates;

    public NormalizedText(String text) {
        this.text = Objects.requireNonNull(text, "text");
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                count++;
            }
        }
        highSurrogates = new int[count];
        int k = 0;
        for (int i = 0; i < text.length() && k < count; i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                highSurrogates[k++] = i;
            }
        }
    }

    /** The code point offset of a char index (a char index inside a surrogate pair maps to its code point). */
    public int codePointOffset(int charIndex) {
        if (charIndex < 0 || charIndex > text.length()) {
            throw new IndexOutOfBoundsException(charIndex);
        }
        if (highSurrogates.length == 0) {
            return charIndex;
        }
        // number of pairs that start before charIndex (an index inside a pair maps to that pair's code point)
        int lo = 0;
        int hi = highSurrogates.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (highSurrogates[mid] < charIndex) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return charIndex - lo;
    }

    public int codePointLength() {
        return codePointOffset(text.length());
    }

    public String substring(int start, int end) {
        return text.substring(start, end);
    }

    public String substring(CharSpan span) {
        return text.substring(span.start(), span.end());
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public char charAt(int index) {
        return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
