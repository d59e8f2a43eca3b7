package nl.kamerbrief.mandates.dataset;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code dataset.csv}: one row per record, in dataset order (missions by name, each mission's records in timeline
 * order), flat columns, UTF-8 with a header row, RFC 4180 quoting. Lists (categories) are joined with ";".
 */
public final class DatasetCsv {

    public static final List<String> COLUMNS = List.of("record_id", "mission_id", "mission", "organisation",
            "mission_known", "position", "document_id", "document_date", "kamerstuk", "mission_name_in_letter",
            "mission_text", "action", "personnel_count", "personnel_min", "personnel_max", "qualifier", "previous",
            "shared", "categories", "personnel_text", "start_date", "start_precision", "start_text", "end_date",
            "end_precision", "end_inclusive", "end_text", "last_day", "duration", "duration_text", "evidence_page",
            "evidence_start", "evidence_end", "evidence_quote", "confidence");

    private DatasetCsv() {
    }

    public static void write(Dataset dataset, Writer out) throws IOException {
        CsvWriter csv = new CsvWriter(out);
        csv.row(COLUMNS);
        for (MissionTimeline m : dataset.missions()) {
            for (DatasetRecord r : m.records()) {
                csv.row(row(m, r));
            }
        }
        out.flush();
    }

    static List<Object> row(MissionTimeline m, DatasetRecord dr) {
        ExtractedRecord r = dr.record();
        Personnel p = r.personnel();
        DateValue start = r.startDate();
        DateValue end = r.endDate();
        List<Object> row = new ArrayList<>(Arrays.asList(dr.key(), m.id(), m.name(), m.organisation(), m.known(),
                dr.position(), dr.document().id(), dr.document().date(), dr.document().kamerstuk(),
                r.mission().name(), r.mission().text(), r.action(), p.count(), p.min(), p.max(), p.qualifier(),
                p.previous(), p.shared(), String.join(";", p.categories()), p.text()));
        row.addAll(Arrays.asList(start == null ? null : start.value(), start == null ? null : start.precision(),
                start == null ? null : start.text(), end == null ? null : end.value(),
                end == null ? null : end.precision(), end == null ? null : end.inclusive(),
                end == null ? null : end.text(), dr.lastDay(), r.duration(), r.durationText(),
                r.evidence().page(), r.evidence().start(), r.evidence().end(), r.evidence().quote(),
                r.confidence()));
        return row;
    }
}
