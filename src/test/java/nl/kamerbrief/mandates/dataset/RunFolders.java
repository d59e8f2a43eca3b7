package nl.kamerbrief.mandates.dataset;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-made output folders of extract runs, in the format of {@code spec/records.md}, for tests that need records
 * with exactly the values they check (flags, aliases, exports). Each record's evidence is a sentence of the
 * document's text, found in it, so offsets are real.
 */
public final class RunFolders {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> texts = new LinkedHashMap<>();
    private final Map<String, String> dates = new LinkedHashMap<>();
    private final List<ObjectNode> records = new ArrayList<>();

    /** A document with its date (null: undated) and text. */
    public RunFolders letter(String id, String date, String text) {
        texts.put(id, text);
        dates.put(id, date);
        return this;
    }

    /** A record of {@code id}'s letter; {@code quote} must occur in its text. Returns it to set more values. */
    public Rec record(String id, String missionId, String missionName, String quote) {
        String text = texts.get(id);
        int at = text.indexOf(quote);
        if (at < 0) {
            throw new IllegalArgumentException("quote not in the text of " + id + ": " + quote);
        }
        ObjectNode r = JSON.createObjectNode();
        r.put("schema_version", "1");
        ObjectNode doc = r.putObject("document");
        doc.put("id", id);
        doc.put("date", dates.get(id));
        doc.putNull("kamerstuk");
        ObjectNode m = r.putObject("mission");
        m.put("name", missionName);
        m.put("id", missionId);
        m.put("organisation", "EU");
        m.put("text", missionName);
        m.put("known", true);
        r.putNull("action");
        ObjectNode p = r.putObject("personnel");
        p.putNull("count");
        p.putNull("min");
        p.putNull("max");
        p.putNull("qualifier");
        p.putNull("previous");
        p.put("shared", false);
        p.putArray("categories");
        p.putNull("text");
        r.putNull("start_date");
        r.putNull("end_date");
        r.putNull("duration");
        ObjectNode ev = r.putObject("evidence");
        int start = text.codePointCount(0, at);
        int end = start + quote.codePointCount(0, quote.length());
        ev.put("quote", quote);
        ev.put("start", start);
        ev.put("end", end);
        ev.putNull("page");
        ArrayNode parts = ev.putArray("parts");
        parts.addObject().put("start", start).put("end", end);
        r.put("confidence", 0.9);
        records.add(r);
        return new Rec(r);
    }

    /** Setters for a record's values. */
    public static final class Rec {
        private final ObjectNode r;

        Rec(ObjectNode r) {
            this.r = r;
        }

        public Rec action(String action) {
            r.put("action", action);
            return this;
        }

        public Rec count(int count, String qualifier) {
            ObjectNode p = (ObjectNode) r.get("personnel");
            p.put("count", count);
            p.put("qualifier", qualifier);
            if ("max".equals(qualifier)) {
                p.put("max", count);
            }
            p.putArray("categories").add("military");
            return this;
        }

        public Rec end(String date, boolean inclusive, String text) {
            ObjectNode e = r.putObject("end_date");
            e.put("value", date);
            e.put("precision", "day");
            e.put("inclusive", inclusive);
            e.put("text", text);
            return this;
        }

        public Rec start(String date) {
            ObjectNode s = r.putObject("start_date");
            s.put("value", date);
            s.put("precision", "day");
            s.put("text", "vanaf " + date);
            return this;
        }

        public Rec organisation(String organisation) {
            ((ObjectNode) r.get("mission")).put("organisation", organisation);
            return this;
        }

        public Rec unknownMission() {
            ((ObjectNode) r.get("mission")).put("known", false);
            return this;
        }

        public Rec page(int page) {
            ((ObjectNode) r.get("evidence")).put("page", page);
            return this;
        }
    }

    /** Writes the folder as {@code extract} would: documents.jsonl, records.jsonl (letter order), text/. */
    public Path write(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("text"));
        StringBuilder docs = new StringBuilder();
        StringBuilder recs = new StringBuilder();
        for (var e : texts.entrySet()) {
            String id = e.getKey();
            Files.writeString(dir.resolve("text").resolve(id + ".txt"), e.getValue(), StandardCharsets.UTF_8);
            List<ObjectNode> own = records.stream().filter(r -> r.path("document").path("id").asText().equals(id))
                    .sorted((a, b) -> Integer.compare(a.path("evidence").path("start").asInt(),
                            b.path("evidence").path("start").asInt())).toList();
            ObjectNode d = JSON.createObjectNode();
            d.put("id", id);
            d.put("path", "letters/" + id + ".txt");
            d.put("sha256", sha256(e.getValue()));
            d.put("media_type", "text/plain");
            d.put("language", "nl");
            d.putNull("pages");
            d.put("characters", e.getValue().codePointCount(0, e.getValue().length()));
            d.put("date", dates.get(id));
            d.putNull("kamerstuk");
            d.put("status", "ok");
            d.putNull("reason");
            d.put("records", own.size());
            d.putArray("warnings");
            docs.append(JSON.writeValueAsString(d)).append('\n');
            for (ObjectNode r : own) {
                recs.append(JSON.writeValueAsString(r)).append('\n');
            }
        }
        Files.writeString(dir.resolve("documents.jsonl"), docs, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("records.jsonl"), recs, StandardCharsets.UTF_8);
        return dir;
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
