package nl.kamerbrief.mandates.annotate;

import nl.kamerbrief.mandates.text.CharSpan;
import nl.kamerbrief.mandates.text.Spanned;

/** A framing cue at a span: who acts, how certain, whose mandate or size (see {@link Frame}). */
public record FrameCue(CharSpan span, Frame frame) implements Spanned {
}
