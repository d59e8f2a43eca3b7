package nl.kamerbrief.mandates.annotate.segments;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import nl.kamerbrief.mandates.annotate.AnnotatedText;
import nl.kamerbrief.mandates.annotate.Annotator;
import nl.kamerbrief.mandates.annotate.Layer;
import nl.kamerbrief.mandates.annotate.Segment;
import nl.kamerbrief.mandates.rules.RuleSet;
import nl.kamerbrief.mandates.rules.Table;
import nl.kamerbrief.mandates.text.CharSpan;
import nl.kamerbrief.mandates.text.Folding;

/**
 * Splits a letter into the units statements come from: headings (Markdown {@code #} lines, and short lines that
 * stand alone or open a paragraph without ending a sentence), list items, fact-sheet blocks of short label/value
 * lines, and sentences (split at {@code .!?} before a capital, except after an abbreviation from
 * {@code rules/abbreviations.txt} or an initial). It also marks the members' questions of a verslag or
 * Kamervragen (by the markers of {@code rules/structure.tsv}), whose content is not the government's.
 */
public final class Segmenter implements Annotator {

    private static final Set<String> FUNCTION_WORDS = Set.of("de", "het", "een", "van", "aan", "in", "en", "met",
            "voor", "op", "tot", "te", "om", "bij", "naar", "uit", "door", "over", "of", "dat", "die", "als", "zijn",
            "is", "wordt", "worden", "ter", "ten", "dan", "ook", "nog", "zich", "u", "wij", "we", "hun", "haar",
            "onze", "deze", "dit", "waar", "welke", "niet", "geen", "per", "tijdens", "tussen", "onder", "na", "sinds",
            "vanaf", "vanuit", "binnen", "mede", "alsmede", "zoals", "kan", "zal", "heeft", "hebben");
    private static final Pattern BULLET = Pattern.compile("^([-\u2022\u2013\u25CF\u25E6\u25AA\u00B7o]|\\(?[a-z]\\)|"
            + "\\(?[ivx]+\\)|[ivx]+\\.)\\s+\\S.*", Pattern.CASE_INSENSITIVE);

    private final Set<String> abbreviations;
    private final List<Pattern> questionMarkers = new ArrayList<>();
    private final List<Pattern> answerMarkers = new ArrayList<>();

    public Segmenter(RuleSet rules) {
        Set<String> abbr = new HashSet<>();
        for (String a : rules.abbreviations()) {
            abbr.add(Folding.foldSameLength(a));
        }
        this.abbreviations = Set.copyOf(abbr);
        for (Table.Row r : rules.table("structure.tsv").rows()) {
            Pattern p = Pattern.compile(r.get("pattern"));
            if ("answer".equals(r.get("marker"))) {
                answerMarkers.add(p);
            } else {
                questionMarkers.add(p);
            }
        }
    }

    @Override
    public Layer adds() {
        return Layer.SEGMENTS;
    }

    @Override
    public Set<Layer> requires() {
        return Set.of();
    }

    /** A unit found in the view, before question marking. */
    private record Unit(int start, int end, Segment.Kind kind, int paragraph, int level) {
    }

    @Override
    public List<Segment> annotate(AnnotatedText t) {
        String view = t.view().text();
        String folded = t.view().folded();
        List<Unit> units = new ArrayList<>();
        int paragraph = 0;
        int p = 0;
        while (p < view.length()) {
            int q = view.indexOf("\n\n", p);
            if (q < 0) {
                q = view.length();
            }
            if (q > p) {
                paragraph(view, p, q, paragraph++, units);
            }
            p = q + 2;
        }
        return mark(t, units, folded);
    }

    // ---------------------------------------------------------------- paragraphs and lines

