package nl.kamerbrief.mandates.ingest;

import java.nio.file.Path;
import java.util.Map;

/**
 * What is known about an input before its text is read: the path as the user gave it, the id (file stem), the
 * SHA-256 of its bytes and the media type detected from its content.
 */
public record SourceInfo(String id, String pathAsGiven, Path path, String sha256, long bytes, String mediaType) {

    public SourceInfo {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("document id must not be blank");
        }
    }

    /** Metadata keys an ingestor may fill from the file itself (dates, titles, Kamerstuk numbers). */
    public static final class Keys {
        public static final String DATE = "date";
        public static final String KAMERSTUK = "kamerstuk";
        public static final String TITLE = "title";
        public static final String DOSSIER = "dossier";
        /** The day the file was made (a DOCX's creation date): the letter's date only as a last resort. */
        public static final String CREATED = "created";

        private Keys() {
        }
    }

    public static Map<String, String> noMetadata() {
        return Map.of();
    }
}
