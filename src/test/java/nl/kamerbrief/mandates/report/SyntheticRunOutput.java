package nl.kamerbrief.mandates.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * For {@code bench/report.sh}: writes the output folder of an imaginary extract run at archive scale, N letters from
 * 1995 to 2025 with M records between them, about missions of {@code rules/missions.json}, each record's evidence a
 * sentence of its letter's text (offsets in code points, as a run writes them). Deterministic (seeded).
 *
 * <p>{@code java ... SyntheticRunOutput OUT [DOCUMENTS [RECORDS]]} (default 10,000 and 50,000).
 */
public final class SyntheticRunOutput {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] ACTIONS = {"extend", "extend", "extend", "new", "expand", "reduce", "continue",
            "terminate", "explore"};
    private static final String[] FILLER = {
            "De regering hecht eraan uw Kamer tijdig te informeren over de inzet van de krijgsmacht.",
            "Bij de besluitvorming is het toetsingskader gevolgd, zoals gebruikelijk bij bijdragen aan missies.",
            "De veiligheidssituatie in het inzetgebied blijft zorgelijk, maar de risico's zijn aanvaardbaar.",
            "De kosten worden gefinancierd uit het Budget Internationale Veiligheid.",
            "Over de voortgang wordt uw Kamer jaarlijks geïnformeerd in de voortgangsrapportage.",
            "Nederland werkt hierbij nauw samen met bondgenoten en partners in de regio.",
            "De bijdrage past binnen de geïntegreerde benadering van het kabinet."};

    private SyntheticRunOutput() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int documents = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int records = args.length > 2 ? Integer.parseInt(args[2]) : 50_000;
        List<String[]> missions = new ArrayList<>();
        for (JsonNode m : JSON.readTree(Path.of("rules", "missions.json").toFile()).path("missions")) {
            missions.add(new String[] {m.path("id").asText(), m.path("name").asText(), m.path("organisation").asText()});
        }
        Random random = new Random(13);
        Files.createDirectories(out.resolve("text"));
        LocalDate first = LocalDate.of(1995, 1, 1);
        int days = (int) (LocalDate.of(2025, 12, 31).toEpochDay() - first.toEpochDay());
        int written = 0;
        try (BufferedWriter docs = Files.newBufferedWriter(out.resolve("documents.jsonl"), StandardCharsets.UTF_8);
             BufferedWriter recs = Files.newBufferedWriter(out.resolve("records.jsonl"), StandardCharsets.UTF_8)) {
            for (int d = 0; d < documents; d++) {
                LocalDate date = first.plusDays((long) days * d / documents);
                String id = String.format("%s-kamerbrief-%05d", date, d);
                int n = (records - written) / (documents - d);
                n = Math.max(1, Math.min(records - written, n + random.nextInt(3) - 1));
                if (d == documents - 1) {
                    n = records - written;
                }
                StringBuilder text = new StringBuilder("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
                        + "Den Haag, " + date + "\n\n");
                List<ObjectNode> own = new ArrayList<>();
                for (int r = 0; r < n; r++) {
                    for (int f = 0; f < 3; f++) {
                        text.append(FILLER[random.nextInt(FILLER.length)]).append(' ');
                    }
                    text.append("\n\n");
                    String[] mission = missions.get((int) Math.abs(random.nextGaussian() * missions.size() / 3)
                            % missions.size());
                    int count = 1 + random.nextInt(random.nextInt(10) < 8 ? 20 : 400);
                    LocalDate end = date.plusMonths(6 + random.nextInt(30)).withDayOfMonth(1).minusDays(1);
                    String sentence = "Het kabinet heeft besloten de Nederlandse bijdrage van maximaal " + count
                            + " militairen aan " + mission[1] + " voort te zetten tot en met " + end + ".";
                    int start = text.codePointCount(0, text.length());
                    text.append(sentence).append(' ');
                    own.add(record(id, date, mission, ACTIONS[random.nextInt(ACTIONS.length)], count, end, sentence,
                            start, random.nextInt(4) == 0 ? date.plusMonths(1).withDayOfMonth(1) : null,
                            1 + random.nextInt(8)));
                }
                text.append("\n\nDe Minister van Defensie\n");
                String body = text.toString();
                Files.writeString(out.resolve("text").resolve(id + ".txt"), body, StandardCharsets.UTF_8);
                ObjectNode doc = JSON.createObjectNode();
                doc.put("id", id);
                doc.put("path", "archief/" + id + ".pdf");
                doc.put("sha256", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(body.getBytes(StandardCharsets.UTF_8))));
                doc.put("media_type", "application/pdf");
                doc.put("language", "nl");
                doc.put("pages", 8);
                doc.put("characters", body.codePointCount(0, body.length()));
                doc.put("date", date.toString());
                doc.putNull("kamerstuk");
                doc.put("status", "ok");
                doc.putNull("reason");
                doc.put("records", own.size());
                doc.putArray("warnings");
                docs.write(JSON.writeValueAsString(doc));
                docs.write('\n');
                for (ObjectNode r : own) {
                    recs.write(JSON.writeValueAsString(r));
                    recs.write('\n');
                }
                written += n;
            }
        }
        System.err.printf("%s: %d documents, %d records%n", out, documents, written);
    }

    private static ObjectNode record(String id, LocalDate date, String[] mission, String action, int count,
                                     LocalDate end, String sentence, int start, LocalDate from, int page) {
        ObjectNode r = JSON.createObjectNode();
        r.put("schema_version", "1");
        ObjectNode doc = r.putObject("document");
        doc.put("id", id);
        doc.put("date", date.toString());
        doc.putNull("kamerstuk");
        ObjectNode m = r.putObject("mission");
        m.put("name", mission[1]);
        m.put("id", mission[0]);
        m.put("organisation", mission[2]);
        m.put("text", mission[1]);
        m.put("known", true);
        r.put("action", action);
        ObjectNode p = r.putObject("personnel");
        p.put("count", count);
        p.putNull("min");
        p.put("max", count);
        p.put("qualifier", "max");
        p.putNull("previous");
        p.put("shared", false);
        p.putArray("categories").add("military");
        p.put("text", "maximaal " + count + " militairen");
        if (from == null) {
            r.putNull("start_date");
        } else {
            ObjectNode s = r.putObject("start_date");
            s.put("value", from.toString());
            s.put("precision", "month");
            s.put("text", "vanaf " + from);
        }
        ObjectNode e = r.putObject("end_date");
        e.put("value", end.toString());
        e.put("precision", "day");
        e.put("inclusive", true);
        e.put("text", "tot en met " + end);
        r.putNull("duration");
        ObjectNode ev = r.putObject("evidence");
        int length = sentence.codePointCount(0, sentence.length());
        ev.put("quote", sentence);
        ev.put("start", start);
        ev.put("end", start + length);
        ev.put("page", page);
        ev.putArray("parts").addObject().put("start", start).put("end", start + length);
        r.put("confidence", 0.85);
        return r;
    }
}
