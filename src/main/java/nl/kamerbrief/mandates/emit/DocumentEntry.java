package nl.kamerbrief.mandates.emit;

import java.util.List;

/**
 * One line of {@code documents.jsonl}: what became of one input.
 *
 * @param status ok, skipped or failed
 * @param reason why it was skipped or failed, null when ok
 */
public record DocumentEntry(String id, String path, String sha256, String mediaType, String language, Integer pages,
                            Integer characters, String date, String kamerstuk, String status, String reason,
                            int records, List<String> warnings) {

    public static final String OK = "ok";
    public static final String SKIPPED = "skipped";
    public static final String FAILED = "failed";

    public DocumentEntry {
        warnings = List.copyOf(warnings);
    }
}
