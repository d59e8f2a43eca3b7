package nl.kamerbrief.mandates.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Word documents (DOCX) by Tika's OOXML parser (the Office module only, no auto-detection), whose XHTML events a
 * {@link ContentHandler} of its own turns into {@link DocumentText} blocks: one per paragraph, heading and list item
 * (Word numbering comes as the item's prefix, "1. " or "· "), one per table row with its cells as "cell | cell" so a
 * row of a table of missions (mission | people | end) stays one unit, and the footnotes and endnotes after the body
 * as "number text", their markers in the body glued to the word as in the text letters ("bijdragen1,"). A paragraph
 * in a Word heading style ("Heading 2", which Tika writes as {@code h2}) is a heading of that level, written as
 * Markdown writes it ("## 3.1 Irak").
 *
 * <p>Left out: headers and footers (running heads and page numbers, not letter text), comments (Tika appends them
 * to their paragraph as "Comment by ..."), and embedded objects. Tika's DOM extractor is used rather than its SAX
 * one because only the first wraps each footnote in {@code div.footnote} and places it after the paragraph that
 * refers to it, which numbers the notes; its cost is that text deleted under tracked changes is read as well, which
 * a published letter does not have.
 *
 * <p>Metadata are the document properties: {@code dc:title} as the title; a Kamerstuk number only when an
 * identifier ("kst-29521-446", in the keywords or any other property) or a "29 521, nr. 446" in the title or
 * description states it; the creation date (as a date in Dutch time) as the date, which the header stage uses only
 * when the text has no date line. A damaged or truncated zip fails as {@link IngestFailure.Reason#DAMAGED}, an
 * encrypted document (an OLE2 container with an {@code EncryptionInfo} stream) as
 * {@link IngestFailure.Reason#ENCRYPTED}, a Word 97-2003 file as {@link IngestFailure.Reason#WRONG_FORMAT}.
 *
 * <p>A zip bomb fails as {@link IngestFailure.Reason#TOO_LARGE} while it unpacks, before it fills the memory: POI
 * counts the bytes each part inflates to and stops at {@value #MAX_PART_BYTES} bytes (Tika switches POI's check of
 * the compression ratio off, so this size is the limit). The XML of the parts is read by POI's parsers, which refuse
 * a DOCTYPE, so entities are never expanded and no external file is read.
 */
public final class DocxIngestor implements Ingestor {

    /**
     * Bytes one part of the package may unpack to: the text of a 2000-page letter (about 30 MB of WordprocessingML)
     * with room to spare. POI's setting is global; no other part of this program opens Office files.
     */
    static final long MAX_PART_BYTES = 100L * 1024 * 1024;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
    }

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};
    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");
    private static final Pattern NR_IN_TEXT = Pattern.compile(
            "(?i)\\b(\\d{2}[ \u00A0]?\\d{3}(?:[ \u00A0]?(?:[ivxlc]{1,6}|[a-z])\\b)?),?[ \u00A0]*nr\\.?[ \u00A0]*(\\d{1,4})\\b");

    private final OOXMLParser parser = new OOXMLParser();

    @Override
    public boolean accepts(String mediaType) {
        return MediaTypes.DOCX.equals(mediaType);
    }

    @Override
    public IngestedDocument ingest(SourceInfo source, byte[] content) throws IngestFailure {
        if (content.length == 0) {
            throw new IngestFailure(IngestFailure.Reason.EMPTY, null);
        }
        if (startsWith(content, OLE2)) {
            throw ole2(content);
        }
        if (content.length < 4 || content[0] != 'P' || content[1] != 'K') {
            throw new IngestFailure(IngestFailure.Reason.WRONG_FORMAT, "not a zip package");
        }
        if (!hasEndOfCentralDirectory(content)) {
            throw new IngestFailure(IngestFailure.Reason.DAMAGED, "the zip has no end record: the file is cut off");
        }
        Metadata metadata = new Metadata();
        DocumentText out = new DocumentText(0);
        BlockHandler handler = new BlockHandler(out);
        ParseContext context = new ParseContext();
        OfficeParserConfig config = new OfficeParserConfig();
        config.setIncludeHeadersAndFooters(false);
        config.setIncludeDeletedContent(false);
        config.setIncludeMoveFromContent(false);
        config.setUseSAXDocxExtractor(false);
        config.setExtractMacros(false);
        context.set(OfficeParserConfig.class, config);
        context.set(EmbeddedDocumentExtractor.class, NO_EMBEDDED);
        try (InputStream in = new ByteArrayInputStream(content)) {
            parser.parse(in, handler, metadata, context);
        } catch (EncryptedDocumentException e) {
            throw new IngestFailure(IngestFailure.Reason.ENCRYPTED, e.getMessage(), e);
        } catch (TikaException | SAXException | IOException | RuntimeException e) {
            if (causedBy(e, org.apache.poi.EncryptedDocumentException.class)) {
                throw new IngestFailure(IngestFailure.Reason.ENCRYPTED, rootMessage(e), e);
            }
            String message = rootMessage(e);
            if (message.toLowerCase(Locale.ROOT).contains("zip bomb")) {
                throw new IngestFailure(IngestFailure.Reason.TOO_LARGE, zipBomb(message), e);
            }
            throw new IngestFailure(IngestFailure.Reason.DAMAGED, message, e);
        }
        handler.finish();
        if (out.isEmpty()) {
            throw new IngestFailure(IngestFailure.Reason.EMPTY, "the document has no text");
        }
        DocumentText.IngestedText built = out.build();
        return new IngestedDocument(source, built.text(), built.pages(), metadata(metadata), List.of());
    }

    /** POI's zip bomb message, a page long, as one line that says which limit the file broke. */
    private static String zipBomb(String message) {
        Matcher entry = Pattern.compile("Entry: (\\S+)").matcher(message);
        String part = entry.find() ? " " + entry.group(1) : "";
        if (message.contains("max size")) {
            return "a zip bomb: part" + part + " unpacks to more than " + MAX_PART_BYTES + " bytes";
        }
        if (message.contains("ratio")) {
            return "a zip bomb: part" + part + " unpacks to more than 100 times its packed size";
        }
        return "a zip bomb: " + message.lines().findFirst().orElse(message);
    }

    /** An OLE2 container: an encrypted OOXML package, or an old binary Word file. */
    private static IngestFailure ole2(byte[] content) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            if (fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage")) {
                return new IngestFailure(IngestFailure.Reason.ENCRYPTED, "the DOCX is encrypted with a password");
            }
            return new IngestFailure(IngestFailure.Reason.WRONG_FORMAT,
                    "an OLE2 file (Word 97-2003 .doc or similar), not DOCX");
        } catch (IOException | RuntimeException e) {
            return new IngestFailure(IngestFailure.Reason.DAMAGED, "a damaged OLE2 container: " + rootMessage(e), e);
        }
    }

    /** Whether the last 64 KiB hold a zip end-of-central-directory record ("PK\5\6"), which a cut-off file lacks. */
    private static boolean hasEndOfCentralDirectory(byte[] b) {
        int stop = Math.max(0, b.length - 65_557);
        for (int i = b.length - 22; i >= stop; i--) {
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 5 && b[i + 3] == 6) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] b, byte[] magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (b[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }

    /** Embedded files (pictures, OLE objects) are not the letter's text. */
    private static final EmbeddedDocumentExtractor NO_EMBEDDED = new EmbeddedDocumentExtractor() {
        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
            // never called: nothing embedded is parsed
        }
    };

    // ---- metadata --------------------------------------------------------------------------------------------

    private static Map<String, String> metadata(Metadata md) {
        Map<String, String> out = new LinkedHashMap<>();
        String title = md.get(TikaCoreProperties.TITLE);
        if (title != null && !title.isBlank()) {
            out.put(SourceInfo.Keys.TITLE, DocumentText.squeeze(title));
        }
        String kamerstuk = null;
        List<String> fields = new ArrayList<>();
        for (String name : List.of(TikaCoreProperties.IDENTIFIER.getName(), Office.KEYWORDS.getName(),
                TikaCoreProperties.TITLE.getName(), TikaCoreProperties.SUBJECT.getName(),
                TikaCoreProperties.DESCRIPTION.getName())) {
            for (String v : md.getValues(name)) {
                fields.add(v);
            }
        }
        for (String f : fields) {
            kamerstuk = HtmlIngestor.kamerstukFromIdentifier(f);
            if (kamerstuk != null) {
                break;
            }
        }
        if (kamerstuk == null) {
            // "Kamerstuk 29521, nr. 446" as the title, "... 29 521, nr. 446" as the description (the running head)
            for (String f : new String[] {md.get(TikaCoreProperties.TITLE), md.get(TikaCoreProperties.DESCRIPTION)}) {
                Matcher m = f == null ? null : NR_IN_TEXT.matcher(f);
                if (m != null && m.find()) {
                    kamerstuk = HtmlIngestor.kamerstuk(m.group(1), m.group(2));
                    if (kamerstuk != null) {
                        break;
                    }
                }
            }
        }
        if (kamerstuk != null) {
            out.put(SourceInfo.Keys.KAMERSTUK, kamerstuk);
            out.put(SourceInfo.Keys.DOSSIER, kamerstuk.substring(0, kamerstuk.lastIndexOf('-')));
        }
        String created = md.get(TikaCoreProperties.CREATED);
        String date = dutchDate(created);
        if (date != null) {
            // when the file was made: the letter's date only if neither its text nor its file name gives one
            out.put(SourceInfo.Keys.CREATED, date);
        }
        return out;
    }

    /** A W3CDTF timestamp ("2022-06-17T10:00:00Z") as the ISO date it was in the Netherlands; a bare date as is. */
    static String dutchDate(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(s.strip()).atZone(DUTCH_TIME).toLocalDate().toString();
        } catch (DateTimeException e) {
            return HtmlIngestor.isoDate(s);
        }
    }

    // ---- text ------------------------------------------------------------------------------------------------

    /**
     * Turns Tika's XHTML into blocks. Text is gathered until a block boundary (a paragraph, heading, list item, table
     * cell or row, or a footnote starts or ends) and then goes to the body, the current table cell or the current
     * footnote. Footnote references come as "[footnoteRef:id]" in the text and each footnote as a
     * {@code div.footnote} after its paragraph; they are numbered 1, 2, ... in the order the body refers to them,
     * as Word shows them (endnotes separately).
     */
    static final class BlockHandler extends DefaultHandler {

        private static final Pattern NOTE_REF = Pattern.compile("\\[(footnote|endnote)Ref:(-?\\d+)\\]");
        private static final String COMMENT = "\tComment by ";

        private final DocumentText out;
        private final StringBuilder buf = new StringBuilder();
        private boolean inBody;
        private boolean inComment;
        /** The level of the heading ({@code h1}..{@code h6}) being read, 0 outside headings. */
        private int headingLevel;
        private int tableDepth;
        private List<String> cells;
        private StringBuilder cell;
        private int noteDepth;
        private String noteKind;
        private String noteNumber;
        private StringBuilder noteText;
        private final Set<String> notesWritten = new HashSet<>();
        private final Map<String, String> noteNumbers = new HashMap<>();
        private final Map<String, Integer> noteCounts = new HashMap<>();
        private final Map<String, Deque<String>> pendingNotes = new HashMap<>();

        BlockHandler(DocumentText out) {
            this.out = out;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            String name = name(localName, qName);
            if (name.equals("body")) {
                inBody = true;
                return;
            }
            if (!inBody) {
                return;
            }
            switch (name) {
                case "div" -> {
                    cut();
                    String kind = atts.getValue("class");
                    if (noteDepth > 0) {
                        noteDepth++;
                    } else if ("footnote".equals(kind) || "endnote".equals(kind)) {
                        noteDepth = 1;
                        noteKind = kind;
                        Deque<String> pending = pendingNotes.get(kind);
                        noteNumber = pending != null && !pending.isEmpty() ? pending.poll() : nextNumber(kind);
                        noteText = new StringBuilder();
                    }
                }
                case "table" -> {
                    cut();
                    tableDepth++;
                }
                case "tr" -> {
                    cut();
                    if (tableDepth == 1 && noteDepth == 0) {
                        cells = new ArrayList<>();
                    }
                }
                case "td", "th" -> {
                    cut();
                    if (tableDepth == 1 && noteDepth == 0) {
                        cell = new StringBuilder();
                    }
                }
                case "br" -> buf.append('\n');
                case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                    cut();
                    headingLevel = name.charAt(1) - '0';
                }
                default -> {
                    if (isBlock(name)) {
                        cut();
                    }
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            String name = name(localName, qName);
            if (name.equals("body")) {
                cut();
                inBody = false;
                return;
            }
            if (!inBody) {
                return;
            }
            switch (name) {
                case "div" -> {
                    cut();
                    if (noteDepth > 0 && --noteDepth == 0) {
                        // a note referred to twice comes twice; it is written once
                        if (notesWritten.add(noteKind + ":" + noteNumber)) {
                            out.footnote(noteNumber, noteText.toString(), 0);
                        }
                        noteText = null;
                    }
                }
                case "td", "th" -> {
                    cut();
                    if (tableDepth == 1 && noteDepth == 0 && cell != null && cells != null) {
                        String t = DocumentText.squeeze(cell.toString());
                        if (!t.isEmpty()) {
                            cells.add(t);
                        }
                        cell = null;
                    }
                }
                case "tr" -> {
                    cut();
                    if (tableDepth == 1 && noteDepth == 0 && cells != null) {
                        out.block(String.join(" | ", cells), 0);
                        cells = null;
                    }
                }
                case "table" -> {
                    cut();
                    tableDepth = Math.max(0, tableDepth - 1);
                }
                case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                    cut();
                    headingLevel = 0;
                }
                default -> {
                    if (isBlock(name)) {
                        cut();
                    }
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!inBody || inComment) {
                return;
            }
            if (length >= COMMENT.length() && new String(ch, start, COMMENT.length()).equals(COMMENT)) {
                // Tika appends a paragraph's comments to it; they run to the paragraph's end
                inComment = true;
                return;
            }
            buf.append(ch, start, length);
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) {
            // Tika's own indentation between elements
        }

        /** Ends the text run: to the current footnote, table cell or the body. */
        private void cut() {
            inComment = false;
            if (buf.length() == 0) {
                return;
            }
            String text = numberRefs(buf.toString());
            buf.setLength(0);
            if (noteDepth > 0) {
                noteText.append(' ').append(text);
            } else if (tableDepth > 0 && cell != null) {
                cell.append(' ').append(text);
            } else if (tableDepth > 0 && cells != null) {
                // text of a row outside its cells
                String t = DocumentText.squeeze(text);
                if (!t.isEmpty()) {
                    cells.add(t);
                }
            } else if (headingLevel > 0) {
                out.heading(text, headingLevel, 0);
            } else {
                out.block(text, 0);
            }
        }

        /** Replaces "[footnoteRef:2]" by the number Word shows, and queues it for the footnote that follows. */
        private String numberRefs(String text) {
            Matcher m = NOTE_REF.matcher(text);
            if (!m.find()) {
                return text;
            }
            StringBuilder sb = new StringBuilder();
            do {
                String kind = m.group(1);
                String key = kind + ":" + m.group(2);
                String number = noteNumbers.get(key);
                if (number == null) {
                    number = nextNumber(kind);
                    noteNumbers.put(key, number);
                }
                pendingNotes.computeIfAbsent(kind, k -> new ArrayDeque<>()).add(number);
                m.appendReplacement(sb, Matcher.quoteReplacement(number));
            } while (m.find());
            m.appendTail(sb);
            return sb.toString();
        }

        private String nextNumber(String kind) {
            int n = noteCounts.merge(kind, 1, Integer::sum);
            return Integer.toString(n);
        }

        /** Flushes what is left (a document that ends inside an element). */
        void finish() {
            cut();
        }

        private static String name(String localName, String qName) {
            String n = localName == null || localName.isEmpty() ? qName : localName;
            return n.toLowerCase(Locale.ROOT);
        }

        private static boolean isBlock(String name) {
            return switch (name) {
                case "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dt", "dd", "dl", "pre", "blockquote",
                        "tbody", "thead", "tfoot", "caption" -> true;
                default -> false;
            };
        }
    }
}
