package nl.kamerbrief.mandates.ingest.pdf;

import java.io.IOException;
import java.io.Writer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text layer of a PDF as lines with their positions and fonts, page by page. PDFBox finds the glyphs (and drops
 * the duplicates of fake bold); the lines are built here: glyphs on one baseline form a row, a small raised run of at
 * most a few glyphs just above a row is its superscript (a footnote marker when it is digits), and a row splits
 * where a horizontal gap is wider than three times the font size (a page number beside a footer, a side column).
 */
public final class TextLayer extends PDFTextStripper {

    /** Gap between glyphs, in font sizes, that is a space between words. */
    private static final double WORD_GAP = 0.15;
    /** Gap between glyphs, in font sizes, that splits a row into two lines. */
    private static final double COLUMN_GAP = 3.0;
    /** A superscript's font is at most this share of its row's. */
    private static final double SUPERSCRIPT_SIZE = 0.8;
    /** A superscript has at most this many glyphs. */
    private static final int SUPERSCRIPT_GLYPHS = 4;

    private final List<Page> pages = new ArrayList<>();
    private final Map<PDFont, int[]> fontStyles = new IdentityHashMap<>();
    private PDPage current;

    private TextLayer() throws IOException {
        super();
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(true);
    }

    /**
     * The lines of every page of a document. The thread's interrupt flag is checked before each page: an interrupted
     * reading stops with {@link ReadingInterrupted}.
     */
    public static List<Page> read(PDDocument doc) throws IOException {
        TextLayer layer = new TextLayer();
        layer.writeText(doc, Writer.nullWriter());
        return layer.pages;
    }

