package nl.kamerbrief.mandates.dataset;

import java.util.List;

/**
 * Where a record comes from: the quote, its offsets in {@code text/<id>.txt} in code points ({@code end}
 * exclusive), the 1-based page where the source has pages, and every sentence the values come from.
 */
public record Evidence(String quote, int start, int end, Integer page, List<Span> parts) {

    /** A stretch of the text in code points, {@code end} exclusive. */
    public record Span(int start, int end) {
    }

    public Evidence {
        parts = List.copyOf(parts);
    }
}