    private void paragraph(String view, int from, int to, int paragraph, List<Unit> units) {
        List<int[]> lines = new ArrayList<>();
        int s = from;
        for (int i = from; i <= to; i++) {
            if (i == to || view.charAt(i) == '\n') {
                if (i > s) {
                    lines.add(new int[] {s, i});
                }
                s = i + 1;
            }
        }
        if (lines.isEmpty()) {
            return;
        }
        int longest = 0;
        for (int[] l : lines) {
            longest = Math.max(longest, l[1] - l[0]);
        }
        // a block of short label/value lines: a fact sheet ("Duur missie / 15 mei 2006 - ... / Aantal militairen")
        if (lines.size() >= 3 && longest <= 60 && lines.stream().noneMatch(l -> endsSentence(view, l[0], l[1]))) {
            units.add(new Unit(from, to, Segment.Kind.LABEL, paragraph, 0));
            return;
        }
        int li = 0;
        while (li < lines.size()) {
            int[] l = lines.get(li);
            String line = view.substring(l[0], l[1]);
            if (line.startsWith("#")) {
                int level = 0;
                while (level < line.length() && line.charAt(level) == '#') {
                    level++;
                }
                units.add(new Unit(l[0], l[1], Segment.Kind.HEADING, paragraph, level));
                li++;
                continue;
            }
            if (BULLET.matcher(line).matches()) {
                int end = l[1];
                int k = li + 1;
                while (k < lines.size() && !BULLET.matcher(view.substring(lines.get(k)[0], lines.get(k)[1])).matches()
                        && !view.substring(lines.get(k)[0], lines.get(k)[1]).startsWith("#")) {
                    end = lines.get(k)[1];
                    k++;
                }
                sentences(view, l[0], end, Segment.Kind.ITEM, paragraph, units);
                li = k;
                continue;
            }
            boolean single = lines.size() == 1;
            if (isHeadingLine(view, l, lines, li, longest, single)) {
                units.add(new Unit(l[0], l[1], Segment.Kind.HEADING, paragraph, 9));
                li++;
                continue;
            }
            // a short line that ends no sentence and runs into a capitalised line: a header or label line
            // ("Telefoon 070-3486486", "Onderwerp: Nederlandse deelneming aan operatie Amber Fox")
            if (isLabelLine(view, lines, li, longest)) {
                units.add(new Unit(l[0], l[1], Segment.Kind.LABEL, paragraph, 0));
                li++;
                continue;
            }
            // body text up to the next bullet, heading or label line
            int end = l[1];
            int k = li + 1;
            while (k < lines.size()) {
                String next = view.substring(lines.get(k)[0], lines.get(k)[1]);
                if (BULLET.matcher(next).matches() || next.startsWith("#") || isLabelLine(view, lines, k, longest)) {
                    break;
                }
                end = lines.get(k)[1];
                k++;
            }
            sentences(view, l[0], end, Segment.Kind.SENTENCE, paragraph, units);
            li = k;
        }
    }

    private static boolean isLabelLine(String view, List<int[]> lines, int li, int longest) {
        if (li + 1 >= lines.size() || longest < 50) {
            return false;
        }
        int[] lengths = lines.stream().mapToInt(x -> x[1] - x[0]).sorted().toArray();
        int median = lengths[lengths.length / 2];
        int[] l = lines.get(li);
        String line = view.substring(l[0], l[1]).strip();
        if (line.isEmpty() || line.length() > 0.6 * median || endsSentence(view, l[0], l[1])
                || !Character.isUpperCase(line.charAt(0)) && !Character.isDigit(line.charAt(0))) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        if (last == ',' || last == '-' || last == '(') {
            return false;
        }
        String[] words = line.split("\\s+");
        if (FUNCTION_WORDS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
            return false;
        }
        String next = view.substring(lines.get(li + 1)[0], lines.get(li + 1)[1]).strip();
        return !next.isEmpty() && (Character.isUpperCase(next.charAt(0)) || Character.isDigit(next.charAt(0)));
    }

