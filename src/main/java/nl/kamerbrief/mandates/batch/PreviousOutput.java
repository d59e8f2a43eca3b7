package nl.kamerbrief.mandates.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines an output folder already holds, per document id: its line of {@code documents.jsonl} and its lines of
 * {@code records.jsonl}, exactly as written, so that an incremental run reproduces them byte for byte.
 */
final class PreviousOutput {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> documentLines = new LinkedHashMap<>();
    private final Map<String, List<String>> recordLines = new HashMap<>();

    static PreviousOutput load(Path outDir) throws IOException {
        PreviousOutput p = new PreviousOutput();
        Path docs = outDir.resolve("documents.jsonl");
        Path recs = outDir.resolve("records.jsonl");
        if (Files.exists(docs)) {
            try (BufferedReader r = Files.newBufferedReader(docs, StandardCharsets.UTF_8)) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    JsonNode d = JSON.readTree(line);
                    p.documentLines.put(d.path("id").asText(), line);
                }
            }
        }
        if (Files.exists(recs)) {
            try (BufferedReader r = Files.newBufferedReader(recs, StandardCharsets.UTF_8)) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    String id = JSON.readTree(line).path("document").path("id").asText();
                    p.recordLines.computeIfAbsent(id, k -> new ArrayList<>()).add(line);
                }
            }
        }
        return p;
    }

    /** The document line of {@code id}, or null. */
    String documentLine(String id) {
        return documentLines.get(id);
    }

    /** The record lines of {@code id} (empty when it had none). */
    List<String> recordLines(String id) {
        return recordLines.getOrDefault(id, List.of());
    }
}
