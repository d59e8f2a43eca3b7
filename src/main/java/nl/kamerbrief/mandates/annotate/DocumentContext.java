package nl.kamerbrief.mandates.annotate;

import java.time.LocalDate;
import java.util.Map;

/**
 * What the pipeline knows of a document before reading its text: its id, the metadata its file carries (dates,
 * Kamerstuk number from PDF/HTML/XML metadata or a sync sidecar) and the date its file name starts with.
 */
public record DocumentContext(String id, Map<String, String> metadata, LocalDate fileNameDate,
                              Integer fileNameYear, Integer fileNameMonth) {

    public DocumentContext {
        metadata = Map.copyOf(metadata);
    }

    /** Reads a leading "2020-01-28-", "2018-06-" or "2006-" from a file stem. */
    public static DocumentContext of(String id, Map<String, String> metadata) {
        var m = java.util.regex.Pattern.compile("^((?:19|20)\\d\\d)(?:-(\\d\\d)(?:-(\\d\\d))?)?(?:\\D|$)")
                .matcher(id);
        LocalDate full = null;
        Integer year = null;
        Integer month = null;
        if (m.find()) {
            year = Integer.parseInt(m.group(1));
            if (m.group(2) != null) {
                int mo = Integer.parseInt(m.group(2));
                month = mo >= 1 && mo <= 12 ? mo : null;
                if (m.group(3) != null && month != null) {
                    try {
                        full = LocalDate.of(year, month, Integer.parseInt(m.group(3)));
                    } catch (java.time.DateTimeException e) {
                        full = null;
                    }
                }
            }
        }
        return new DocumentContext(id, metadata, full, year, month);
    }
}
