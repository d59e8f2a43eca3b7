package nl.kamerbrief.mandates.text;

/**
 * A cleaned copy of a {@link NormalizedText} for matching, with a map from every view char back to the source,
 * like Lucene's {@code CharFilter.correctOffset}.
 *
 * <p>In the view: runs of spaces and tabs are one space; one line break stays {@code \n}, two or more are one blank
 * line {@code \n\n}; line-end hyphenation is undone where it is only a line break ("Neder-\nlandse" becomes
 * "Nederlandse") and kept where the hyphen belongs to the word ("NAVO-\ncapaciteitsopbouwmissie",
 * "politie-\nexperts"); Markdown emphasis asterisks, soft hyphens and zero-width characters are gone; curly quotes
 * are straight. Annotators search the view and convert every hit with {@link #toSource(int, int)} at once, so
 * that every layer holds source offsets.
 */
public final class TextView {

    private final NormalizedText source;
    private final String view;
    private final String folded;
    private final String flat;
    /** For each view char, the index of the source char it came from; one extra entry for the end. */
    private final int[] toSource;

    TextView(NormalizedText source, String view, int[] toSource) {
        this.source = source;
        this.view = view;
        this.toSource = toSource;
        this.folded = Folding.foldSameLength(view);
        this.flat = folded.replace('\n', ' ');
    }

    public static TextView of(NormalizedText source) {
        return TextViewBuilder.build(source);
    }

    public NormalizedText source() {
        return source;
    }

    /** The view text. */
    public String text() {
        return view;
    }

    /** The view lower-cased and without accents, char for char the same length as {@link #text()}. */
    public String folded() {
        return folded;
    }

    /**
     * The folded view with line breaks as spaces, char for char the same length: for patterns that must match
     * across the line breaks of a hard-wrapped letter ("het \nkabinet").
     */
    public String flat() {
        return flat;
    }

    /** The flat text of a source span. */
    public String flatText(CharSpan sourceSpan) {
        int s = toView(sourceSpan.start());
        int e = toView(sourceSpan.end());
        return flat.substring(s, Math.max(s, e));
    }

    public int length() {
        return view.length();
    }

    /** The source span of view chars {@code [viewStart, viewEnd)}. */
    public CharSpan toSource(int viewStart, int viewEnd) {
        if (viewStart == viewEnd) {
            int s = toSource[viewStart];
            return new CharSpan(s, s);
        }
        int s = toSource[viewStart];
        int e = toSource[viewEnd - 1] + 1;
        return new CharSpan(s, Math.max(s, e));
    }

    /** The first view index whose source index is at or after {@code sourceIndex}. */
    public int toView(int sourceIndex) {
        int lo = 0;
        int hi = view.length();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (toSource[mid] < sourceIndex) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The view text of a source span. */
    public String viewText(CharSpan sourceSpan) {
        int s = toView(sourceSpan.start());
        int e = toView(sourceSpan.end());
        return view.substring(s, Math.max(s, e));
    }

    /** The folded view text of a source span. */
    public String foldedText(CharSpan sourceSpan) {
        int s = toView(sourceSpan.start());
        int e = toView(sourceSpan.end());
        return folded.substring(s, Math.max(s, e));
    }
}
