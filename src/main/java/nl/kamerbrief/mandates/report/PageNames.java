package nl.kamerbrief.mandates.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The file name of a document's page: its id where the id is a plain file name (letters, digits, dot, dash,
 * underscore), else a cleaned form plus a short hash of the id, so that two ids never share a page and no id can
 * reach outside {@code docs/}.
 */
final class PageNames {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,150}");

    private PageNames() {
    }

    static String of(String documentId) {
        if (PLAIN.matcher(documentId).matches()) {
            return documentId;
        }
        String cleaned = documentId.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[^A-Za-z0-9]+", "");
        if (cleaned.length() > 100) {
            cleaned = cleaned.substring(0, 100);
        }
        return (cleaned.isEmpty() ? "document" : cleaned) + "-" + hash(documentId);
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
