package nl.kamerbrief.mandates.assemble;

import java.util.List;
import java.util.Set;
import nl.kamerbrief.mandates.annotate.AnnotatedText;
import nl.kamerbrief.mandates.annotate.DocumentHeader;
import nl.kamerbrief.mandates.annotate.Layer;

/**
 * From a fully annotated letter to its mandate records: links every size, date and decision to the mission it
 * is about, then builds one record per contribution (or part of one). Reads layers only; never re-reads the
 * text for meaning.
 */
public final class Assembler {

    /** The layers the assembler reads. */
    public static final Set<Layer> REQUIRES = Set.of(Layer.HEADER, Layer.SEGMENTS, Layer.DATES, Layer.ENTITIES,
            Layer.HEADCOUNTS, Layer.ACTIONS, Layer.FRAMES);

    public List<MandateRecord> assemble(AnnotatedText text) {
        DocumentHeader h = text.header();
        DocumentRef doc = new DocumentRef(text.context().id(), h.date(), h.kamerstuk());
        Linker linker = new Linker(text);
        List<Link> links = linker.links();
        List<MandateRecord> records = new java.util.ArrayList<>(new RecordBuilder(text, doc).build(links,
                linker.genericEnd));
        // text order: by where the evidence starts, then by mission
        records.sort(java.util.Comparator.comparingInt((MandateRecord r) -> r.evidence().span().start())
                .thenComparing(r -> r.mission().name()));
        return List.copyOf(records);
    }
}
