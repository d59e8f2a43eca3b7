package nl.kamerbrief.mandates.annotate;

import java.time.LocalDate;
import nl.kamerbrief.mandates.text.CharSpan;

/**
 * The letter's own date and Kamerstuk number (spec section 2), with where they were found, plus the anchor date
 * that relative dates ("eind dit jaar", "31 maart jl.") and mission descriptions resolve against: the letter's
 * date, else the date or month its file name starts with.
 *
 * @param dateSource "text", "metadata", "file name" or null
 */
public record DocumentHeader(LocalDate date, CharSpan dateSpan, String dateSource, String kamerstuk,
                             CharSpan kamerstukSpan, LocalDate anchor) {

    public static final DocumentHeader NONE = new DocumentHeader(null, null, null, null, null, null);

    /** The year the letter is from, or null when nothing tells. */
    public Integer year() {
        return anchor == null ? null : anchor.getYear();
    }
}
