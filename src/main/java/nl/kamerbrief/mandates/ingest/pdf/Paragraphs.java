package nl.kamerbrief.mandates.ingest.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Unwraps the body lines of a document into blocks: paragraphs, headings, list items. Two lines belong to one block
 * unless
 * <ul>
 *   <li>the vertical gap between them is larger than the usual line spacing (by 30 %);</li>
 *   <li>the second starts a list item (a bullet; a dash, number or letter after a line that ends a clause);</li>
 *   <li>the font size changes, or bold/italic changes after a line that ends with punctuation (a heading);</li>
 *   <li>the first line ends short: the first word of the second would have fitted on it, so the line was broken on
 *       purpose (the end of a paragraph, a signature line, a heading without a gap).</li>
 * </ul>
 * A line ending with a hyphen always runs on; the hyphen is decided by {@link Hyphenation}. Across a page break the
 * gap does not count: the last line of a page runs on to the first of the next unless it ends short (or, in ragged
 * text, ends a sentence before a capital), so a sentence is never cut at a page end; the block keeps the page it
 * starts on.
 * Small lines at a page bottom that are no footnote (a colophon) are put after the block that runs over the page
 * break. On OCR'd pages, which have no widths, a block ends at a blank line, and runs over a page break when it does
 * not end a sentence and the next page goes on in lower case.
 *
 * <p>Headings are told by their style, not their words. A block is a heading when it is short (at most
 * {@link #HEADING_CHARS} characters), all its lines share one style that is more prominent than the body's (a
 * larger font; or the body's size in bold or italic where the body is not), it ends without a sentence or clause
 * mark ({@code . , ; : ! ?}), it is no bulleted or dashed list item, it contains a letter, and it is not a row of
 * pieces side by side (a table row). The distinct heading styles of the document are ranked by prominence, font
 * size first, then bold before not bold, then upright before italic, and the most prominent is level 1 (a title
 * block in a large font), the next 2, and so on up to 6. A beslisnota set in Liberation Serif with a 10 pt body
 * so gets its title "nota" (22 pt bold) as 1, "Nationale Kaders" (10 pt bold) as 2, "3. Voortzetting, incl. evt.
 * aanpassing nationale kaders" (10 pt bold italic) as 3 and "Europa" (10 pt italic) as 4, the levels its Markdown
 * source has. Lines read by OCR have no style and give no headings.
 */
public final class Paragraphs {

    /** A block of the body, or a footnote (with its number); {@code level} 1..6 for a heading, 0 for other text. */
    public record Block(String number, String text, int page, int level) {

        public Block(String number, String text, int page) {
            this(number, text, page, 0);
        }

        public boolean isHeading() {
            return level > 0;
        }
    }

    /** A heading has at most this many characters. */
    static final int HEADING_CHARS = 150;
    /** The deepest heading level. */
    static final int MAX_LEVEL = 6;
    /** Marks that end a sentence or a clause, which a heading does not end with. */
    private static final String NOT_HEADING_END = ".,;:!?";
    /** A bulleted or dashed list item: never a heading, whatever its style. */
    private static final Pattern LIST_MARK = Pattern.compile("[-–—•●▪■◦○·∙‣⁃*\uF0B7\uF0A7\uF076\uF0D8\uF0FC]\\s.*");

    /** The body blocks and the footnotes of a document. */
    public record Result(List<Block> body, List<Block> notes) {
    }

    private static final Pattern BULLET = Pattern.compile("[•●▪■◦○·∙‣⁃*\uF0B7\uF0A7\uF076\uF0D8\uF0FC]\\s.*");
    private static final Pattern ITEM = Pattern.compile("([-–—]|\\(?(\\d{1,2}|[a-z]|[ivx]{1,4})[.)])\\s.*");
    private static final String TERMINAL = ".!?:;";

    private final Hyphenation hyphenation;
    private final Predicate<String> keepMarker;
    private final double bodySize;
    private final double lineSpacing;
    private final Map<Integer, Double> columnRight = new HashMap<>();
    /**
     * Whether the body is justified: then a full last line of a page runs on even after a full stop (a paragraph
     * rarely ends flush with the margin); in ragged text a full stop before a capital ends the block there.
     */
    private final boolean justified;
    /** Whether most of the body text (at the body size) is set in bold, or in italic. */
    private final boolean bodyBold;
    private final boolean bodyItalic;
    /** For OCR'd pages: the length of a full line, in characters (the 80th percentile of the page's lines). */
    private final Map<Integer, Integer> ocrLineLength = new HashMap<>();

    private Paragraphs(Footnotes.Result parts, Predicate<String> words) {
        Set<String> noteNumbers = new HashSet<>();
        for (Footnotes.Note n : parts.notes()) {
            noteNumbers.add(n.number());
        }
        this.keepMarker = d -> !noteNumbers.contains(d);
        Map<String, Integer> evidence = Hyphenation.newEvidence();
        List<Line> all = new ArrayList<>();
        for (Footnotes.Parts p : parts.pages()) {
            countWords(p.body(), evidence);
            countWords(p.extras(), evidence);
            all.addAll(p.body());
        }
        for (Footnotes.Note n : parts.notes()) {
            countWords(n.lines(), evidence);
        }
        this.hyphenation = new Hyphenation(words, evidence);
        this.bodySize = Footnotes.bodySize(all, 10);
        this.lineSpacing = lineSpacing(parts.pages(), bodySize);
        for (Footnotes.Parts p : parts.pages()) {
            double right = -1;
            double any = -1;
            for (Line l : p.body()) {
                any = Math.max(any, l.x1());
                if (Math.abs(l.size() - bodySize) <= 0.1 * bodySize && l.x0() < p.page().width() / 2) {
                    right = Math.max(right, l.x1());
                }
            }
            columnRight.put(p.page().number(), right > 0 ? right : any);
        }
        int flush = 0;
        int lines = 0;
        for (Footnotes.Parts p : parts.pages()) {
            double right = columnRight.get(p.page().number());
            for (Line l : p.body()) {
                if (!p.page().ocr() && Math.abs(l.size() - bodySize) <= 0.1 * bodySize) {
                    lines++;
                    flush += right - l.x1() <= 0.2 * bodySize ? 1 : 0;
                }
            }
        }
        this.justified = lines > 0 && flush >= 0.5 * lines;
        long chars = 0;
        long boldChars = 0;
        long italicChars = 0;
        for (Line l : all) {
            if (Math.abs(l.size() - bodySize) <= 0.1 * bodySize) {
                chars += l.text().length();
                boldChars += l.bold() ? l.text().length() : 0;
                italicChars += l.italic() ? l.text().length() : 0;
            }
        }
        this.bodyBold = boldChars * 2 > chars;
        this.bodyItalic = italicChars * 2 > chars;
        for (Footnotes.Parts p : parts.pages()) {
            if (p.page().ocr() && !p.body().isEmpty()) {
                int[] lengths = p.body().stream().mapToInt(l -> l.text().length()).sorted().toArray();
                ocrLineLength.put(p.page().number(), lengths[(int) Math.floor(0.8 * (lengths.length - 1))]);
            }
        }
    }

    /** The blocks of the body and the footnotes, with their pages. */
    public static Result assemble(Footnotes.Result parts, Predicate<String> words) {
        return new Paragraphs(parts, words).run(parts);
    }

    private Result run(Footnotes.Result parts) {
        List<Block> body = new ArrayList<>();
        // the style each body block is set in when it may be a heading, else null; parallel to body
        List<Style> styles = new ArrayList<>();
        List<Line> deferred = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int page = 0;
        Line last = null;
        Page lastPage = null;
        boolean ocr = false;
        for (Footnotes.Parts p : parts.pages()) {
            for (Line l : p.body()) {
                String t = l.text(keepMarker);
                if (t.isBlank()) {
                    continue;
                }
                if (last != null && runsOn(last, lastPage, l, p.page())) {
                    append(text, t);
                } else {
                    if (last != null) {
                        body.add(new Block(null, text.toString(), page));
                        styles.add(ocr ? null : headingStyle(text.toString(), lines));
                        flush(deferred, body, styles);
                    }
                    text.setLength(0);
                    text.append(t);
                    lines.clear();
                    page = l.page();
                    ocr = false;
                }
                lines.add(l);
                ocr |= p.page().ocr();
                last = l;
                lastPage = p.page();
            }
            deferred.addAll(p.extras());
        }
        if (last != null) {
            body.add(new Block(null, text.toString(), page));
            styles.add(ocr ? null : headingStyle(text.toString(), lines));
        }
        flush(deferred, body, styles);
        List<Block> notes = new ArrayList<>();
        for (Footnotes.Note n : parts.notes()) {
            StringBuilder b = new StringBuilder();
            for (Line l : n.lines()) {
                String t = l.text(keepMarker);
                if (!t.isBlank()) {
                    append(b, t);
                }
            }
            notes.add(new Block(n.number(), b.toString(), n.page()));
        }
        return new Result(levels(body, styles), notes);
    }

    private void flush(List<Line> deferred, List<Block> body, List<Style> styles) {
        for (Line l : deferred) {
            String t = l.text(keepMarker);
            if (!t.isBlank()) {
                body.add(new Block(null, t, l.page()));
                // small lines at a page bottom (a colophon) are never headings
                styles.add(null);
            }
        }
        deferred.clear();
    }

    // ---- headings ----------------------------------------------------------------------------------------------

    /**
     * A style lines are set in: the font size (to half a point) and the emphasis. {@link #compareTo} orders the
     * most prominent first: the larger size, then bold before not bold, then upright before italic.
     */
    record Style(double size, boolean bold, boolean italic) implements Comparable<Style> {

        static Style of(Line l) {
            return new Style(Math.round(l.size() * 2) / 2.0, l.bold(), l.italic());
        }

        @Override
        public int compareTo(Style o) {
            if (size != o.size) {
                return Double.compare(o.size, size);
            }
            if (bold != o.bold) {
                return bold ? -1 : 1;
            }
            if (italic != o.italic) {
                return italic ? 1 : -1;
            }
            return 0;
        }
    }

    /**
     * The style of a block when the block may be a heading (see the class comment), else null: short, one style in
     * all its lines, more prominent than the body, not ending a sentence or clause, no bulleted or dashed item, with
     * a letter in it, and one column (no two pieces of one line side by side, as the cells of a table row are).
     */
    private Style headingStyle(String text, List<Line> lines) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > HEADING_CHARS || NOT_HEADING_END.indexOf(t.charAt(t.length() - 1)) >= 0
                || LIST_MARK.matcher(t).matches() || t.codePoints().noneMatch(Character::isLetter)) {
            return null;
        }
        Line first = lines.get(0);
        for (int i = 1; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (!first.sameStyle(l) || Math.abs(l.y() - lines.get(i - 1).y()) < 0.3 * Math.min(l.size(),
                    lines.get(i - 1).size())) {
                return null;
            }
        }
        boolean prominent;
        if (first.size() > 1.1 * bodySize) {
            prominent = true;
        } else if (first.size() < 0.9 * bodySize) {
            prominent = false;
        } else {
            prominent = first.bold() && !bodyBold || first.italic() && !bodyItalic;
        }
        return prominent ? Style.of(first) : null;
    }

    /** The body blocks with the levels of the headings: the distinct heading styles ranked by prominence. */
    private static List<Block> levels(List<Block> body, List<Style> styles) {
        TreeSet<Style> ranked = new TreeSet<>();
        for (Style s : styles) {
            if (s != null) {
                ranked.add(s);
            }
        }
        if (ranked.isEmpty()) {
            return body;
        }
        Map<Style, Integer> level = new HashMap<>();
        for (Style s : ranked) {
            level.put(s, Math.min(MAX_LEVEL, level.size() + 1));
        }
        List<Block> out = new ArrayList<>(body.size());
        for (int i = 0; i < body.size(); i++) {
            Block b = body.get(i);
            Style s = styles.get(i);
            out.add(s == null ? b : new Block(b.number(), b.text(), b.page(), level.get(s)));
        }
        return out;
    }

    /** Whether {@code cur} goes on the block that {@code prev} ended. */
    private boolean runsOn(Line prev, Page prevPage, Line cur, Page curPage) {
        String p = prev.text().strip();
        String c = cur.text().strip();
        boolean hyphen = endsWithHyphen(p);
        boolean samePage = prevPage == curPage;
        if (samePage && !prevPage.ocr()) {
            double gap = cur.y() - prev.y();
            if (Math.abs(gap) < 0.3 * Math.min(prev.size(), cur.size())) {
                // pieces of one visual line, split by a wide gap
                return true;
            }
            double expected = lineSpacing * Math.max(prev.size(), cur.size()) / bodySize;
            if (gap < 0 || gap > 1.3 * expected) {
                return false;
            }
        }
        if (BULLET.matcher(c).matches()) {
            return false;
        }
        if (prevPage.ocr() || curPage.ocr()) {
            return ocrRunsOn(prev, cur, p, c, samePage, hyphen);
        }
        boolean shortLine = isShort(prev, prevPage, cur);
        if (ITEM.matcher(c).matches() && (endsWith(p, ".:;") || shortLine)) {
            return false;
        }
        if (Math.abs(prev.size() - cur.size()) > 0.1 * Math.max(prev.size(), cur.size())) {
            return false;
        }
        if (hyphen) {
            return true;
        }
        if (shortLine) {
            return false;
        }
        if (!samePage && !justified && endsWith(p, ".!?") && !c.isEmpty() && Character.isUpperCase(c.charAt(0))) {
            return false;
        }
        return prev.sameStyle(cur) || !endsWith(p, TERMINAL);
    }

    /**
     * OCR lines have no widths, and OCR puts blank lines where there is no paragraph break now and then. A blank
     * line or a page break ends the block unless the line before it does not end a clause and the next goes on in
     * lower case; within a paragraph a line much shorter than the page's full lines ends the block when the next
     * line starts with a capital or a digit (a heading, a signature line).
     */
    private boolean ocrRunsOn(Line prev, Line cur, String p, String c, boolean samePage, boolean hyphen) {
        boolean lower = !c.isEmpty() && Character.isLowerCase(c.charAt(0));
        boolean gap = !samePage || cur.y() - prev.y() > 1.5 * OcrPages.SLOT;
        if (gap) {
            return hyphen || !endsWith(p, TERMINAL) && lower;
        }
        if (hyphen) {
            return true;
        }
        int full = ocrLineLength.getOrDefault(prev.page(), 0);
        boolean upper = !c.isEmpty() && (Character.isUpperCase(c.charAt(0)) || Character.isDigit(c.charAt(0)));
        return !(p.length() < 0.6 * full && upper) && !(ITEM.matcher(c).matches() && endsWith(p, ".:;"));
    }

    /** Whether the first word of {@code cur} would have fitted on {@code prev}: a line broken on purpose. */
    private boolean isShort(Line prev, Page prevPage, Line cur) {
        double right = columnRight.getOrDefault(prevPage.number(), prev.x1());
        return right - prev.x1() > 0.3 * prev.size() + cur.firstWordWidth() + 1;
    }

    private static boolean endsWith(String s, String chars) {
        return !s.isEmpty() && chars.indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    /** A slash right after a letter or digit at the end: "cyber/", "en/". */
    static boolean endsWithSlash(CharSequence s) {
        int n = s.length();
        return n >= 2 && s.charAt(n - 1) == '/' && Character.isLetterOrDigit(s.charAt(n - 2));
    }

    /** A hyphen right after a letter or digit at the end. */
    static boolean endsWithHyphen(CharSequence s) {
        int n = s.length();
        if (n < 2) {
            return false;
        }
        char h = s.charAt(n - 1);
        return (h == '-' || h == '\u2010' || h == '\u00AD') && Character.isLetterOrDigit(s.charAt(n - 2));
    }

    /** Appends a line to a block: a space between, or the line-end hyphen decided. */
    void append(StringBuilder b, String next) {
        if (b.length() == 0) {
            b.append(next);
            return;
        }
        if (endsWithSlash(b)) {
            // "cyber/" + "hybride": a line broken after a slash
            b.append(next);
            return;
        }
        if (!endsWithHyphen(b)) {
            b.append(' ').append(next);
            return;
        }
        char h = b.charAt(b.length() - 1);
        int s = b.length() - 1;
        while (s > 0 && isWordChar(b.charAt(s - 1))) {
            s--;
        }
        String left = b.substring(s, b.length() - 1);
        while (left.startsWith("-")) {
            left = left.substring(1);
        }
        int e = 0;
        while (e < next.length() && isWordChar(next.charAt(e))) {
            e++;
        }
        String right = next.substring(0, e);
        while (right.endsWith("-")) {
            right = right.substring(0, right.length() - 1);
        }
        Hyphenation.Decision d = h == '\u00AD' ? Hyphenation.Decision.JOIN : hyphenation.decide(left, right);
        switch (d) {
            case JOIN -> {
                b.setLength(b.length() - 1);
                b.append(next);
            }
            case KEEP -> {
                if (h != '-') {
                    b.setCharAt(b.length() - 1, '-');
                }
                b.append(next);
            }
            case KEEP_SPACE -> b.append(' ').append(next);
            default -> throw new IllegalStateException();
        }
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '’';
    }

    /** Words of lines counted as evidence, without the halves of words hyphenated at a line end. */
    private static void countWords(List<Line> lines, Map<String, Integer> counts) {
        boolean prevHyphen = false;
        for (Line l : lines) {
            String t = l.text().strip();
            String[] tokens = t.split("\\s+");
            int from = prevHyphen ? 1 : 0;
            boolean hyphen = endsWithHyphen(t);
            int to = hyphen ? tokens.length - 1 : tokens.length;
            for (int i = from; i < to; i++) {
                String w = Hyphenation.trimWord(tokens[i]);
                if (!w.isEmpty()) {
                    counts.merge(w.toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
                }
            }
            prevHyphen = hyphen;
        }
    }

    /** The usual distance between the baselines of two body lines of one paragraph. */
    private static double lineSpacing(List<Footnotes.Parts> pages, double bodySize) {
        Map<Long, Integer> deltas = new HashMap<>();
        for (Footnotes.Parts p : pages) {
            Line prev = null;
            for (Line l : p.body()) {
                if (prev != null && Math.abs(l.size() - bodySize) <= 0.1 * bodySize
                        && Math.abs(prev.size() - bodySize) <= 0.1 * bodySize) {
                    double d = l.y() - prev.y();
                    if (d > 0.8 * bodySize && d < 2.5 * bodySize) {
                        deltas.merge(Math.round(d * 2), 1, Integer::sum);
                    }
                }
                prev = l;
            }
        }
        long best = -1;
        int count = 0;
        for (Map.Entry<Long, Integer> e : deltas.entrySet()) {
            if (e.getValue() > count || e.getValue() == count && e.getKey() < best) {
                best = e.getKey();
                count = e.getValue();
            }
        }
        return best < 0 ? 1.2 * bodySize : best / 2.0;
    }
}