    /** Reading was stopped because the thread was interrupted (a time limit). */
    public static final class ReadingInterrupted extends RuntimeException {
        public ReadingInterrupted() {
            super("interrupted");
        }
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new ReadingInterrupted();
        }
        current = page;
        super.startPage(page);
    }

    @Override
    protected void writePage() throws IOException {
        List<TextPosition> all = new ArrayList<>();
        for (List<TextPosition> article : charactersByArticle) {
            all.addAll(article);
        }
        int number = getCurrentPageNo();
        PDRectangle box = current == null ? PDRectangle.A4 : current.getCropBox();
        boolean turned = current != null && (current.getRotation() == 90 || current.getRotation() == 270);
        double width = turned ? box.getHeight() : box.getWidth();
        double height = turned ? box.getWidth() : box.getHeight();
        pages.add(new Page(number, width, height, lines(number, glyphs(all)), false));
    }

    /** One glyph with what the line model needs. */
    private record Glyph(String text, double x, double xEnd, double y, double size, boolean bold, boolean italic,
                         boolean sup) {
        Glyph asSuperscript() {
            return new Glyph(text, x, xEnd, y, size, bold, italic, true);
        }

        boolean isSpace() {
            return text.isBlank();
        }
    }

    private List<Glyph> glyphs(List<TextPosition> positions) {
        List<Glyph> out = new ArrayList<>(positions.size());
        for (TextPosition t : positions) {
            String u = t.getUnicode();
            if (u == null || u.isEmpty()) {
                continue;
            }
            u = clean(u);
            if (u.isEmpty()) {
                continue;
            }
            double size = t.getFontSizeInPt();
            if (!(size > 0.5) || size > 500) {
                size = Math.abs(t.getYScale());
            }
            if (!(size > 0.5)) {
                size = Math.max(1, t.getHeightDir() * 1.4);
            }
            int style = style(t.getFont());
            double x = t.getXDirAdj();
            double w = Math.max(0, t.getWidthDirAdj());
            out.add(new Glyph(u, x, x + w, t.getYDirAdj(), size, (style & 1) != 0, (style & 2) != 0, false));
        }
        return out;
    }

    /** Ligatures spelt out, spaces unified, control characters dropped. */
    private static String clean(String u) {
        StringBuilder b = new StringBuilder(u.length());
        for (int i = 0; i < u.length(); i++) {
            char c = u.charAt(i);
            if (c >= '\uFB00' && c <= '\uFB06') {
                b.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC));
            } else if (c == '\u00A0' || c == '\t' || Character.isSpaceChar(c)) {
                b.append(' ');
            } else if (c == '\u00AD' || !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Bit 1 bold, bit 2 italic, from the font's name and descriptor. */
    private int style(PDFont font) {
        if (font == null) {
            return 0;
        }
        int[] cached = fontStyles.get(font);
        if (cached != null) {
            return cached[0];
        }
        String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
        boolean bold = name.contains("bold") || name.contains("black") || name.contains("heavy")
                || name.contains("semibold") || name.contains("demi");
        boolean italic = name.contains("italic") || name.contains("oblique");
        PDFontDescriptor d = font.getFontDescriptor();
        if (d != null) {
            bold |= d.isForceBold() || d.getFontWeight() >= 600;
            italic |= d.isItalic();
        }
        int style = (bold ? 1 : 0) | (italic ? 2 : 0);
        fontStyles.put(font, new int[] {style});
        return style;
    }

    /** A row of glyphs on (about) one baseline. */
    private static final class Row {
        final List<Glyph> glyphs = new ArrayList<>();
        double y;
        double size;
        double x0 = Double.MAX_VALUE;
        double x1 = -Double.MAX_VALUE;

        void add(Glyph g) {
            glyphs.add(g);
            x0 = Math.min(x0, g.x());
            x1 = Math.max(x1, g.xEnd());
        }

        int visible() {
            int n = 0;
            for (Glyph g : glyphs) {
                if (!g.isSpace()) {
                    n++;
                }
            }
            return n;
        }

        void settle() {
            Map<Long, Integer> sizes = new java.util.HashMap<>();
            for (Glyph g : glyphs) {
                if (!g.isSpace()) {
                    sizes.merge(Math.round(g.size() * 10), 1, Integer::sum);
                }
            }
            size = sizes.entrySet().stream().max(Map.Entry.<Long, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey())).map(e -> e.getKey() / 10.0).orElse(
                    glyphs.isEmpty() ? 10 : glyphs.get(0).size());
        }
    }

    static List<Line> lines(int page, List<Glyph> glyphs) {
        if (glyphs.isEmpty()) {
            return List.of();
        }
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        // rows: glyphs whose baselines lie within a tenth of their size of the row's first baseline
        List<Row> rows = new ArrayList<>();
        Row row = null;
        for (Glyph g : sorted) {
            double tolerance = Math.max(0.8, 0.1 * g.size());
            if (row == null || Math.abs(g.y() - row.y) > tolerance) {
                row = new Row();
                row.y = g.y();
                rows.add(row);
            }
            row.add(g);
        }
        for (Row r : rows) {
            r.settle();
        }
        // superscripts: a short row of small glyphs standing just above a row whose span covers it
        List<Row> kept = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            Row host = null;
            if (r.visible() <= SUPERSCRIPT_GLYPHS) {
                for (int j = i + 1; j < rows.size(); j++) {
                    Row below = rows.get(j);
                    if (below.y - r.y > 0.6 * below.size) {
                        break;
                    }
                    if (r.size <= SUPERSCRIPT_SIZE * below.size && r.x0 >= below.x0 - below.size
                            && r.x1 <= below.x1 + below.size && below.y > r.y) {
                        host = below;
                        break;
                    }
                }
            }
            if (host == null) {
                kept.add(r);
            } else {
                for (Glyph g : r.glyphs) {
                    host.glyphs.add(g.asSuperscript());
                }
            }
        }
        List<Line> lines = new ArrayList<>();
        for (Row r : kept) {
            r.glyphs.sort(Comparator.comparingDouble(Glyph::x));
            List<Glyph> segment = new ArrayList<>();
            double end = -Double.MAX_VALUE;
            for (Glyph g : r.glyphs) {
                if (!segment.isEmpty() && !g.isSpace() && g.x() - end > COLUMN_GAP * Math.max(r.size, g.size())) {
                    addLine(lines, page, r, segment);
                    segment = new ArrayList<>();
                }
                segment.add(g);
                if (!g.isSpace()) {
                    end = Math.max(end, g.xEnd());
                }
            }
            addLine(lines, page, r, segment);
        }
        lines.sort(Comparator.comparingDouble(Line::y).thenComparingDouble(Line::x0));
        return lines;
    }

    private static void addLine(List<Line> lines, int page, Row row, List<Glyph> glyphs) {
        StringBuilder text = new StringBuilder();
        List<Line.Marker> markers = new ArrayList<>();
        StringBuilder sup = new StringBuilder();
        int supAt = -1;
        double x0 = Double.MAX_VALUE;
        double x1 = -Double.MAX_VALUE;
        double prevEnd = Double.NaN;
        double prevSize = row.size;
        double firstWordEnd = Double.NaN;
        double secondWordStart = Double.NaN;
        double afterLeadingMarker = Double.NaN;
        int visible = 0;
        int bold = 0;
        int italic = 0;
        boolean sawSpace = false;
        for (Glyph g : glyphs) {
            if (g.isSpace()) {
                if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                    text.append(' ');
                }
                sawSpace = text.length() > 0;
                continue;
            }
            // a gap wider than a share of the smaller of the two glyphs' sizes (a marker's, after a marker)
            boolean gap = !Double.isNaN(prevEnd) && g.x() - prevEnd > WORD_GAP * Math.min(row.size, prevSize);
            if (g.sup() && g.text().chars().allMatch(Character::isDigit)) {
                if (sup.length() == 0) {
                    if (gap && text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                        text.append(' ');
                    }
                    supAt = text.length();
                }
                sup.append(g.text());
                prevEnd = g.xEnd();
                prevSize = g.size();
                x0 = Math.min(x0, g.x());
                x1 = Math.max(x1, g.xEnd());
                continue;
            }
            if (text.length() == 0 && sup.length() > 0 && Double.isNaN(afterLeadingMarker)) {
                // "¹Zie de brief": the text after a footnote number set as a superscript
                afterLeadingMarker = g.x();
            }
            if (sup.length() > 0) {
                markers.add(new Line.Marker(supAt, sup.toString()));
                sup.setLength(0);
            }
            if (gap && text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                text.append(' ');
                sawSpace = true;
            }
            if (sawSpace && Double.isNaN(firstWordEnd)) {
                firstWordEnd = prevEnd;
            }
            if (sawSpace && Double.isNaN(secondWordStart)) {
                secondWordStart = g.x();
            }
            text.append(g.text());
            x0 = Math.min(x0, g.x());
            x1 = Math.max(x1, g.xEnd());
            prevEnd = g.xEnd();
            prevSize = g.size();
            if (!g.sup()) {
                visible++;
                bold += g.bold() ? 1 : 0;
                italic += g.italic() ? 1 : 0;
            }
        }
        if (sup.length() > 0) {
            markers.add(new Line.Marker(supAt, sup.toString()));
        }
        // markers past the stripped end stay at the end
        int len = text.length();
        while (len > 0 && text.charAt(len - 1) == ' ') {
            len--;
        }
        text.setLength(len);
        if (len == 0 && markers.isEmpty() || x0 == Double.MAX_VALUE) {
            return;
        }
        if (Double.isNaN(firstWordEnd)) {
            firstWordEnd = x1;
        }
        List<Line.Marker> fixed = new ArrayList<>();
        for (Line.Marker m : markers) {
            fixed.add(new Line.Marker(Math.min(m.offset(), len), m.digits()));
        }
        double indent = !Double.isNaN(afterLeadingMarker) ? afterLeadingMarker
                : Double.isNaN(secondWordStart) ? x0 : secondWordStart;
        lines.add(new Line(page, x0, x1, row.y, row.size, visible > 0 && bold * 2 > visible,
                visible > 0 && italic * 2 > visible, text.toString(), fixed, firstWordEnd - x0, indent));
    }
}
