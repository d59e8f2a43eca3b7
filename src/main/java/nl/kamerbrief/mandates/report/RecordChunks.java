package nl.kamerbrief.mandates.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.kamerbrief.mandates.dataset.DatasetRecord;
import nl.kamerbrief.mandates.dataset.ExtractedRecord;
import nl.kamerbrief.mandates.dataset.MissionTimeline;

/**
 * {@code data/records-<n>.js}: the records in dataset order, {@code chunkSize} to a file, each file a call
 * {@code MANDATES.records(n, rows)} (a page opened from disk may not fetch, but it may add script elements). A row
 * is {@code [mission, document, n, action, count, qualifier, start, lastDay, page]}: the mission's and the
 * document's numbers in the summary, the record's number in its document, then its values.
 */
final class RecordChunks {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RecordChunks() {
    }

    static int write(List<MissionTimeline> missions, DocumentIndex index, int chunkSize, Path dataDir)
            throws IOException {
        Files.createDirectories(dataDir);
        ArrayNode rows = MAPPER.createArrayNode();
        int chunk = 0;
        for (int m = 0; m < missions.size(); m++) {
            for (DatasetRecord r : missions.get(m).records()) {
                rows.add(row(m, r, index));
                if (rows.size() == chunkSize) {
                    write(dataDir, chunk++, rows);
                    rows = MAPPER.createArrayNode();
                }
            }
        }
        if (!rows.isEmpty()) {
            write(dataDir, chunk++, rows);
        }
        return chunk;
    }

    private static ArrayNode row(int mission, DatasetRecord dr, DocumentIndex index) {
        ExtractedRecord r = dr.record();
        ArrayNode a = MAPPER.createArrayNode();
        a.add(mission);
        a.add(index.number(dr.document().id()));
        a.add(r.number());
        a.add(r.action());
        a.add(r.personnel().count());
        a.add(r.personnel().qualifier());
        a.add(r.startDate() == null ? null : r.startDate().value().toString());
        a.add(dr.lastDay() == null ? null : dr.lastDay().toString());
        a.add(r.evidence().page());
        return a;
    }

    private static void write(Path dataDir, int chunk, ArrayNode rows) throws IOException {
        String js = "MANDATES.records(" + chunk + "," + Html.scriptSafe(MAPPER.writeValueAsString(rows)) + ");\n";
        Files.writeString(dataDir.resolve("records-" + chunk + ".js"), js, StandardCharsets.UTF_8);
    }
}
