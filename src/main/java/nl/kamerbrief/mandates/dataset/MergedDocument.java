package nl.kamerbrief.mandates.dataset;

import java.util.List;

/** A document as the dataset keeps it: the version of the latest run that read it, and its records. */
public record MergedDocument(SourceDocument document, List<ExtractedRecord> records) {

    public MergedDocument {
        records = List.copyOf(records);
    }
}
