package nl.kamerbrief.mandates.dataset;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * One line of an extract run's {@code documents.jsonl}.
 *
 * @param records the number of records the run wrote for it
 * @param source the output folder of the run it was taken from
 * @param folder the folder whose {@code text/<id>.txt} holds its text (the run's, or the dataset's once written)
 */
public record SourceDocument(String id, String path, String sha256, String mediaType, String language,
                             Integer pages, Integer characters, LocalDate date, String kamerstuk, String status,
                             String reason, int records, String source, Path folder) {

    public static final String OK = "ok";

    /** Its normalized text, which evidence offsets index. */
    public Path text() {
        return folder.resolve("text").resolve(id + ".txt");
    }

    public boolean ok() {
        return OK.equals(status);
    }
}
