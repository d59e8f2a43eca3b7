package nl.kamerbrief.mandates.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the output folder of an extract run ({@code records.jsonl}, {@code documents.jsonl}, {@code text/}). */
public final class RunOutputReader {

    private RunOutputReader() {
    }

    /** Whether {@code dir} looks like an extract run's output folder. */
    public static boolean isOutputFolder(Path dir) {
        return Files.isRegularFile(dir.resolve("records.jsonl")) && Files.isRegularFile(dir.resolve("documents.jsonl"));
    }

    public static RunOutput read(Path folder) throws DatasetException {
        if (!Files.isDirectory(folder)) {
            throw new NotAFolderOfKindException(folder + ": no such folder");
        }
        if (!isOutputFolder(folder)) {
            throw new NotAFolderOfKindException(folder + ": not the output folder of an extract run (it holds no "
                    + "records.jsonl and documents.jsonl)");
        }
        List<SourceDocument> documents = new ArrayList<>();
        Path docs = folder.resolve("documents.jsonl");
        forEachLine(docs, (line, no) -> documents.add(RunJson.document(line, folder, docs, no)));

        Map<String, List<ExtractedRecord>> records = new LinkedHashMap<>();
        Map<String, Integer> numbers = new HashMap<>();
        Path recs = folder.resolve("records.jsonl");
        forEachLine(recs, (line, no) -> {
            JsonNode n = RunJson.tree(line, recs, no);
            String id = RunJson.text(n.path("document"), "id");
            if (id == null) {
                throw new DatasetException(recs + ":" + no + ": not a mandate record: document.id is missing");
            }
            int number = numbers.merge(id, 1, Integer::sum);
            records.computeIfAbsent(id, k -> new ArrayList<>()).add(RunJson.record(n, number, recs, no));
        });
        Set<String> listed = new HashSet<>();
        documents.forEach(d -> listed.add(d.id()));
        for (String id : records.keySet()) {
            if (!listed.contains(id)) {
                throw new DatasetException(recs + ": records of document '" + id + "', which documents.jsonl does "
                        + "not list");
            }
        }
        return new RunOutput(folder, documents, records);
    }

    interface LineHandler {
        void line(String line, int lineNo) throws DatasetException;
    }

    /**
     * Calls {@code handler} on every non-blank line. Lines end at {@code \n} only: a line separator inside a JSON
     * string (U+2028) is not the end of a line.
     */
    static void forEachLine(Path file, LineHandler handler) throws DatasetException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder();
            int no = 0;
            int c;
            while ((c = r.read()) != -1) {
                if (c == '\n') {
                    no++;
                    emit(line, no, handler);
                    line.setLength(0);
                } else {
                    line.append((char) c);
                }
            }
            if (line.length() > 0) {
                emit(line, no + 1, handler);
            }
        } catch (IOException e) {
            throw new DatasetException(file + ": cannot read: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new DatasetException(file + ": " + e.getMessage(), e);
        }
    }

    private static void emit(StringBuilder line, int no, LineHandler handler) throws DatasetException {
        String s = line.toString();
        if (s.endsWith("\r")) {
            s = s.substring(0, s.length() - 1);
        }
        if (!s.isBlank()) {
            handler.line(s, no);
        }
    }
}
