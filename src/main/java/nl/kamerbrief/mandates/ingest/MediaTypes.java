package nl.kamerbrief.mandates.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Media types from content, never from the extension alone: magic bytes first, then a look at the first
 * kilobytes; the extension only refines plain text (a {@code .md} file is Markdown, a {@code .tsv} file a table).
 */
public final class MediaTypes {

    public static final String TEXT = "text/plain";
    public static final String MARKDOWN = "text/markdown";
    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String HTML = "text/html";
    public static final String XHTML = "application/xhtml+xml";
    public static final String XML = "application/xml";
    public static final String OCTET = "application/octet-stream";
    public static final String EMPTY = "application/x-empty";

    /** What the tool reads as a letter. */
    public static final Set<String> LETTER_TYPES = Set.of(TEXT, MARKDOWN, PDF, DOCX, HTML, XHTML, XML);

    /** Extensions under which users keep letters; a file named so that is not one fails instead of being skipped. */
    public static final Set<String> LETTER_EXTENSIONS = Set.of("txt", "text", "md", "markdown", "pdf", "docx", "html",
            "htm", "xhtml", "xml");

    private MediaTypes() {
    }

    /** The media type a letter's extension promises ("pdf" a PDF), or null for extensions of no one format. */
    public static String promisedBy(String extension) {
        return switch (extension) {
            case "pdf" -> PDF;
            case "docx" -> DOCX;
            case "html", "htm" -> HTML;
            case "xhtml" -> XHTML;
            case "xml" -> XML;
            case "txt", "text" -> TEXT;
            case "md", "markdown" -> MARKDOWN;
            default -> null;
        };
    }

    public static boolean isLetterType(String mediaType) {
        return LETTER_TYPES.contains(mediaType);
    }

    public static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Detects the media type of a file from its first bytes (at least 8 KiB when the file has them) and name. */
    public static String detect(byte[] head, long size, String fileName) {
        if (size == 0) {
            return EMPTY;
        }
        String ext = extension(fileName);
        if (startsWith(head, "%PDF-")) {
            return PDF;
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            String latin = new String(head, StandardCharsets.ISO_8859_1);
            if (latin.contains("word/") || latin.contains("[Content_Types].xml") && ext.equals("docx")) {
                return DOCX;
            }
            return "application/zip";
        }
        if (head.length >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0) {
            // an OLE2 container: an encrypted DOCX (its reader says so) or an old Word .doc
            return ext.equals("docx") ? DOCX : "application/x-ole-storage";
        }
        if (startsWith(head, "\u0089PNG")) {
            return "image/png";
        }
        if (head.length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        if (startsWith(head, "GIF8")) {
            return "image/gif";
        }
        if (startsWith(head, "{\\rtf")) {
            return "application/rtf";
        }
        TextSniff sniff = TextSniff.of(head);
        if (!sniff.isText()) {
            return OCTET;
        }
        String start = sniff.leadingText().stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("<?xml") || start.startsWith("<!doctype") || start.startsWith("<html")
                || start.startsWith("<")) {
            if (start.contains("<html") || start.startsWith("<!doctype html")) {
                return start.contains("xmlns=\"http://www.w3.org/1999/xhtml\"") && start.startsWith("<?xml")
                        ? XHTML : HTML;
            }
            if (start.startsWith("<?xml") || start.matches("(?s)<[a-z_][\\w.:-]*[\\s>/].*")) {
                return XML;
            }
        }
        switch (ext) {
            case "md", "markdown" -> {
                return MARKDOWN;
            }
            case "tsv" -> {
                return "text/tab-separated-values";
            }
            case "csv" -> {
                return "text/csv";
            }
            case "json", "jsonl" -> {
                return "application/json";
            }
            default -> {
                if (start.startsWith("{") || start.startsWith("[")) {
                    return ext.equals("txt") ? TEXT : "application/json";
                }
                return TEXT;
            }
        }
    }

    private static boolean startsWith(byte[] head, String magic) {
        if (head.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if ((head[i] & 0xFF) != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
