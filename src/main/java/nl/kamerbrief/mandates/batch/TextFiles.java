package nl.kamerbrief.mandates.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where a document's normalized text goes: {@code text/<name>.txt}, where the name is the document id when the id is
 * a safe file name, and a safe name made from it otherwise. The only way an id reaches a path, so a hostile file
 * name ({@code ../../etc/x}, control characters, a name of 250 bytes) can never make the run write outside its
 * output folder: unsafe characters become {@code _}, a leading dot becomes {@code _} (no {@code ..}, no hidden
 * file), a long name is cut to {@value #MAX_NAME_BYTES} bytes, and a changed name ends in a digest of the id, so two
 * ids never share a file. The resolved path is checked to lie directly in the text folder all the same.
 */
final class TextFiles {

    /** Bytes of a name (UTF-8), leaving room under the usual 255 for ".txt" and the temporary file's affixes. */
    static final int MAX_NAME_BYTES = 200;

    private TextFiles() {
    }

    /** The file name (without ".txt") of a document id. */
    static String name(String id) {
        StringBuilder b = new StringBuilder(id.length());
        for (int i = 0; i < id.length(); ) {
            int cp = id.codePointAt(i);
            b.appendCodePoint(safe(cp) ? cp : '_');
            i += Character.charCount(cp);
        }
        if (b.length() == 0 || b.charAt(0) == '.') {
            b.insert(0, '_');
        }
        String name = b.toString();
        if (name.equals(id) && id.getBytes(StandardCharsets.UTF_8).length <= MAX_NAME_BYTES) {
            return id;
        }
        String suffix = "-" + digest(id);
        return cut(name, MAX_NAME_BYTES - suffix.length()) + suffix;
    }

    /** The text file of a document id in {@code textDir}; fails when it would not lie directly in it. */
    static Path resolve(Path textDir, String id) throws IOException {
        Path dir = textDir.toAbsolutePath().normalize();
        Path file = dir.resolve(name(id) + ".txt").normalize();
        if (!dir.equals(file.getParent())) {
            throw new IOException("document id '" + id + "' would write outside " + dir);
        }
        return file;
    }

    /**
     * Letters, digits, marks and the punctuation of ordinary file names; no path separators, no control or format
     * characters, none of the characters Windows refuses, no lone surrogates.
     */
    private static boolean safe(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK -> true;
            default -> cp == '-' || cp == '_' || cp == '.' || cp == ' ' || cp == ',' || cp == '(' || cp == ')'
                    || cp == '+' || cp == '&' || cp == '\'' || cp == '=' || cp == '@' || cp == '[' || cp == ']'
                    || cp == '#' || cp == '!' || cp == '~' || cp == '$' || cp == '%' || cp == ';';
        };
    }

    /** The longest prefix of whole code points within {@code maxBytes} bytes of UTF-8. */
    private static String cut(String s, int maxBytes) {
        int bytes = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + size > maxBytes) {
                break;
            }
            bytes += size;
            i += Character.charCount(cp);
        }
        return s.substring(0, i);
    }

    private static String digest(String id) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
