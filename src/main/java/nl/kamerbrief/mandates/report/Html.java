package nl.kamerbrief.mandates.report;

/** Escaping for HTML text and attributes, and JSON inside a {@code <script>} element. */
final class Html {

    private Html() {
    }

    /** Text or attribute value: {@code & < > " '} escaped. */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        escapeInto(b, s, 0, s.length());
        return b.toString();
    }

    static void escapeInto(StringBuilder b, String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
    }

    /**
     * JSON made safe to stand inside a script element or a script file: {@code <}, {@code >} and {@code &} as
     * unicode escapes (no {@code </script>} can end it early), and the line separators JavaScript once refused.
     * These characters only occur inside JSON strings, where the escapes mean the same.
     */
    static String scriptSafe(String json) {
        StringBuilder b = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> b.append("\\u003c");
                case '>' -> b.append("\\u003e");
                case '&' -> b.append("\\u0026");
                case '\u2028' -> b.append("\\u2028");
                case '\u2029' -> b.append("\\u2029");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
