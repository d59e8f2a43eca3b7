package nl.kamerbrief.mandates.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;

/**
 * Decides whether bytes are text and in which encoding: a byte-order mark wins (UTF-8, UTF-16LE/BE); UTF-16
 * without one is told by its NULs in every other byte; else strict UTF-8; else, when the bytes hold no NUL and few
 * control characters, the single-byte encoding Tika's detector finds (Windows-1252 for Latin-1). Anything else is
 * binary.
 */
record TextSniff(Charset charset, int bomLength, boolean isText, boolean guessed, String leadingText) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    static TextSniff of(byte[] bytes) {
        int n = bytes.length;
        if (n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return decodedOrBinary(bytes, StandardCharsets.UTF_8, 3, false);
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return decodedOrBinary(bytes, StandardCharsets.UTF_16LE, 2, false);
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return decodedOrBinary(bytes, StandardCharsets.UTF_16BE, 2, false);
        }
        int controls = 0;
        for (byte b : bytes) {
            int v = b & 0xFF;
            if (v == 0) {
                // UTF-16 without a byte-order mark has a NUL in every other byte; anything else with NULs is binary
                Charset utf16 = utf16WithoutBom(bytes);
                return utf16 == null ? binary() : decodedOrBinary(bytes, utf16, 0, true);
            }
            if (v < 0x20 && v != '\n' && v != '\r' && v != '\t' && v != '\f') {
                controls++;
            }
        }
        if (controls > Math.max(2, n / 200)) {
            return binary();
        }
        String utf8 = strictDecode(bytes, StandardCharsets.UTF_8, 0, true);
        if (utf8 != null) {
            return new TextSniff(StandardCharsets.UTF_8, 0, true, false, head(utf8));
        }
        // not UTF-8: a legacy single-byte encoding, if the high bytes look like letters rather than noise
        int high = 0;
        int undefined = 0;
        for (byte b : bytes) {
            int v = b & 0xFF;
            if (v >= 0x80) {
                high++;
                if (v == 0x81 || v == 0x8D || v == 0x8F || v == 0x90 || v == 0x9D) {
                    undefined++;
                }
            }
        }
        if (undefined > 0 || high > n / 10 + 8) {
            return binary();
        }
        Charset legacyCharset = legacyCharset(bytes);
        String legacy = new String(bytes, legacyCharset);
        return new TextSniff(legacyCharset, 0, true, true, head(legacy));
    }

    /**
     * The single-byte encoding Tika's detector (ICU's statistics of letter pairs) finds most likely for text that is
     * not UTF-8; Windows-1252, a superset of Latin-1 for printable text, when it finds none it trusts.
     */
    private static Charset legacyCharset(byte[] bytes) {
        try {
            CharsetDetector detector = new CharsetDetector();
            detector.setText(bytes.length > 65536 ? java.util.Arrays.copyOf(bytes, 65536) : bytes);
            for (CharsetMatch m : detector.detectAll()) {
                String name = m.getName();
                if (m.getConfidence() >= 30 && (name.startsWith("ISO-8859-") || name.startsWith("windows-125"))
                        && Charset.isSupported(name)) {
                    Charset cs = Charset.forName(name);
                    // Latin-1 is a subset of Windows-1252 for printable text: read it as the superset
                    return cs.name().equals("ISO-8859-1") ? WINDOWS_1252 : cs;
                }
            }
        } catch (RuntimeException e) {
            // the detector is a guess; a failure of it leaves the safe default
        }
        return WINDOWS_1252;
    }

    /** UTF-16 LE or BE when the NULs of the bytes sit in every other byte, as in Latin text in UTF-16. */
    private static Charset utf16WithoutBom(byte[] bytes) {
        int n = Math.min(bytes.length, 4096) & ~1;
        if (n < 16) {
            return null;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < n; i += 2) {
            if (bytes[i] == 0) {
                evenNul++;
            }
            if (bytes[i + 1] == 0) {
                oddNul++;
            }
        }
        int pairs = n / 2;
        if (oddNul > pairs * 0.6 && evenNul < pairs * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenNul > pairs * 0.6 && oddNul < pairs * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static TextSniff decodedOrBinary(byte[] bytes, Charset cs, int bom, boolean guessed) {
        String s = strictDecode(bytes, cs, bom, true);
        if (s == null || s.indexOf('\u0000') >= 0) {
            return binary();
        }
        return new TextSniff(cs, bom, true, guessed, head(s));
    }

    /**
     * Strict decoding; with {@code allowCutEnd} a multi-byte sequence cut by the end of a sniffed head is not an
     * error.
     */
    static String strictDecode(byte[] bytes, Charset cs, int offset, boolean allowCutEnd) {
        var decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int len = bytes.length - offset;
        for (int cut = 0; cut <= (allowCutEnd ? 3 : 0) && cut <= len; cut++) {
            try {
                return decoder.decode(ByteBuffer.wrap(bytes, offset, len - cut)).toString();
            } catch (CharacterCodingException e) {
                decoder.reset();
            }
        }
        return null;
    }

    private static TextSniff binary() {
        return new TextSniff(null, 0, false, false, "");
    }

    private static String head(String s) {
        return s.length() > 2048 ? s.substring(0, 2048) : s;
    }
}
