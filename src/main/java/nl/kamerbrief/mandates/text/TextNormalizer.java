package nl.kamerbrief.mandates.text;

import java.text.Normalizer;

/**
 * Turns decoded input into the normalized text that records index: no byte-order mark, {@code \n} line ends,
 * Unicode NFC, no control characters but newline and tab. Nothing else changes, so a quote of the normalized text
 * reads as the letter reads (hyphenation, curly quotes and Markdown asterisks included).
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    public static NormalizedText normalize(String decoded) {
        String s = decoded;
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1);
        }
        s = s.replace("\r\n", "\n").replace('\r', '\n');
        if (!Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFC);
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean drop = (c < 0x20 && c != '\n' && c != '\t' && c != '\f') || c == 0x7F || c == '\uFEFF'
                    || (c >= 0x80 && c < 0xA0);
            if (c == '\f') {
                if (out == null) {
                    out = new StringBuilder(s.length()).append(s, 0, i);
                }
                out.append('\n');
                continue;
            }
            if (drop) {
                if (out == null) {
                    out = new StringBuilder(s.length()).append(s, 0, i);
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return new NormalizedText(out == null ? s : out.toString());
    }
}
