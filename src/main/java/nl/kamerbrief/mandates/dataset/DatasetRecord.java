package nl.kamerbrief.mandates.dataset;

import java.time.LocalDate;

/**
 * A record in the dataset: the extracted record, the mission it belongs to after the alias join, the document it
 * comes from, and its 1-based place in that mission's timeline.
 */
public record DatasetRecord(String missionId, int position, SourceDocument document, ExtractedRecord record) {

    /** {@code <document id>#<n>}: the n-th record of the document (text order). */
    public String key() {
        return record.key();
    }

    /** Where the record's bar starts: its start date, else its letter's date (null when neither is known). */
    public LocalDate from() {
        return record.startDate() != null ? record.startDate().value() : document.date();
    }

    /** The last day the contribution runs as the record states it (null without an end date). */
    public LocalDate lastDay() {
        return record.endDate() == null ? null : record.endDate().lastDay();
    }
}
