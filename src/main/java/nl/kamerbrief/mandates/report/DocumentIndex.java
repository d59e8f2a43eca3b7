package nl.kamerbrief.mandates.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kamerbrief.mandates.dataset.Dataset;
import nl.kamerbrief.mandates.dataset.DatasetRecord;
import nl.kamerbrief.mandates.dataset.MissionTimeline;
import nl.kamerbrief.mandates.dataset.SourceDocument;

/**
 * The documents that have records, numbered in the dataset's document order (by date, then id): the report's data
 * names a document by its number; each has a page {@code docs/<name>.html}.
 */
final class DocumentIndex {

    /** A record with the mission it belongs to. */
    record Entry(DatasetRecord record, MissionTimeline mission) {
    }

    private final List<SourceDocument> documents = new ArrayList<>();
    private final Map<String, Integer> numbers = new HashMap<>();
    private final Map<String, List<Entry>> records = new LinkedHashMap<>();

    DocumentIndex(Dataset dataset) {
        for (MissionTimeline m : dataset.missions()) {
            for (DatasetRecord r : m.records()) {
                records.computeIfAbsent(r.document().id(), k -> new ArrayList<>()).add(new Entry(r, m));
            }
        }
        for (SourceDocument d : dataset.documents()) {
            if (records.containsKey(d.id())) {
                numbers.put(d.id(), documents.size());
                documents.add(d);
            }
        }
        records.values().forEach(l -> l.sort((a, b) -> Integer.compare(a.record().record().number(),
                b.record().record().number())));
    }

    List<SourceDocument> documents() {
        return documents;
    }

    int number(String documentId) {
        return numbers.get(documentId);
    }

    /** The document's records in text order, each with its mission. */
    List<Entry> records(String documentId) {
        return records.getOrDefault(documentId, List.of());
    }

    static String page(String documentId) {
        return PageNames.of(documentId) + ".html";
    }
}
