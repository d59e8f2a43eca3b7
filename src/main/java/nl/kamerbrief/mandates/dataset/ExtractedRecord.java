package nl.kamerbrief.mandates.dataset;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One line of an extract run's {@code records.jsonl}, read into the values the dataset orders and exports by,
 * plus the line's JSON as it was (the dataset writes it back unchanged).
 *
 * @param number the record's 1-based place among its document's records (text order)
 */
public record ExtractedRecord(String documentId, int number, MissionRef mission, String action, Personnel personnel,
                              DateValue startDate, DateValue endDate, String duration, String durationText,
                              Evidence evidence, Double confidence, ObjectNode json) {

    /** Stable across builds of the dataset: the document's id and the record's place in it. */
    public String key() {
        return documentId + "#" + number;
    }
}
