package nl.kamerbrief.mandates.assemble;

import java.util.List;
import nl.kamerbrief.mandates.text.CharSpan;

/**
 * Where a record comes from: the sentence (or list item, or adjacent sentences) quoted verbatim from the
 * normalized text, its span (chars inside the pipeline; {@code emit} writes code points), the page where the
 * source has pages, and the span of every statement the record merges.
 */
public record Evidence(CharSpan span, String quote, Integer page, List<CharSpan> parts) {

    public Evidence {
        parts = List.copyOf(parts);
    }
}
