package nl.kamerbrief.mandates.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the lines an extract run writes ({@code records.jsonl}, {@code documents.jsonl}) into the dataset's own
 * model. The record contract is {@code spec/records.md}; a line that breaks it fails with its file and line.
 */
final class RunJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private RunJson() {
    }

    /** A line of {@code records.jsonl}; {@code number} is its place among its document's records. */
    static ExtractedRecord record(JsonNode n, int number, Path file, int lineNo) throws DatasetException {
        try {
            String documentId = required(n.path("document"), "id", "document.id");
            JsonNode m = n.path("mission");
            MissionRef mission = new MissionRef(required(m, "id", "mission.id"), required(m, "name", "mission.name"),
                    text(m, "organisation"), text(m, "text"), m.path("known").asBoolean(false));
            JsonNode ev = n.path("evidence");
            if (!ev.isObject() || !ev.path("start").canConvertToInt() || !ev.path("end").canConvertToInt()) {
                throw new IllegalArgumentException("evidence with start and end is required");
            }
            List<Evidence.Span> parts = new ArrayList<>();
            for (JsonNode p : ev.path("parts")) {
                parts.add(new Evidence.Span(p.path("start").asInt(), p.path("end").asInt()));
            }
            Evidence evidence = new Evidence(text(ev, "quote"), ev.path("start").asInt(), ev.path("end").asInt(),
                    integer(ev, "page"), parts);
            JsonNode d = n.path("duration");
            JsonNode conf = n.get("confidence");
            return new ExtractedRecord(documentId, number, mission, text(n, "action"), personnel(n.path("personnel")),
                    date(n.get("start_date"), "start_date"), date(n.get("end_date"), "end_date"), text(d, "value"),
                    text(d, "text"), evidence, conf == null || conf.isNull() ? null : conf.asDouble(), (ObjectNode) n);
        } catch (IllegalArgumentException e) {
            throw new DatasetException(file + ":" + lineNo + ": not a mandate record: " + e.getMessage());
        }
    }

    /** A line of {@code documents.jsonl}. */
    static SourceDocument document(String line, Path folder, Path file, int lineNo) throws DatasetException {
        JsonNode n = tree(line, file, lineNo);
        try {
            return new SourceDocument(required(n, "id", "id"), text(n, "path"), text(n, "sha256"),
                    text(n, "media_type"), text(n, "language"), integer(n, "pages"), integer(n, "characters"),
                    localDate(text(n, "date"), "date"), text(n, "kamerstuk"), required(n, "status", "status"),
                    text(n, "reason"), n.path("records").asInt(0), folder.toString(), folder);
        } catch (IllegalArgumentException e) {
            throw new DatasetException(file + ":" + lineNo + ": not a document line: " + e.getMessage());
        }
    }

    static JsonNode tree(String line, Path file, int lineNo) throws DatasetException {
        try {
            JsonNode n = MAPPER.readTree(line);
            if (n == null || !n.isObject()) {
                throw new DatasetException(file + ":" + lineNo + ": not a JSON object");
            }
            return n;
        } catch (JsonProcessingException e) {
            throw new DatasetException(file + ":" + lineNo + ": not JSON: " + e.getOriginalMessage(), e);
        }
    }

    static Personnel personnel(JsonNode p) {
        if (!p.isObject()) {
            return Personnel.NONE;
        }
        List<String> categories = new ArrayList<>();
        p.path("categories").forEach(c -> categories.add(c.asText()));
        return new Personnel(integer(p, "count"), integer(p, "min"), integer(p, "max"), text(p, "qualifier"),
                integer(p, "previous"), p.path("shared").asBoolean(false), categories, text(p, "text"));
    }

    static DateValue date(JsonNode d, String field) {
        if (d == null || d.isNull()) {
            return null;
        }
        LocalDate value = localDate(text(d, "value"), field + ".value");
        if (value == null) {
            return null;
        }
        JsonNode inclusive = d.get("inclusive");
        return new DateValue(value, text(d, "precision"),
                inclusive == null || inclusive.isNull() ? null : inclusive.asBoolean(), text(d, "text"));
    }

    static LocalDate localDate(String s, String field) {
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " is not an ISO date: " + s);
        }
    }

    static String required(JsonNode n, String field, String name) {
        String v = text(n, field);
        if (v == null || v.isEmpty()) {
            throw new IllegalArgumentException(name + " is missing");
        }
        return v;
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() || v.isMissingNode() ? null : v.asText();
    }

    static Integer integer(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() || !v.canConvertToInt() ? null : v.asInt();
    }
}
