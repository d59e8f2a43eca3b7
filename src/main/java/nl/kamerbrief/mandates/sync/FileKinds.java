package nl.kamerbrief.mandates.sync;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a downloaded body is, by its first bytes, and the check that refuses a web page served with 200 in place
 * of a file (a "soft 404"), a redirect to an error page, or bytes that are no document at all.
 */
final class FileKinds {

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String DOC = "application/msword";
    static final String XML = "application/xml";
    static final String HTML = "text/html";
    static final String TEXT = "text/plain";
    static final String BINARY = "application/octet-stream";

    private static final Pattern ERROR_PAGE = Pattern.compile("/(?:404|not-?found|error)(?:\\.\\w+)?$");
    private static final Pattern TITLE = Pattern.compile("<title[^>]*>([^<]{0,200})", Pattern.CASE_INSENSITIVE);

    private FileKinds() {
    }

    /** The media type of {@code body} by its content. */
    static String sniff(byte[] body) {
        if (startsWith(body, "%PDF-")) {
            return PDF;
        }
        if (body.length >= 4 && body[0] == 'P' && body[1] == 'K' && body[2] == 3 && body[3] == 4) {
            return DOCX;
        }
        if (body.length >= 8 && (body[0] & 0xff) == 0xD0 && (body[1] & 0xff) == 0xCF && (body[2] & 0xff) == 0x11
                && (body[3] & 0xff) == 0xE0) {
            return DOC;
        }
        String head = head(body).stripLeading();
        if (head.startsWith("<")) {
            String root = rootElement(head);
            return root != null && root.equalsIgnoreCase("html") ? HTML : XML;
        }
        for (int i = 0; i < Math.min(body.length, 4096); i++) {
            if (body[i] == 0) {
                return BINARY;
            }
        }
        return TEXT;
    }

    /** The file extension for a media type from {@link #sniff}. */
    static String extension(String mediaType) {
        return switch (mediaType) {
            case PDF -> "pdf";
            case DOCX -> "docx";
            case DOC -> "doc";
            case XML -> "xml";
            case HTML -> "html";
            case TEXT -> "txt";
            default -> "bin";
        };
    }

    /**
     * The check of a downloaded file: a redirect to an error page or a web page where the source promised
     * something else is a soft 404 (permanent: asking again gives the same page); an empty body may be a glitch
     * (retryable); bytes that are no document at all are refused.
     */
    static Fetched.Check file(String expectedType) {
        return f -> {
            String path = f.finalUri() == null || f.finalUri().getPath() == null ? ""
                    : f.finalUri().getPath().toLowerCase(Locale.ROOT);
            if (path.contains("fout404") || ERROR_PAGE.matcher(path).find()) {
                throw new Fetched.BadContent("soft 404: redirected to the error page " + f.finalUri(), false);
            }
            if (f.body().length == 0) {
                throw new Fetched.BadContent("an empty body where a file was expected", true);
            }
            String kind = sniff(f.body());
            boolean pageExpected = expectedType != null && expectedType.toLowerCase(Locale.ROOT).contains("html");
            if (kind.equals(HTML) && !pageExpected) {
                Matcher t = TITLE.matcher(head(f.body()));
                String title = t.find() ? " titled '" + t.group(1).strip() + "'" : "";
                throw new Fetched.BadContent("soft 404: a web page" + title + " came with HTTP " + f.status()
                        + " where " + (expectedType == null ? "a document" : expectedType) + " was expected", false);
            }
            if (kind.equals(BINARY)) {
                throw new Fetched.BadContent("the body is no document (binary, "
                        + (f.contentType().isEmpty() ? "no content type" : f.contentType()) + ")", false);
            }
        };
    }

    private static boolean startsWith(byte[] b, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.US_ASCII);
        if (b.length < p.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (b[i] != p[i]) {
                return false;
            }
        }
        return true;
    }

    private static String head(byte[] body) {
        int n = Math.min(body.length, 4096);
        int from = n >= 3 && (body[0] & 0xff) == 0xEF && (body[1] & 0xff) == 0xBB && (body[2] & 0xff) == 0xBF ? 3 : 0;
        return new String(body, from, n - from, StandardCharsets.UTF_8);
    }

    /** The name of the first element, past the XML declaration, comments, processing instructions and doctype. */
    private static String rootElement(String head) {
        int i = 0;
        while (i < head.length()) {
            int lt = head.indexOf('<', i);
            if (lt < 0 || lt + 1 >= head.length()) {
                return null;
            }
            char c = head.charAt(lt + 1);
            if (c == '?' || c == '!') {
                if (head.regionMatches(true, lt, "<!doctype html", 0, 14)) {
                    return "html";
                }
                int end = head.startsWith("<!--", lt) ? head.indexOf("-->", lt) : head.indexOf('>', lt);
                if (end < 0) {
                    return null;
                }
                i = end + 1;
                continue;
            }
            int j = lt + 1;
            while (j < head.length() && !Character.isWhitespace(head.charAt(j)) && head.charAt(j) != '>'
                    && head.charAt(j) != '/') {
                j++;
            }
            String name = head.substring(lt + 1, j);
            int colon = name.indexOf(':');
            return colon >= 0 ? name.substring(colon + 1) : name;
        }
        return null;
    }
}
