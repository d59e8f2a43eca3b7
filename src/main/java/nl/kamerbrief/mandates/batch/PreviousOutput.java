package nl.kamerbrief.mandates.batch;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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

    private Path recordsFile;
    private boolean recordsRead;

    /** The document lines now; the record lines when first asked for (a run with nothing new never needs them). */
    static PreviousOutput load(Path outDir) throws IOException {
        PreviousOutput p = new PreviousOutput();
        Path docs = outDir.resolve("documents.jsonl");
        if (Files.exists(docs)) {
            try (BufferedReader r = Files.newBufferedReader(docs, StandardCharsets.UTF_8)) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    p.documentLines.put(idOf(line, false), line);
                }
            }
        }
        p.recordsFile = outDir.resolve("records.jsonl");
        return p;
    }

    private synchronized void readRecords() {
        if (recordsRead) {
            return;
        }
        recordsRead = true;
        if (!Files.exists(recordsFile)) {
            return;
        }
        try (BufferedReader r = Files.newBufferedReader(recordsFile, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                recordLines.computeIfAbsent(idOf(line, true), k -> new ArrayList<>()).add(line);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + recordsFile, e);
        }
    }

    /** The document line of {@code id}, or null. */
    String documentLine(String id) {
        return documentLines.get(id);
    }

    /** The record lines of {@code id} (empty when it had none). */
    List<String> recordLines(String id) {
        readRecords();
        return recordLines.getOrDefault(id, List.of());
    }

    /**
     * The document id of a line: {@code id} of a documents.jsonl line, {@code document.id} of a record line. Read
     * with the streaming parser up to that field only: an output of 10,000 letters has tens of megabytes of records.
     */
    static String idOf(String line, boolean record) throws IOException {
        try (JsonParser p = JSON.getFactory().createParser(line)) {
            int depth = 0;
            boolean inDocument = !record;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    depth++;
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    depth--;
                } else if (t == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    if (record && depth == 1 && name.equals("document")) {
                        inDocument = true;
                    } else if (inDocument && depth == (record ? 2 : 1) && name.equals("id")) {
                        p.nextToken();
                        return p.getValueAsString("");
                    } else if (depth == 1 || depth == 2 && !inDocument) {
                        p.nextToken();
                        p.skipChildren();
                    }
                }
            }
        }
        return "";
    }
}
