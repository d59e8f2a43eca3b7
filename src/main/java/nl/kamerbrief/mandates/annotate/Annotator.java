package nl.kamerbrief.mandates.annotate;

import java.util.List;
import java.util.Set;

/**
 * One stage of the text pipeline: reads the layers it {@linkplain #requires() requires} and returns the elements
 * of the one layer it {@linkplain #adds() adds}, in any order, with source offsets into
 * {@link AnnotatedText#text()}.
 *
 * <p>Contract: an annotator is built once from the rules and is then immutable and safe to share between threads;
 * per-document state lives in locals. It never throws on odd text (any string is a possible letter) and never
 * changes or re-reads another layer's internals, only its records.
 */
public interface Annotator {

    Layer adds();

    Set<Layer> requires();

    List<?> annotate(AnnotatedText text);
}
