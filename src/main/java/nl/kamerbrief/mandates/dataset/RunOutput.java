package nl.kamerbrief.mandates.dataset;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What one extract run left in its output folder: its documents (in the order of {@code documents.jsonl}) and,
 * per document id, its records in text order.
 */
public record RunOutput(Path folder, List<SourceDocument> documents, Map<String, List<ExtractedRecord>> records) {

    public RunOutput {
        documents = List.copyOf(documents);
        records = Map.copyOf(records);
    }

    public List<ExtractedRecord> recordsOf(String documentId) {
        return records.getOrDefault(documentId, List.of());
    }
}
