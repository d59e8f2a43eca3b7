package nl.kamerbrief.mandates.ingest.pdf;

import java.util.List;

/**
 * One line of a page: a run of glyphs on one baseline, without large horizontal gaps. Coordinates are in points
 * from the top left of the page; {@code y} is the baseline. Superscript digits (footnote markers) are not in
 * {@code text} but in {@code markers}, with the offset in {@code text} where they stood.
 *
 * @param x0             left edge of the first glyph (a superscript too)
 * @param x1             right edge of the last glyph
 * @param size           the font size most of the line's glyphs have
 * @param bold           whether most glyphs are bold
 * @param italic         whether most glyphs are italic
 * @param firstWordWidth width of the first word, for telling a forced line break from a wrapped one
 * @param textIndent     where the text after a leading footnote number would start: after a superscript number the
 *                       first letter, else the second word; {@code x0} for a line of one word
 */
public record Line(int page, double x0, double x1, double y, double size, boolean bold, boolean italic, String text,
                   List<Marker> markers, double firstWordWidth, double textIndent) {

    public Line {
        markers = List.copyOf(markers);
    }

    /** A superscript number taken out of the text at {@code offset}. */
    public record Marker(int offset, String digits) {
    }

    /** The text with the markers whose number {@code keep} accepts put back in place. */
    public String text(java.util.function.Predicate<String> keep) {
        if (markers.isEmpty()) {
            return text;
        }
        StringBuilder b = new StringBuilder(text);
        for (int i = markers.size() - 1; i >= 0; i--) {
            Marker m = markers.get(i);
            if (keep.test(m.digits())) {
                b.insert(Math.min(m.offset(), b.length()), m.digits());
            }
        }
        return b.toString();
    }

    /** Whether line and style of this line equal another's: same emphasis and about the same size. */
    public boolean sameStyle(Line o) {
        return bold == o.bold && italic == o.italic && Math.abs(size - o.size) <= 0.1 * Math.max(size, o.size);
    }
}
