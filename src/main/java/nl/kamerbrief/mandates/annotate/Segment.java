package nl.kamerbrief.mandates.annotate;

import nl.kamerbrief.mandates.text.CharSpan;
import nl.kamerbrief.mandates.text.Spanned;

/**
 * A unit of text that a statement can come from: a sentence, a list item, a heading, or a label line of a fact
 * sheet ("Aantal militairen"). {@code paragraph} numbers the blank-line separated blocks; {@code section} is the
 * index of the governing heading segment (-1 for none); {@code question} marks units that are a parliament
 * member's question or its quotation, not the government's statement. {@code level} is a heading's depth (the
 * number of {@code #} of a Markdown heading; 9 for a plain-text heading; 0 for non-headings).
 */
public record Segment(CharSpan span, Kind kind, int index, int paragraph, int section, int level, boolean question)
        implements Spanned {

    public enum Kind { SENTENCE, ITEM, HEADING, LABEL }

    public boolean isHeading() {
        return kind == Kind.HEADING;
    }
}