    private boolean isHeadingLine(String view, int[] l, List<int[]> lines, int li, int longest, boolean single) {
        String line = view.substring(l[0], l[1]).strip();
        if (line.isEmpty() || line.length() > 110 || endsSentence(view, l[0], l[1])) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        if (last == ',' || last == '-' || last == '(' || last == ';' || last == ':' && !single) {
            return false;
        }
        char first = line.charAt(0);
        if (!Character.isUpperCase(first) && !Character.isDigit(first) && first != '[' && first != '(') {
            return false;
        }
        String[] words = line.split("\\s+");
        String lastWord = words[words.length - 1].toLowerCase(Locale.ROOT);
        if (FUNCTION_WORDS.contains(lastWord)) {
            return false;
        }
        if (single) {
            return true;
        }
        // the first line of a paragraph that does not run on into the next
        if (li + 1 >= lines.size()) {
            return false;
        }
        if (li > 0) {
            // a heading line inside a paragraph follows a line that ends a sentence
            int[] prev = lines.get(li - 1);
            if (!endsSentence(view, prev[0], prev[1])) {
                return false;
            }
        }
        String next = view.substring(lines.get(li + 1)[0], lines.get(li + 1)[1]);
        if (next.isEmpty() || !(Character.isUpperCase(next.charAt(0)) || Character.isDigit(next.charAt(0)))) {
            return false;
        }
        return line.length() < 0.85 * longest || line.length() < 50;
    }

    private static boolean endsSentence(String view, int from, int to) {
        int e = to;
        while (e > from && Character.isWhitespace(view.charAt(e - 1))) {
            e--;
        }
        // footnote markers after the full stop: "?1", "kennisgenomen.2"
        while (e > from && Character.isDigit(view.charAt(e - 1))) {
            e--;
        }
        if (e <= from) {
            return false;
        }
        char c = view.charAt(e - 1);
        if (c == '"' || c == '\'' || c == ')') {
            if (e - 1 > from) {
                c = view.charAt(e - 2);
            }
        }
        return c == '.' || c == '!' || c == '?' || c == ';' || c == ':';
    }

    // ---------------------------------------------------------------- sentences

    private void sentences(String view, int from, int to, Segment.Kind kind, int paragraph, List<Unit> units) {
        int s = from;
        for (int i = from; i < to; i++) {
            char c = view.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int j = i + 1;
            // closing quotes or brackets and footnote digits stay with the sentence
            while (j < to && (view.charAt(j) == '"' || view.charAt(j) == '\'' || view.charAt(j) == ')')) {
                j++;
            }
            int digits = j;
            while (digits < to && Character.isDigit(view.charAt(digits)) && digits - j < 2) {
                digits++;
            }
            if (digits > j && digits < to && Character.isWhitespace(view.charAt(digits))) {
                j = digits;
            }
            if (j >= to) {
                break;
            }
            if (!Character.isWhitespace(view.charAt(j))) {
                continue;
            }
            int k = j;
            while (k < to && Character.isWhitespace(view.charAt(k))) {
                k++;
            }
            if (k >= to) {
                break;
            }
            char n = view.charAt(k);
            boolean opens = Character.isUpperCase(n) || Character.isDigit(n) || n == '"' || n == '\'' || n == '('
                    || n == '[' || n == '\u2022' || n == '-';
            if (!opens || c == '.' && isAbbreviation(view, s, i)) {
                continue;
            }
            // an enumerator is no sentence: "1. Antwoord van het kabinet", "3.1 Irak"
            if (view.substring(s, i).strip().matches("\\(?\\d{1,3}(\\.\\d{1,2})?\\)?|[a-zA-Z]|[ivxIVX]{1,4}")) {
                continue;
            }
            add(view, s, j, kind, paragraph, units);
            s = k;
        }
        add(view, s, to, kind, paragraph, units);
    }

    /** One or more initials, each a capital and at most one small letter before a full stop. */
    private static final java.util.regex.Pattern INITIALS = java.util.regex.Pattern.compile("(?:\\p{Lu}\\p{Ll}?\\.)+");

    private boolean isAbbreviation(String view, int from, int dot) {
        int b = dot;
        while (b > from && !Character.isWhitespace(view.charAt(b - 1)) && view.charAt(b - 1) != '(') {
            b--;
        }
        String word = Folding.foldSameLength(view.substring(b, dot + 1));
        if (abbreviations.contains(word)) {
            return true;
        }
        // initials: "W.B. Hoekstra", "A.Th.B. Bijleveld", "E.N.A.J. Schreinemacher"
        return INITIALS.matcher(view.substring(b, dot + 1)).matches();
    }

