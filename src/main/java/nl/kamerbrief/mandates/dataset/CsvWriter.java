package nl.kamerbrief.mandates.dataset;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Rows of comma-separated values as RFC 4180 has them: records end with CRLF; a field holding a comma, a double
 * quote, a carriage return or a line feed is enclosed in double quotes, a double quote in it doubled. A null is an
 * empty field.
 */
public final class CsvWriter {

    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    public void row(List<?> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields.get(i)));
        }
        out.write("\r\n");
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        boolean quote = false;
        for (int i = 0; i < s.length() && !quote; i++) {
            char c = s.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
