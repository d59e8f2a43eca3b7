package nl.kamerbrief.mandates.text;

import java.util.Comparator;

/** Anything that sits at a {@link CharSpan} of a document's normalized text. */
public interface Spanned {

    Comparator<Spanned> BY_POSITION = Comparator.comparing(Spanned::span);

    CharSpan span();

    default int start() {
        return span().start();
    }

    default int end() {
        return span().end();
    }
}
