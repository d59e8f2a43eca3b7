package nl.kamerbrief.mandates.report;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A document's text as HTML with every record's evidence marked. Offsets are code points (as the records count
 * them). Where evidence of several records overlaps, the text is cut at every boundary and each piece is one
 * {@code <mark>} naming all records that cover it ({@code data-records}); the sentences a record's values also come
 * from ({@code evidence.parts}) are marked more lightly ({@code data-parts}). Each record's evidence is preceded by
 * an anchor {@code id="r<n>"} (the n-th record of the document) and, where the source has pages, its page number.
 */
final class EvidenceMarkup {

    /** One stretch to mark: the record's number in its document, code point offsets, and whether it is a part. */
    record Highlight(int record, int start, int end, boolean part, Integer page, String title) {
    }

    private EvidenceMarkup() {
    }

    static String html(String text, List<Highlight> highlights) {
        int[] charAt = codePointIndex(text);
        int cps = charAt.length - 1;
        List<Highlight> valid = new ArrayList<>();
        for (Highlight h : highlights) {
            int s = Math.max(0, Math.min(h.start(), cps));
            int e = Math.max(s, Math.min(h.end(), cps));
            if (e > s) {
                valid.add(new Highlight(h.record(), s, e, h.part(), h.page(), h.title()));
            }
        }
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(cps);
        for (Highlight h : valid) {
            cuts.add(h.start());
            cuts.add(h.end());
        }
        StringBuilder b = new StringBuilder(text.length() + valid.size() * 120);
        Integer previous = null;
        for (int cut : cuts) {
            if (previous != null) {
                segment(b, text, charAt, previous, cut, valid);
            }
            previous = cut;
        }
        return b.toString();
    }

    private static void segment(StringBuilder b, String text, int[] charAt, int from, int to, List<Highlight> all) {
        List<Highlight> evidence = new ArrayList<>();
        List<Highlight> parts = new ArrayList<>();
        for (Highlight h : all) {
            if (!h.part() && h.start() == from) {
                b.append("<span class=\"anchor\" id=\"r").append(h.record()).append("\"></span>");
                if (h.page() != null) {
                    b.append("<span class=\"page-no\" aria-hidden=\"true\">p. ").append(h.page()).append("</span>");
                }
            }
            if (h.start() <= from && h.end() >= to) {
                (h.part() ? parts : evidence).add(h);
            }
        }
        if (evidence.isEmpty() && parts.isEmpty()) {
            Html.escapeInto(b, text, charAt[from], charAt[to]);
            return;
        }
        b.append("<mark class=\"").append(evidence.isEmpty() ? "part" : "ev").append('"');
        if (!evidence.isEmpty()) {
            b.append(" data-records=\"").append(numbers(evidence)).append('"');
            b.append(" title=\"").append(Html.escape(evidence.stream().map(Highlight::title).distinct()
                    .collect(Collectors.joining("\n")))).append('"');
        }
        if (!parts.isEmpty()) {
            b.append(" data-parts=\"").append(numbers(parts)).append('"');
        }
        b.append('>');
        Html.escapeInto(b, text, charAt[from], charAt[to]);
        b.append("</mark>");
    }

    private static String numbers(List<Highlight> hs) {
        return hs.stream().map(h -> String.valueOf(h.record())).distinct().collect(Collectors.joining(" "));
    }

    /** {@code index[cp]} is the char index of code point {@code cp}; the last entry is the text's length. */
    static int[] codePointIndex(String text) {
        int n = text.codePointCount(0, text.length());
        int[] index = new int[n + 1];
        int i = 0;
        for (int cp = 0; cp < n; cp++) {
            index[cp] = i;
            i += Character.charCount(text.codePointAt(i));
        }
        index[n] = text.length();
        return index;
    }
}
