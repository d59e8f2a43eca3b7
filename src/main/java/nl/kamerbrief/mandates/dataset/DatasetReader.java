package nl.kamerbrief.mandates.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a dataset folder that {@link DatasetWriter} wrote back into a {@link Dataset}. */
public final class DatasetReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DatasetReader() {
    }

    public static boolean isDatasetFolder(Path dir) {
        return Files.isRegularFile(dir.resolve(DatasetJson.MANIFEST)) && Files.isRegularFile(dir.resolve(DatasetJson.MISSIONS))
                && Files.isRegularFile(dir.resolve(DatasetJson.RECORDS))
                && Files.isRegularFile(dir.resolve(DatasetJson.DOCUMENTS));
    }

    public static Dataset read(Path dir) throws DatasetException {
        if (!Files.isDirectory(dir)) {
            throw new NotAFolderOfKindException(dir + ": no such folder");
        }
        if (!isDatasetFolder(dir)) {
            throw new NotAFolderOfKindException(dir + ": not a dataset folder (it needs dataset.json, documents.jsonl, "
                    + "missions.json and records.jsonl; build one with 'mandates dataset')");
        }
        JsonNode manifest = tree(dir.resolve(DatasetJson.MANIFEST));
        if (!DatasetJson.FORMAT.equals(manifest.path("format").asText())
                || manifest.path("version").asInt() != DatasetJson.VERSION) {
            throw new DatasetException(dir.resolve(DatasetJson.MANIFEST) + ": not a dataset of format version "
                    + DatasetJson.VERSION);
        }
        Map<String, SourceDocument> documents = new LinkedHashMap<>();
        Path docs = dir.resolve(DatasetJson.DOCUMENTS);
        RunOutputReader.forEachLine(docs, (line, no) -> {
            JsonNode n = RunJson.tree(line, docs, no);
            try {
                SourceDocument d = new SourceDocument(RunJson.required(n, "id", "id"), RunJson.text(n, "path"),
                        RunJson.text(n, "sha256"), RunJson.text(n, "media_type"), RunJson.text(n, "language"),
                        RunJson.integer(n, "pages"), RunJson.integer(n, "characters"),
                        RunJson.localDate(RunJson.text(n, "date"), "date"), RunJson.text(n, "kamerstuk"),
                        SourceDocument.OK, null, n.path("records").asInt(), RunJson.text(n, "source"), dir);
                documents.put(d.id(), d);
            } catch (IllegalArgumentException e) {
                throw new DatasetException(docs + ":" + no + ": " + e.getMessage());
            }
        });

        Map<String, List<DatasetRecord>> records = new HashMap<>();
        Path recs = dir.resolve(DatasetJson.RECORDS);
        RunOutputReader.forEachLine(recs, (line, no) -> {
            JsonNode n = RunJson.tree(line, recs, no);
            String key = RunJson.text(n, "record_id");
            String missionId = RunJson.text(n, "mission_id");
            if (key == null || missionId == null || key.lastIndexOf('#') < 0) {
                throw new DatasetException(recs + ":" + no + ": record_id and mission_id are required");
            }
            int number;
            try {
                number = Integer.parseInt(key.substring(key.lastIndexOf('#') + 1));
            } catch (NumberFormatException e) {
                throw new DatasetException(recs + ":" + no + ": record_id '" + key + "' does not end in #<number>");
            }
            ExtractedRecord r = RunJson.record(n, number, recs, no);
            SourceDocument d = documents.get(r.documentId());
            if (d == null) {
                throw new DatasetException(recs + ":" + no + ": document '" + r.documentId() + "' is not in "
                        + DatasetJson.DOCUMENTS);
            }
            records.computeIfAbsent(missionId, k -> new ArrayList<>())
                    .add(new DatasetRecord(missionId, n.path("position").asInt(), d, r));
        });

        List<MissionTimeline> missions = new ArrayList<>();
        Path missionsFile = dir.resolve(DatasetJson.MISSIONS);
        for (JsonNode m : tree(missionsFile).path("missions")) {
            String id = m.path("id").asText();
            List<DatasetRecord> timeline = records.remove(id);
            if (timeline == null) {
                throw new DatasetException(missionsFile + ": mission '" + id + "' has no records in "
                        + DatasetJson.RECORDS);
            }
            JsonNode c = m.path("current");
            CurrentState state = new CurrentState(RunJson.integer(c, "count"), RunJson.text(c, "count_document"),
                    RunJson.date(c.get("end_date"), "end_date"), RunJson.text(c, "end_document"),
                    RunJson.text(c, "action"), RunJson.text(c, "action_document"));
            List<Flag> flags = new ArrayList<>();
            for (JsonNode f : m.path("flags")) {
                List<String> fd = new ArrayList<>();
                f.path("documents").forEach(x -> fd.add(x.asText()));
                flags.add(new Flag(f.path("kind").asText(), RunJson.localDate(RunJson.text(f, "date"), "date"), fd,
                        f.path("detail").asText()));
            }
            missions.add(new MissionTimeline(id, m.path("name").asText(), RunJson.text(m, "organisation"),
                    m.path("known").asBoolean(), timeline, state, flags));
        }
        if (!records.isEmpty()) {
            throw new DatasetException(recs + ": records of missions that " + DatasetJson.MISSIONS + " does not list: "
                    + records.keySet());
        }
        List<String> sources = new ArrayList<>();
        manifest.path("sources").forEach(s -> sources.add(s.asText()));
        List<String> warnings = new ArrayList<>();
        manifest.path("warnings").forEach(s -> warnings.add(s.asText()));
        LocalDate asOf;
        try {
            asOf = LocalDate.parse(manifest.path("as_of").asText());
        } catch (java.time.format.DateTimeParseException e) {
            throw new DatasetException(dir.resolve(DatasetJson.MANIFEST) + ": as_of is not an ISO date");
        }
        return new Dataset(asOf, sources,
                List.copyOf(documents.values()), missions, manifest.path("excluded_documents").asInt(), warnings);
    }

    private static JsonNode tree(Path file) throws DatasetException {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new DatasetException(file + ": cannot read: " + e.getMessage(), e);
        }
    }
}
