package nl.kamerbrief.mandates.emit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import nl.kamerbrief.mandates.annotate.Category;
import nl.kamerbrief.mandates.assemble.MandateRecord;
import nl.kamerbrief.mandates.text.CharSpan;
import nl.kamerbrief.mandates.text.NormalizedText;

/**
 * One record as one line of {@code records.jsonl} (spec section 2), fields in the spec's order, unknown values
 * null. Offsets become Unicode code points here, and only here, through {@link NormalizedText#codePointOffset}.
 */
public final class RecordJson {

    /** The version of the record format. */
    public static final String SCHEMA_VERSION = "1";

    private static final JsonFactory JSON = new JsonFactory();

    private RecordJson() {
    }

    /** The record as a JSON object on one line, without the line end. */
    public static String line(MandateRecord r, NormalizedText text) {
        StringWriter w = new StringWriter(1024);
        try (JsonGenerator g = JSON.createGenerator(w)) {
            write(r, text, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    static void write(MandateRecord r, NormalizedText text, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("schema_version", SCHEMA_VERSION);
        g.writeObjectFieldStart("document");
        g.writeStringField("id", r.document().id());
        string(g, "date", r.document().date() == null ? null : r.document().date().toString());
        string(g, "kamerstuk", r.document().kamerstuk());
        g.writeEndObject();

        g.writeObjectFieldStart("mission");
        g.writeStringField("name", r.mission().name());
        g.writeStringField("id", r.mission().id());
        string(g, "organisation", r.mission().organisation());
        g.writeStringField("text", r.mission().text());
        g.writeBooleanField("known", r.mission().known());
        g.writeEndObject();

        string(g, "action", r.action() == null ? null : r.action().json());

        var p = r.personnel();
        g.writeObjectFieldStart("personnel");
        integer(g, "count", p.count());
        integer(g, "min", p.min());
        integer(g, "max", p.max());
        string(g, "qualifier", p.qualifier() == null ? null : p.qualifier().json());
        integer(g, "previous", p.previous());
        g.writeBooleanField("shared", p.shared());
        g.writeArrayFieldStart("categories");
        for (Category c : p.categories()) {
            g.writeString(c.json());
        }
        g.writeEndArray();
        string(g, "text", p.text());
        g.writeEndObject();

        if (r.startDate() == null) {
            g.writeNullField("start_date");
        } else {
            g.writeObjectFieldStart("start_date");
            g.writeStringField("value", r.startDate().value().toString());
            string(g, "precision", r.startDate().precision() == null ? null : r.startDate().precision().json());
            g.writeStringField("text", r.startDate().text());
            g.writeEndObject();
        }
        if (r.endDate() == null) {
            g.writeNullField("end_date");
        } else {
            g.writeObjectFieldStart("end_date");
            g.writeStringField("value", r.endDate().value().toString());
            string(g, "precision", r.endDate().precision() == null ? null : r.endDate().precision().json());
            if (r.endDate().inclusive() == null) {
                g.writeNullField("inclusive");
            } else {
                g.writeBooleanField("inclusive", r.endDate().inclusive());
            }
            g.writeStringField("text", r.endDate().text());
            g.writeEndObject();
        }
        if (r.duration() == null) {
            g.writeNullField("duration");
        } else {
            g.writeObjectFieldStart("duration");
            g.writeStringField("value", r.duration().value());
            g.writeStringField("text", r.duration().text());
            g.writeEndObject();
        }

        var e = r.evidence();
        g.writeObjectFieldStart("evidence");
        g.writeStringField("quote", e.quote());
        g.writeNumberField("start", text.codePointOffset(e.span().start()));
        g.writeNumberField("end", text.codePointOffset(e.span().end()));
        integer(g, "page", e.page());
        g.writeArrayFieldStart("parts");
        for (CharSpan part : e.parts()) {
            g.writeStartObject();
            g.writeNumberField("start", text.codePointOffset(part.start()));
            g.writeNumberField("end", text.codePointOffset(part.end()));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();

        g.writeNumberField("confidence", r.confidence());
        g.writeEndObject();
    }

    private static void string(JsonGenerator g, String field, String value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else {
            g.writeStringField(field, value);
        }
    }

    private static void integer(JsonGenerator g, String field, Integer value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else {
            g.writeNumberField(field, value);
        }
    }
}
