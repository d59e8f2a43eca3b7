package nl.kamerbrief.mandates.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The metadata file {@code sync} writes beside a letter: {@code <stem>.meta.json} ({@code kst-29521-446.pdf} has
 * {@code kst-29521-446.meta.json}). Its {@code date} (ISO), {@code kamerstuk} ("29521-446") and {@code title}
 * become the document's metadata where the file itself carries none; the letter's own text still comes first.
 * Other fields are ignored, and a field that is missing or malformed is left out.
 */
public final class Sidecar {

    /** A sidecar's name ends in this; such a file is never read as a letter. */
    public static final String SUFFIX = ".meta.json";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern KAMERSTUK = Pattern.compile("\\d{1,6}(?:-[A-Z0-9]{1,6})?-\\d{1,5}");

    private Sidecar() {
    }

    /** Whether {@code path} names a sidecar. */
    public static boolean isSidecar(Path path) {
        return path.getFileName() != null && path.getFileName().toString().endsWith(SUFFIX);
    }

    /** The sidecar of a letter: same folder, same name without its extension, then {@code .meta.json}. */
    public static Path of(Path letter) {
        String name = letter.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return letter.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + SUFFIX);
    }

    /**
     * The metadata of {@code letter}'s sidecar ({@link SourceInfo.Keys#DATE}, {@code KAMERSTUK}, {@code DOSSIER},
     * {@code TITLE}); empty when there is none. Throws when it exists and is not JSON.
     */
    public static Map<String, String> read(Path letter) throws IOException {
        Path file = of(letter);
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        JsonNode root = JSON.readTree(Files.readAllBytes(file));
        Map<String, String> out = new LinkedHashMap<>();
        if (root == null || !root.isObject()) {
            throw new IOException("not a JSON object");
        }
        String date = text(root, "date");
        if (date != null) {
            try {
                out.put(SourceInfo.Keys.DATE, LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date)
                        .toString());
            } catch (DateTimeParseException e) {
                // a date the sidecar garbled is no date
            }
        }
        String kamerstuk = text(root, "kamerstuk");
        if (kamerstuk != null && KAMERSTUK.matcher(kamerstuk).matches()) {
            out.put(SourceInfo.Keys.KAMERSTUK, kamerstuk);
            out.put(SourceInfo.Keys.DOSSIER, kamerstuk.substring(0, kamerstuk.lastIndexOf('-')));
        }
        String title = text(root, "title");
        if (title != null) {
            out.put(SourceInfo.Keys.TITLE, DocumentText.squeeze(title));
        }
        return out;
    }

    /**
     * {@code doc} with its sidecar's metadata added for every key its file did not fill; with a warning, and
     * unchanged otherwise, when the sidecar cannot be read.
     */
    static IngestedDocument complete(IngestedDocument doc) {
        Path path = doc.source().path();
        if (path == null || path.getFileName() == null) {
            return doc;
        }
        Map<String, String> extra;
        try {
            extra = read(path);
        } catch (IOException e) {
            var warnings = new java.util.ArrayList<>(doc.warnings());
            warnings.add("sidecar " + of(path).getFileName() + " not read: " + e.getMessage());
            return new IngestedDocument(doc.source(), doc.text(), doc.pages(), doc.metadata(), warnings);
        }
        if (extra.isEmpty()) {
            return doc;
        }
        Map<String, String> merged = new LinkedHashMap<>(doc.metadata());
        extra.forEach(merged::putIfAbsent);
        if (merged.containsKey(SourceInfo.Keys.KAMERSTUK)) {
            // a dossier goes with the number it belongs to
            String k = merged.get(SourceInfo.Keys.KAMERSTUK);
            merged.put(SourceInfo.Keys.DOSSIER, k.substring(0, k.lastIndexOf('-')));
        }
        return new IngestedDocument(doc.source(), doc.text(), doc.pages(), merged, doc.warnings());
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            return null;
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }
}
