package nl.kamerbrief.mandates.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.TreeSet;
import nl.kamerbrief.mandates.dataset.CurrentState;
import nl.kamerbrief.mandates.dataset.Dataset;
import nl.kamerbrief.mandates.dataset.DatasetRecord;
import nl.kamerbrief.mandates.dataset.Flag;
import nl.kamerbrief.mandates.dataset.MissionTimeline;
import nl.kamerbrief.mandates.dataset.SourceDocument;

/**
 * What the index page holds inline: the counts, the documents with records ({@code [id, date, page]}, page null
 * when it is the id), and per mission its name, organisation, current state, flags, where its records sit in the
 * record chunks, and its timeline bars. A bar is {@code [from, to, count, document, n]}: days since 1970-01-01 of
 * the record's start (or its letter's date) and of its last day (null where unknown), the headcount, the
 * document's number and the record's number in it. The records themselves are in {@link RecordChunks}.
 */
final class ReportSummary {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReportSummary() {
    }

    static ObjectNode of(Dataset dataset, DocumentIndex index, int chunkSize) {
        ObjectNode s = MAPPER.createObjectNode();
        s.put("asOf", dataset.asOf().toString());
        s.put("documents", dataset.documents().size());
        s.put("records", dataset.recordCount());
        s.put("flags", dataset.flagCount());
        s.put("chunkSize", chunkSize);
        s.put("chunks", (dataset.recordCount() + chunkSize - 1) / chunkSize);
        ArrayNode docs = s.putArray("docs");
        TreeSet<String> years = new TreeSet<>();
        for (SourceDocument d : index.documents()) {
            ArrayNode a = docs.addArray();
            a.add(d.id());
            a.add(d.date() == null ? null : d.date().toString());
            String page = PageNames.of(d.id());
            a.add(page.equals(d.id()) ? null : page);
            if (d.date() != null) {
                years.add(String.valueOf(d.date().getYear()));
            }
        }
        ArrayNode y = s.putArray("years");
        years.forEach(y::add);
        TreeSet<String> organisations = new TreeSet<>();
        TreeSet<String> actions = new TreeSet<>();
        ArrayNode missions = s.putArray("missions");
        int first = 0;
        for (MissionTimeline m : dataset.missions()) {
            ObjectNode mn = missions.addObject();
            mn.put("id", m.id());
            mn.put("name", m.name());
            mn.put("org", m.organisation());
            mn.put("known", m.known());
            mn.put("first", first);
            mn.put("n", m.records().size());
            first += m.records().size();
            if (m.organisation() != null) {
                organisations.add(m.organisation());
            }
            CurrentState st = m.state();
            ObjectNode state = mn.putObject("state");
            state.put("count", st.count());
            state.put("countDoc", st.countDocument());
            state.put("end", st.endDate() == null ? null : st.endDate().lastDay().toString());
            state.put("endDoc", st.endDocument());
            state.put("action", st.action());
            state.put("actionDoc", st.actionDocument());
            ArrayNode flags = mn.putArray("flags");
            for (Flag f : m.flags()) {
                ObjectNode fn = flags.addObject();
                fn.put("kind", f.kind());
                fn.put("date", f.date() == null ? null : f.date().toString());
                fn.put("detail", f.detail());
            }
            ArrayNode bars = mn.putArray("bars");
            for (DatasetRecord r : m.records()) {
                if (r.record().action() != null) {
                    actions.add(r.record().action());
                }
                LocalDate from = r.from();
                LocalDate to = r.lastDay();
                if (from == null && to == null) {
                    continue;
                }
                ArrayNode bar = bars.addArray();
                day(bar, from);
                day(bar, to);
                bar.add(r.record().personnel().count());
                bar.add(index.number(r.document().id()));
                bar.add(r.record().number());
            }
        }
        ArrayNode o = s.putArray("organisations");
        organisations.forEach(o::add);
        ArrayNode a = s.putArray("actions");
        actions.forEach(a::add);
        return s;
    }

    private static void day(ArrayNode a, LocalDate d) {
        if (d == null) {
            a.addNull();
        } else {
            a.add(d.toEpochDay());
        }
    }
}
