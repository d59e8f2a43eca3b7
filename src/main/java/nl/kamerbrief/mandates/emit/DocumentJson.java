package nl.kamerbrief.mandates.emit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** One {@link DocumentEntry} as one line of {@code documents.jsonl}. */
public final class DocumentJson {

    private static final JsonFactory JSON = new JsonFactory();

    private DocumentJson() {
    }

    public static String line(DocumentEntry d) {
        StringWriter w = new StringWriter(256);
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField("id", d.id());
            g.writeStringField("path", d.path());
            str(g, "sha256", d.sha256());
            str(g, "media_type", d.mediaType());
            str(g, "language", d.language());
            num(g, "pages", d.pages());
            num(g, "characters", d.characters());
            str(g, "date", d.date());
            str(g, "kamerstuk", d.kamerstuk());
            g.writeStringField("status", d.status());
            str(g, "reason", d.reason());
            g.writeNumberField("records", d.records());
            g.writeArrayFieldStart("warnings");
            for (String s : d.warnings()) {
                g.writeString(s);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** A line of {@code documents.jsonl} read back (an incremental run reuses the lines it wrote). */
    public static DocumentEntry parse(String line) {
        try {
            JsonNode n = READER.readTree(line);
            List<String> warnings = new ArrayList<>();
            n.path("warnings").forEach(w -> warnings.add(w.asText()));
            return new DocumentEntry(n.path("id").asText(), n.path("path").asText(), text(n, "sha256"),
                    text(n, "media_type"), text(n, "language"), integer(n, "pages"), integer(n, "characters"),
                    text(n, "date"), text(n, "kamerstuk"), n.path("status").asText(), text(n, "reason"),
                    n.path("records").asInt(), warnings);
        } catch (IOException e) {
            throw new UncheckedIOException("not a line of documents.jsonl: " + e.getMessage(), e);
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper READER =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Integer integer(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asInt();
    }

    private static void str(JsonGenerator g, String f, String v) throws IOException {
        if (v == null) {
            g.writeNullField(f);
        } else {
            g.writeStringField(f, v);
        }
    }

    private static void num(JsonGenerator g, String f, Integer v) throws IOException {
        if (v == null) {
            g.writeNullField(f);
        } else {
            g.writeNumberField(f, v);
        }
    }
}
