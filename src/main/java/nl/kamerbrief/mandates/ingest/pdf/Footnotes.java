package nl.kamerbrief.mandates.ingest.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Footnotes taken out of the page, so that a body sentence is never cut by them. On a page with a text layer a
 * footnote area is the run of lines at the bottom (running lines already gone) in a font smaller than the page's
 * body text; a footnote starts at a line that begins with its number at the left of the area ("1 De bijdrage", or
 * a superscript "¹De bijdrage" as Word sets it), and goes on in the lines that stand at its text's indent or at its
 * number, at footnote line spacing. At the top of the area, lines at the indent of
 * the last footnote of the page before continue that footnote (LibreOffice and Word carry long notes over). Small
 * lines that are neither (a page-1 colophon) are "extras": body text that must not interrupt a sentence running
 * on to the next page. On an OCR'd page, which has no font sizes, a footnote is one of the last paragraphs of the
 * page that begins with the next footnote number of the document.
 */
public final class Footnotes {

    /** A line whose font is at most this share of the body font is footnote-sized. */
    static final double SMALL = 0.9;
    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,3})\\s+(\\S.*)");
    /** Letters and digits a page needs before its own body size is trusted. */
    private static final int OWN_SIZE_CHARS = 200;

    private Footnotes() {
    }

    /** A footnote: its number, its lines (the first without the number) and the page it starts on. */
    public record Note(String number, List<Line> lines, int page) {
    }

    /** A page split into body lines, footnotes starting on it, and small lines at the bottom that are neither. */
    public record Parts(Page page, List<Line> body, List<Line> extras) {
    }

    /** The parts of every page and the footnotes of the document, in order. */
    public record Result(List<Parts> pages, List<Note> notes) {
    }

    public static Result split(List<Page> pages) {
        double docSize = bodySize(pages.stream().flatMap(p -> p.lines().stream()).toList(), 10);
        List<Parts> parts = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        // the last footnote, while it may continue on the next page
        OpenNote open = null;
        int lastNumber = 0;
        for (Page p : pages) {
            List<Line> lines = p.lines();
            List<Line> body = new ArrayList<>(lines);
            List<Line> extras = new ArrayList<>();
            if (p.ocr()) {
                OpenNote got = ocrNotes(p, body, extras, notes, lastNumber, open);
                if (got != null && got != open) {
                    lastNumber = number(got.note.number());
                }
                open = got != null && unfinished(got, p) ? got : null;
                parts.add(new Parts(p, body, extras));
                continue;
            }
            double size = p.contentCharacters() >= OWN_SIZE_CHARS ? bodySize(lines, docSize) : docSize;
            int k = lines.size();
            while (k > 0 && lines.get(k - 1).size() <= SMALL * size) {
                k--;
            }
            List<Line> area = lines.subList(k, lines.size());
            if (area.isEmpty()) {
                open = null;
                parts.add(new Parts(p, body, extras));
                continue;
            }
            body = new ArrayList<>(lines.subList(0, k));
            OpenNote current = null;
            double markerX = Double.NaN;
            boolean closed = false;
            Line prev = null;
            for (Line l : area) {
                if (closed) {
                    extras.add(l);
                    continue;
                }
                Numbered n = numbered(l);
                boolean starts = n != null && (Double.isNaN(markerX) || l.x0() <= markerX + 2)
                        && (current == null || l.x0() < current.indent - 1
                        || number(n.number()) == number(current.note.number()) + 1);
                if (starts) {
                    markerX = Double.isNaN(markerX) ? l.x0() : markerX;
                    Note note = new Note(n.number(), new ArrayList<>(List.of(n.rest())), p.number());
                    notes.add(note);
                    current = new OpenNote(note, n.indent(), l.x0(), l.size());
                    lastNumber = number(n.number());
                } else if (current != null && atIndent(l, current) && close(prev, l, current)) {
                    current.note.lines().add(l);
                } else if (current == null && open != null && extras.isEmpty() && atIndent(l, open)) {
                    // a footnote carried over from the page before
                    current = open;
                    current.note.lines().add(l);
                } else {
                    extras.add(l);
                    if (current != null) {
                        closed = true;
                    }
                }
                prev = l;
            }
            open = current;
            parts.add(new Parts(p, body, extras));
        }
        return new Result(parts, notes);
    }

    /**
     * A footnote being read: where its text starts (a hanging indent after "1 ") and where its number stands; its
     * next lines stand at either.
     */
    private record OpenNote(Note note, double indent, double numberX, double size) {
    }

    private static boolean atIndent(Line l, OpenNote n) {
        return Math.abs(l.x0() - n.indent) <= 2 || Math.abs(l.x0() - n.numberX) <= 2;
    }

    /** The number a footnote line starts with, the line without it and where its text starts. */
    private record Numbered(String number, Line rest, double indent) {
    }

    /** "1 Text", or a superscript "¹Text" (as Word sets the number); null for a line without a leading number. */
    private static Numbered numbered(Line l) {
        if (!l.markers().isEmpty() && l.markers().get(0).offset() == 0 && !l.text().isEmpty()) {
            List<Line.Marker> rest = l.markers().subList(1, l.markers().size());
            return new Numbered(l.markers().get(0).digits(), new Line(l.page(), l.textIndent(), l.x1(), l.y(),
                    l.size(), l.bold(), l.italic(), l.text(), rest, l.firstWordWidth(), l.textIndent()),
                    l.textIndent());
        }
        Matcher m = NUMBERED.matcher(l.text());
        if (m.matches()) {
            return new Numbered(m.group(1), withoutNumber(l, m.group(1).length()), l.textIndent());
        }
        return null;
    }

    private static boolean close(Line prev, Line l, OpenNote n) {
        return prev == null || l.y() - prev.y() <= 1.8 * Math.max(n.size, l.size()) + 1;
    }

    private static int number(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Line withoutNumber(Line l, int digits) {
        String t = l.text();
        int cut = digits;
        while (cut < t.length() && t.charAt(cut) == ' ') {
            cut++;
        }
        final int c = cut;
        List<Line.Marker> markers = l.markers().stream().filter(m -> m.offset() >= c)
                .map(m -> new Line.Marker(m.offset() - c, m.digits())).toList();
        return new Line(l.page(), l.textIndent(), l.x1(), l.y(), l.size(), l.bold(), l.italic(), t.substring(cut),
                markers, l.firstWordWidth(), l.textIndent());
    }

    /**
     * Footnotes of an OCR'd page: among its last three paragraphs (blank-line separated), the first that begins with
     * the next footnote number of the document, and those after it that begin with the numbers after that; a line in
     * such a paragraph that begins with the following number starts a new footnote. Paragraphs after them are extras.
     * When the last footnote of the page before was cut off (see {@link #unfinished}), the paragraph just above this
     * page's footnotes (or the page's last paragraph) continues it if it starts in lower case or with a digit, as the
     * rest of a sentence does.
     */
    private static OpenNote ocrNotes(Page p, List<Line> body, List<Line> extras, List<Note> notes, int lastNumber,
                                     OpenNote open) {
        List<List<Line>> paragraphs = new ArrayList<>();
        Line prev = null;
        for (Line l : p.lines()) {
            if (prev == null || l.y() - prev.y() > 1.5 * l.size()) {
                paragraphs.add(new ArrayList<>());
            }
            paragraphs.get(paragraphs.size() - 1).add(l);
            prev = l;
        }
        int start = -1;
        for (int i = Math.max(0, paragraphs.size() - 3); i < paragraphs.size(); i++) {
            Matcher m = NUMBERED.matcher(paragraphs.get(i).get(0).text());
            if (m.matches() && number(m.group(1)) == lastNumber + 1) {
                start = i;
                break;
            }
        }
        List<Line> taken = new ArrayList<>();
        OpenNote current = null;
        int carried = open == null ? -1 : start >= 0 ? start - 1 : paragraphs.size() - 1;
        if (carried >= 1) {
            String first = paragraphs.get(carried).get(0).text();
            char c = first.isEmpty() ? 'A' : first.charAt(0);
            Matcher m = NUMBERED.matcher(first);
            boolean nextNote = m.matches() && number(m.group(1)) == lastNumber + 1;
            if (!nextNote && (Character.isLowerCase(c) || Character.isDigit(c) || c == '(')) {
                open.note.lines().addAll(paragraphs.get(carried));
                taken.addAll(paragraphs.get(carried));
                current = open;
            }
        }
        if (start >= 0) {
            int expected = lastNumber + 1;
            boolean closed = false;
            for (int i = start; i < paragraphs.size(); i++) {
                List<Line> para = paragraphs.get(i);
                Matcher first = NUMBERED.matcher(para.get(0).text());
                taken.addAll(para);
                if (closed || !first.matches() || number(first.group(1)) != expected) {
                    extras.addAll(para);
                    closed = true;
                    continue;
                }
                for (Line l : para) {
                    Matcher m = NUMBERED.matcher(l.text());
                    if (m.matches() && number(m.group(1)) == expected) {
                        Note note = new Note(m.group(1), new ArrayList<>(List.of(withoutNumber(l,
                                m.group(1).length()))), p.number());
                        notes.add(note);
                        current = new OpenNote(note, l.x0(), l.x0(), l.size());
                        expected++;
                    } else {
                        current.note.lines().add(l);
                    }
                }
            }
        }
        java.util.Set<Line> gone = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        gone.addAll(taken);
        body.removeIf(gone::contains);
        return current;
    }

    /**
     * Whether an OCR'd footnote was cut off at the page end: its last line does not end a sentence or a bracket and
     * is about as long as the longest line of the page.
     */
    private static boolean unfinished(OpenNote n, Page p) {
        List<Line> lines = n.note.lines();
        String last = lines.get(lines.size() - 1).text().strip();
        if (last.isEmpty() || ".!?)]\"”’".indexOf(last.charAt(last.length() - 1)) >= 0) {
            return false;
        }
        int longest = p.lines().stream().mapToInt(l -> l.text().length()).max().orElse(0);
        return last.length() >= 0.8 * longest;
    }

    /** The font size most letters of the lines have; {@code fallback} without lines. */
    static double bodySize(List<Line> lines, double fallback) {
        Map<Long, Integer> chars = new HashMap<>();
        for (Line l : lines) {
            chars.merge(Math.round(l.size() * 2), l.text().length(), Integer::sum);
        }
        return chars.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 2.0)
                .orElse(fallback);
    }
}
