package nl.kamerbrief.mandates.dataset;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The dataset as JSON, in four files:
 * <ul>
 * <li>{@code dataset.json}: how it was made (as-of date, source folders, counts, warnings);</li>
 * <li>{@code documents.jsonl}: one line per document (id, date, Kamerstuk, path, SHA-256, media type, language,
 * pages, characters, records, the output folder it came from), by date then id;</li>
 * <li>{@code missions.json}: per mission its id, name, organisation, whether the catalogue knows it, its number of
 * records, first and last letter, current state and flags;</li>
 * <li>{@code records.jsonl}: every record as the run wrote it, preceded by {@code record_id}
 * ({@code <document id>#<n>}), {@code mission_id} (after the alias join) and {@code position} (its place in the
 * mission's timeline), in dataset order.</li>
 * </ul>
 */
public final class DatasetJson {

    public static final String MANIFEST = "dataset.json";
    public static final String DOCUMENTS = "documents.jsonl";
    public static final String MISSIONS = "missions.json";
    public static final String RECORDS = "records.jsonl";
    static final String FORMAT = "kamerbrief-mandates dataset";
    static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DatasetJson() {
    }

    public static void write(Dataset dataset, Path dir) throws IOException {
        ObjectNode manifest = MAPPER.createObjectNode();
        manifest.put("format", FORMAT);
        manifest.put("version", VERSION);
        manifest.put("as_of", dataset.asOf().toString());
        ArrayNode sources = manifest.putArray("sources");
        dataset.sources().forEach(sources::add);
        manifest.put("documents", dataset.documents().size());
        manifest.put("missions", dataset.missions().size());
        manifest.put("records", dataset.recordCount());
        manifest.put("flags", dataset.flagCount());
        manifest.put("excluded_documents", dataset.excludedDocuments());
        ArrayNode warnings = manifest.putArray("warnings");
        dataset.warnings().forEach(warnings::add);
        Files.writeString(dir.resolve(MANIFEST), PRETTY.writeValueAsString(manifest) + "\n", StandardCharsets.UTF_8);

        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(DOCUMENTS), StandardCharsets.UTF_8)) {
            for (SourceDocument d : dataset.documents()) {
                w.write(MAPPER.writeValueAsString(document(d)));
                w.write('\n');
            }
        }
        ObjectNode missions = MAPPER.createObjectNode();
        ArrayNode list = missions.putArray("missions");
        dataset.missions().forEach(m -> list.add(mission(m)));
        Files.writeString(dir.resolve(MISSIONS), PRETTY.writeValueAsString(missions) + "\n", StandardCharsets.UTF_8);

        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(RECORDS), StandardCharsets.UTF_8)) {
            for (DatasetRecord r : dataset.records()) {
                ObjectNode line = MAPPER.createObjectNode();
                line.put("record_id", r.key());
                line.put("mission_id", r.missionId());
                line.put("position", r.position());
                for (var e : r.record().json().properties()) {
                    if (!line.has(e.getKey())) {
                        line.set(e.getKey(), e.getValue());
                    }
                }
                w.write(MAPPER.writeValueAsString(line));
                w.write('\n');
            }
        }
    }

    static ObjectNode document(SourceDocument d) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", d.id());
        n.put("date", str(d.date()));
        n.put("kamerstuk", d.kamerstuk());
        n.put("path", d.path());
        n.put("sha256", d.sha256());
        n.put("media_type", d.mediaType());
        n.put("language", d.language());
        n.put("pages", d.pages());
        n.put("characters", d.characters());
        n.put("records", d.records());
        n.put("source", d.source());
        return n;
    }

    static ObjectNode mission(MissionTimeline m) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", m.id());
        n.put("name", m.name());
        n.put("organisation", m.organisation());
        n.put("known", m.known());
        n.put("records", m.records().size());
        n.put("first_letter", str(m.firstLetter()));
        n.put("last_letter", str(m.lastLetter()));
        CurrentState s = m.state();
        ObjectNode current = n.putObject("current");
        current.put("count", s.count());
        current.put("count_document", s.countDocument());
        if (s.endDate() == null) {
            current.putNull("end_date");
            current.putNull("last_day");
        } else {
            ObjectNode end = current.putObject("end_date");
            end.put("value", s.endDate().value().toString());
            end.put("precision", s.endDate().precision());
            end.put("inclusive", s.endDate().inclusive());
            end.put("text", s.endDate().text());
            current.put("last_day", s.endDate().lastDay().toString());
        }
        current.put("end_document", s.endDocument());
        current.put("action", s.action());
        current.put("action_document", s.actionDocument());
        ArrayNode flags = n.putArray("flags");
        for (Flag f : m.flags()) {
            ObjectNode fn = flags.addObject();
            fn.put("kind", f.kind());
            fn.put("date", str(f.date()));
            ArrayNode docs = fn.putArray("documents");
            f.documents().forEach(docs::add);
            fn.put("detail", f.detail());
        }
        return n;
    }

    private static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