    private static void add(String view, int from, int to, Segment.Kind kind, int paragraph, List<Unit> units) {
        int s = from;
        int e = to;
        while (s < e && Character.isWhitespace(view.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(view.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            units.add(new Unit(s, e, kind, paragraph, 0));
        }
    }

    // ---------------------------------------------------------------- questions and sections

    private List<Segment> mark(AnnotatedText t, List<Unit> units, String folded) {
        // which paragraphs are the members' side
        int paragraphs = units.isEmpty() ? 0 : units.get(units.size() - 1).paragraph() + 1;
        boolean[] question = new boolean[paragraphs];
        boolean answers = false;
        for (Unit u : units) {
            if (matchesAny(answerMarkers, head(folded, u))) {
                answers = true;
                break;
            }
        }
        boolean state = false;
        boolean previousWasLabel = false;
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            if (i > 0 && units.get(i - 1).paragraph() == u.paragraph()) {
                continue;
            }
            String head = head(folded, u);
            boolean marker = matchesAny(questionMarkers, head);
            if (answers) {
                if (matchesAny(answerMarkers, head)) {
                    state = false;
                } else if (marker) {
                    state = true;
                }
                question[u.paragraph()] = state;
            } else {
                // Kamervragen without "Antwoord" labels: the question paragraph ends in "?", the answer follows
                boolean endsQ = paragraphEndsInQuestion(units, i, folded);
                question[u.paragraph()] = marker || endsQ || previousWasLabel;
                previousWasLabel = marker && isBareLabel(units, i, folded);
            }
        }
        List<Segment> out = new ArrayList<>();
        int section = -1;
        for (Unit u : units) {
            boolean q = question[u.paragraph()] || endsWithQuestionMark(folded, u.start(), u.end());
            CharSpan span = t.view().toSource(u.start(), u.end());
            int index = out.size();
            boolean heading = u.kind() == Segment.Kind.HEADING;
            out.add(new Segment(span, u.kind(), index, u.paragraph(), heading ? index : section, u.level(), q));
            if (heading) {
                section = index;
            }
        }
        return out;
    }

    /** The first words of the paragraph a unit opens (markers may span a unit boundary: "1. Antwoord"). */
    /** The start of a unit as the markers of {@code structure.tsv} read it: without Markdown heading marks. */
    private static String head(String folded, Unit u) {
        int s = u.start();
        while (s < u.end() && folded.charAt(s) == '#') {
            s++;
        }
        if (s > u.start()) {
            while (s < u.end() && folded.charAt(s) == ' ') {
                s++;
            }
        }
        return folded.substring(s, Math.min(folded.length(), s + 80));
    }

    /** A paragraph that is only a label such as "Vraag 3". */
    private static boolean isBareLabel(List<Unit> units, int i, String folded) {
        Unit u = units.get(i);
        boolean alone = i + 1 >= units.size() || units.get(i + 1).paragraph() != u.paragraph();
        return alone && u.end() - u.start() <= 12;
    }

    private static boolean paragraphEndsInQuestion(List<Unit> units, int i, String folded) {
        int p = units.get(i).paragraph();
        int last = i;
        while (last + 1 < units.size() && units.get(last + 1).paragraph() == p) {
            last++;
        }
        Unit u = units.get(last);
        return endsWithQuestionMark(folded, u.start(), u.end());
    }

    private static boolean endsWithQuestionMark(String folded, int from, int to) {
        int e = to;
        while (e > from && (Character.isDigit(folded.charAt(e - 1)) || Character.isWhitespace(folded.charAt(e - 1))
                || folded.charAt(e - 1) == ')' || folded.charAt(e - 1) == '"')) {
            e--;
        }
        return e > from && folded.charAt(e - 1) == '?';
    }

    private static boolean matchesAny(List<Pattern> patterns, String text) {
        for (Pattern p : patterns) {
            if (p.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }
}
