package nl.kamerbrief.mandates.annotate.dates;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kamerbrief.mandates.annotate.AnnotatedText;
import nl.kamerbrief.mandates.annotate.Annotator;
import nl.kamerbrief.mandates.annotate.DateMention;
import nl.kamerbrief.mandates.annotate.DateMention.Role;
import nl.kamerbrief.mandates.annotate.DutchNumerals;
import nl.kamerbrief.mandates.annotate.Layer;
import nl.kamerbrief.mandates.annotate.Precision;
import nl.kamerbrief.mandates.annotate.Segment;
import nl.kamerbrief.mandates.annotate.Token;
import nl.kamerbrief.mandates.annotate.Tokens;
import nl.kamerbrief.mandates.rules.RuleSet;
import nl.kamerbrief.mandates.text.CharSpan;

/**
 * Dates by the rules of spec section 3: a date expression ("31 juli 2025", "eind juni 2028", "het eerste kwartaal
 * van 2026", "zomer 2023", "dit jaar") with the words before it ("tot en met", "tot", "per", "in", "vanaf") or a
 * range ("15 mei 2006 – 1 februari 2012", "van juni 1998 tot juni 2001") gives a boundary, a start, a period or a
 * mere point in time; durations ("voor de duur van één jaar") give a length, and an end where the same phrase
 * states a start. Years left out are taken from the letter's date.
 */
public final class DateAnnotator implements Annotator {

    private static final Set<String> DASHES = Set.of("-", "\u2013", "\u2014", "\u2012");
    private static final Pattern DURATION = Pattern.compile(
            "\\b(?:(?:voor|gedurende) (?:de (?:voorlopige |eerste |initiele )?(?:duur|periode|termijn) van |een "
                    + "(?:periode|termijn) van |de komende )?|de komende |met )((?:een )?halve?|anderhalve?|\\p{L}+|\\d+) "
                    + "(jaar|jaren|maand|maanden|week|weken|dag|dagen)\\b|\\b(\\p{L}+|\\d+) "
                    + "(jaar|jaren|maanden|weken) durende\\b");

    private final DateWords words;
    private final DutchNumerals numerals;

    public DateAnnotator(RuleSet rules, DutchNumerals numerals) {
        this.words = new DateWords(rules);
        this.numerals = numerals;
    }

    @Override
    public Layer adds() {
        return Layer.DATES;
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.HEADER, Layer.SEGMENTS);
    }

    /** A parsed date expression at tokens [from, to). */
    private record Atom(int from, int to, DateSpec spec) {
    }

    @Override
    public List<DateMention> annotate(AnnotatedText t) {
        String folded = t.view().folded();
        List<Token> tokens = Tokens.of(folded);
        LocalDate anchor = t.header().anchor();
        List<Atom> atoms = new ArrayList<>();
        for (int i = 0; i < tokens.size(); ) {
            Atom a = atom(tokens, i);
            if (a != null) {
                atoms.add(a);
                i = a.to();
            } else {
                i++;
            }
        }
        List<DateMention> out = new ArrayList<>();
        for (int k = 0; k < atoms.size(); k++) {
            Atom a = atoms.get(k);
            Atom b = k + 1 < atoms.size() ? atoms.get(k + 1) : null;
            int consumed = rangeOrSingle(t, tokens, a, b, atoms, k, anchor, out);
            k += consumed;
        }
        durations(t, folded, out);
        return out;
    }

    // ---------------------------------------------------------------- atoms

    private Atom atom(List<Token> tk, int i) {
        int j = i;
        String part = null;
        String w = text(tk, j);
        if (w == null) {
            return null;
        }
        // "het eerste kwartaal van 2026", "de eerste helft van 2007"
        if ((w.equals("het") || w.equals("de")) && ordinal(text(tk, j + 1)) > 0) {
            j++;
            w = text(tk, j);
        }
        int ord = ordinal(w);
        if (ord > 0 && ("kwartaal".equals(text(tk, j + 1)) || "helft".equals(text(tk, j + 1)))) {
            boolean quarter = "kwartaal".equals(text(tk, j + 1));
            int k = j + 2;
            if ("van".equals(text(tk, k))) {
                k++;
            }
            Core core = core(tk, k);
            if (core != null && core.year != null && core.month == null || core != null && core.relative != null) {
                if (quarter && ord <= 4 || !quarter && ord <= 2) {
                    DateSpec s = new DateSpec(core.year, null, null, quarter ? DateSpec.Unit.QUARTER
                            : DateSpec.Unit.HALF_YEAR, null, null, ord, core.relative, null);
                    return new Atom(i, core.to, s);
                }
            }
            return null;
        }
        if (words.parts.containsKey(w) && !(w.equals("half") && "jaar".equals(text(tk, j + 1)))) {
            part = words.parts.get(w);
            int k = j + 1;
            if ("van".equals(text(tk, k))) {
                k++;
            }
            if ("het".equals(text(tk, k)) || "de".equals(text(tk, k))) {
                k++;
            }
            if ("jaar".equals(text(tk, k))) {
                // "einde van het jaar": this year
                DateSpec s = new DateSpec(null, null, null, DateSpec.Unit.YEAR, part, null, 0, "this-year", null);
                return new Atom(i, k + 1, s);
            }
            Core core = core(tk, k);
            if (core == null || core.day != null || part.equals("begin") && core.month == null && core.year == null
                    && core.relative == null) {
                return null;
            }
            if (core.month == null && core.year == null && core.relative == null) {
                return null;
            }
            DateSpec s = new DateSpec(core.year, core.month, null, core.month != null ? DateSpec.Unit.MONTH
                    : DateSpec.Unit.YEAR, part, null, 0, core.relative, core.suffix);
            return new Atom(i, core.to, s);
        }
        // seasons: "zomer 2023", "het najaar van 2018"
        if (w.equals("het") || w.equals("de")) {
            String n = text(tk, j + 1);
            if (n != null && words.seasons.containsKey(n)) {
                j++;
                w = n;
            }
        }
        if (words.seasons.containsKey(w)) {
            int k = j + 1;
            if ("van".equals(text(tk, k))) {
                k++;
            }
            Core core = core(tk, k);
            if (core != null && core.month == null && core.day == null && (core.year != null
                    || core.relative != null)) {
                DateSpec s = new DateSpec(core.year, null, null, DateSpec.Unit.SEASON, null, words.seasons.get(w), 0,
                        core.relative, null);
                return new Atom(i, core.to, s);
            }
            return null;
        }
        Core core = core(tk, i);
        if (core == null) {
            return null;
        }
        DateSpec.Unit unit = core.day != null ? DateSpec.Unit.DAY : core.month != null ? DateSpec.Unit.MONTH
                : DateSpec.Unit.YEAR;
        if ("today".equals(core.relative)) {
            unit = DateSpec.Unit.DAY;
        }
        return new Atom(i, core.to, new DateSpec(core.year, core.month, core.day, unit, null, null, 0,
                core.relative, core.suffix));
    }

    /** The core of a date: day-month-year, month-year, year, numeric date or a relative word. */
    private record Core(Integer day, Integer month, Integer year, String relative, String suffix, int to) {
    }

    private Core core(List<Token> tk, int i) {
        String w = text(tk, i);
        if (w == null) {
            return null;
        }
        // relative words
        String two = w + " " + text(tk, i + 1);
        if (words.relatives.containsKey(two)) {
            return new Core(null, null, null, words.relatives.get(two), null, i + 2);
        }
        if (words.relatives.containsKey(w) && !w.contains(" ")) {
            return new Core(null, null, null, words.relatives.get(w), null, i + 1);
        }
        Token t = tk.get(i);
        if (t.isNumber()) {
            // numeric date 16-10-2001
            if (t.text().length() <= 2 && isPunct(tk, i + 1, "-") && isNum(tk, i + 2)
                    && tk.get(i + 2).text().length() <= 2 && isPunct(tk, i + 3, "-")
                    && isYear(tk, i + 4) && adjacent(tk, i, i + 4)) {
                int d = Integer.parseInt(t.text());
                int m = Integer.parseInt(tk.get(i + 2).text());
                if (d >= 1 && d <= 31 && m >= 1 && m <= 12) {
                    return new Core(d, m, year(tk, i + 4), null, null, i + 5);
                }
            }
            // day month [year]
            Integer month = month(tk, i + 1, true);
            if (t.text().length() <= 2 && month != null) {
                int d = Integer.parseInt(t.text());
                if (d >= 1 && d <= 31) {
                    int k = i + 2;
                    if (isPunct(tk, k, ".") && tk.get(k).start() == tk.get(k - 1).end()) {
                        k++;
                    }
                    Integer y = isYear(tk, k) ? year(tk, k) : null;
                    int to = y != null ? k + 1 : k;
                    String suffix = suffix(tk, to);
                    return new Core(d, month, y, null, suffix, to + suffixLength(tk, to));
                }
            }
            if (isYear(tk, i)) {
                return new Core(null, null, year(tk, i), null, null, i + 1);
            }
            return null;
        }
        Integer month = month(tk, i, false);
        if (month != null) {
            int k = i + 1;
            Integer y = isYear(tk, k) ? year(tk, k) : null;
            int to = y != null ? k + 1 : k;
            if (y == null && !isFullMonth(w)) {
                return null;
            }
            String suffix = suffix(tk, to);
            return new Core(null, month, y, null, suffix, to + suffixLength(tk, to));
        }
        return null;
    }

    private boolean isFullMonth(String w) {
        return w.length() > 4 || w.equals("mei") || w.equals("juni") || w.equals("juli");
    }

    /** A month name; abbreviations only where a day precedes or a year follows. */
    private Integer month(List<Token> tk, int i, boolean afterDay) {
        String w = text(tk, i);
        if (w == null) {
            return null;
        }
        Integer m = words.months.get(w);
        if (m == null) {
            return null;
        }
        if (!isFullMonth(w) && !afterDay && !isYear(tk, i + 1)) {
            return null;
        }
        return m;
    }

    private static String suffix(List<Token> tk, int i) {
        String w = text(tk, i);
        if ("jl".equals(w)) {
            return "jl";
        }
        if ("as".equals(w) || "a".equals(w) && ".".equals(text(tk, i + 1)) && "s".equals(text(tk, i + 2))) {
            return "as";
        }
        return null;
    }

    private static int suffixLength(List<Token> tk, int i) {
        String w = text(tk, i);
        if ("jl".equals(w) || "as".equals(w)) {
            return isPunct(tk, i + 1, ".") ? 2 : 1;
        }
        if ("a".equals(w) && ".".equals(text(tk, i + 1)) && "s".equals(text(tk, i + 2))) {
            return isPunct(tk, i + 3, ".") ? 4 : 3;
        }
        return 0;
    }

    private static int ordinal(String w) {
        if (w == null) {
            return 0;
        }
        return switch (w) {
            case "eerste" -> 1;
            case "tweede" -> 2;
            case "derde" -> 3;
            case "vierde", "laatste" -> 4;
            default -> 0;
        };
    }

    // ---------------------------------------------------------------- roles

    /**
     * Builds the mention(s) for atom {@code a}, or the range {@code a}–{@code b}. Returns how many extra atoms
     * it consumed (1 for a range).
     */
    private int rangeOrSingle(AnnotatedText t, List<Token> tk, Atom a, Atom b, List<Atom> atoms, int k,
                              LocalDate anchor, List<DateMention> out) {
        // a range: "X – Y", "van X tot (en met) Y", "in de periode X–Y", "X – heden"
        int gap = a.to();
        String connector = null;
        int afterConnector = gap;
        if (isDash(tk, gap)) {
            connector = "dash";
            afterConnector = gap + 1;
        } else if ("tot".equals(text(tk, gap)) && "en".equals(text(tk, gap + 1)) && "met".equals(text(tk, gap + 2))) {
            connector = "tm";
            afterConnector = gap + 3;
        } else if ("t".equals(text(tk, gap)) && isPunct(tk, gap + 1, "/") && "m".equals(text(tk, gap + 2))) {
            connector = "tm";
            afterConnector = gap + 3;
        } else if ("tot".equals(text(tk, gap))) {
            connector = "tot";
            afterConnector = gap + 1;
        }
        String before = lookBehind(tk, a.from());
        boolean rangeStart = "van".equals(before) || "vanaf".equals(before) || "periode".equals(before)
                || "tussen".equals(before) || before.isEmpty() || ":".equals(before) || "duur".equals(before);
        // a bare day before a dash: "14 – 28 januari 2006"
        if (connector != null) {
            boolean heden = afterConnector < tk.size() && ("heden".equals(tk.get(afterConnector).text())
                    || "nu".equals(tk.get(afterConnector).text()));
            if (heden && (connector.equals("dash") || connector.equals("tot"))) {
                DateSpec.Resolved ra = a.spec().resolve(anchor);
                if (ra != null) {
                    out.add(mention(t, tk, startOfPhrase(tk, a.from()), afterConnector + 1, Role.START, null, null,
                            null, ra.first(), ra.precision(), null, "range-ongoing"));
                }
                return 0;
            }
            if (b != null && b.from() == afterConnector && (connector.equals("dash") || rangeStart)) {
                DateSpec sa = a.spec();
                DateSpec sb = b.spec();
                // "13 juli – 18 december 2006": the first takes the missing year (and month) from the second
                if (sa.year() == null && sb.year() != null && sa.relative() == null) {
                    sa = new DateSpec(sb.year(), sa.month(), sa.day(), sa.unit(), sa.part(), sa.seasonStart(),
                            sa.ordinal(), null, sa.suffix());
                }
                DateSpec.Resolved ra = sa.resolve(anchor);
                DateSpec.Resolved rb = sb.resolve(anchor);
                boolean yearsOnly = sa.unit() == DateSpec.Unit.YEAR && sb.unit() == DateSpec.Unit.YEAR
                        && sa.part() == null && sb.part() == null;
                boolean introduced = "van".equals(before) || "vanaf".equals(before) || "periode".equals(before)
                        || "tussen".equals(before) || "duur".equals(before) || ":".equals(before);
                if (rb != null && yearsOnly && !introduced && connector.equals("dash")) {
                    // "2025-2028" in a title ("Kamerbrief ... 2025-2028") names a period, bounds nothing
                    out.add(mention(t, tk, a.from(), b.to(), Role.POINT, null, null, null, ra == null ? null
                            : ra.first(), ra == null ? null : ra.precision(), null, "years-label"));
                    return 1;
                }
                if (rb != null) {
                    LocalDate end;
                    boolean inclusive;
                    if (connector.equals("tot")) {
                        // plain "tot": the first day of the period, or the point "eind/medio" names (inclusive)
                        end = rb.first();
                        inclusive = sb.part() != null && !"begin".equals(sb.part());
                    } else {
                        end = rb.last();
                        inclusive = true;
                    }
                    out.add(mention(t, tk, startOfPhrase(tk, a.from()), b.to(), Role.END, end, rb.precision(),
                            inclusive, ra == null ? null : ra.first(), ra == null ? null : ra.precision(), null,
                            "range-" + connector));
                    return 1;
                }
            }
        }
        // "14 – 28 januari 2006": a bare day number, a dash, then this atom
        if (a.spec().unit() == DateSpec.Unit.DAY && isDash(tk, a.from() - 1) && isBareDay(tk, a.from() - 2)) {
            DateSpec.Resolved rb = a.spec().resolve(anchor);
            if (rb != null) {
                LocalDate first = null;
                try {
                    first = rb.first().withDayOfMonth(Integer.parseInt(tk.get(a.from() - 2).text()));
                } catch (java.time.DateTimeException e) {
                    first = null;
                }
                out.add(mention(t, tk, a.from() - 2, a.to(), Role.END, rb.last(), rb.precision(), true, first,
                        Precision.DAY, null, "range-days"));
                return 0;
            }
        }
        single(t, tk, a, anchor, out);
        return 0;
    }

    private void single(AnnotatedText t, List<Token> tk, Atom a, LocalDate anchor, List<DateMention> out) {
        DateSpec.Resolved r = a.spec().resolve(anchor);
        if (r == null) {
            return;
        }
        DateSpec s = a.spec();
        int i = a.from();
        boolean hasPart = s.part() != null && !"begin".equals(s.part());
        // the words before the expression
        if (isTm(tk, i)) {
            LocalDate end = r.isPoint() ? r.first() : r.last();
            out.add(mention(t, tk, i - tmLength(tk, i), a.to(), Role.END, end, r.precision(), true, null, null, null,
                    "tot-en-met"));
            return;
        }
        String b1 = text(tk, i - 1);
        String b2 = text(tk, i - 2);
        String b3 = text(tk, i - 3);
        if ("tot".equals(b1) || "tot".equals(b2) && ("aan".equals(b1) || "uiterlijk".equals(b1))) {
            int from = "tot".equals(b1) ? i - 1 : i - 2;
            LocalDate end = r.first();
            boolean inclusive = hasPart;
            out.add(mention(t, tk, from, a.to(), Role.END, end, r.precision(), inclusive, null, null, null, "tot"));
            return;
        }
        boolean per = "per".equals(b1);
        boolean ingang = "van".equals(b1) && "ingang".equals(b2) && "met".equals(b3);
        if (per || ingang) {
            int from = per ? i - 1 : i - 3;
            Segment seg = t.segmentAt(t.view().toSource(tk.get(i).start(), tk.get(i).end()).start());
            String clause = seg == null ? "" : t.view().foldedText(seg.span());
            if (words.hasEndingVerb(clause)) {
                out.add(mention(t, tk, from, a.to(), Role.END, r.first(), r.precision(), false, null, null, null,
                        "per-ending"));
            } else {
                out.add(mention(t, tk, from, a.to(), Role.START, null, null, null, r.first(), r.precision(), null,
                        "per-start"));
            }
            return;
        }
        if ("vanaf".equals(b1) || "sinds".equals(b1) || "sedert".equals(b1)) {
            out.add(mention(t, tk, i - 1, a.to(), Role.START, null, null, null, r.first(), r.precision(), null,
                    "from"));
            return;
        }
        boolean sinceBefore = false;
        for (int k = Math.max(0, i - 4); k < i; k++) {
            String w = text(tk, k);
            if ("sinds".equals(w) || "vanaf".equals(w) || "sedert".equals(w)) {
                sinceBefore = true;
            }
        }
        boolean in = "in".equals(b1) || "gedurende".equals(b1) || "heel".equals(b1) || "periode".equals(b1)
                || "in".equals(b2) && ("de".equals(b1) || "het".equals(b1));
        boolean yearLike = s.unit() == DateSpec.Unit.YEAR || s.unit() == DateSpec.Unit.HALF_YEAR
                || s.unit() == DateSpec.Unit.QUARTER;
        if (in && sinceBefore) {
            out.add(mention(t, tk, i - 1, a.to(), Role.START, null, null, null, r.first(), r.precision(), null,
                    "since-in"));
            return;
        }
        if (in && yearLike && s.part() == null) {
            int from = "in".equals(b1) || "gedurende".equals(b1) || "heel".equals(b1) || "periode".equals(b1)
                    ? i - 1 : i - 2;
            out.add(mention(t, tk, from, a.to(), Role.PERIOD, r.last(), r.precision(), true, r.first(), r.precision(),
                    null, "in-period"));
            return;
        }
        if (!in && s.unit() == DateSpec.Unit.HALF_YEAR && !"van".equals(b1) && !"na".equals(b1)) {
            out.add(mention(t, tk, i, a.to(), Role.PERIOD, r.last(), r.precision(), true, r.first(), r.precision(),
                    null, "half-year"));
            return;
        }
        // a verb of ending just before: "eindigt 31 december 2022", "loopt af op 31 maart"
        String ev = b1 != null && "op".equals(b1) ? b2 : b1;
        if (ev != null && (ev.startsWith("eindig") || ev.equals("af") || ev.startsWith("aflop"))) {
            LocalDate end = r.isPoint() ? r.first() : r.last();
            out.add(mention(t, tk, i, a.to(), Role.END, end, r.precision(), true, null, null, null, "ending-verb"));
            return;
        }
        // bare "eind juli 2022", "eind dit jaar" with a verb of ending in the clause
        if (hasPart && !"op".equals(b1) && !"in".equals(b1) && !"na".equals(b1) && !"voor".equals(b1)) {
            Segment seg = t.segmentAt(t.view().toSource(tk.get(i).start(), tk.get(i).end()).start());
            String clause = seg == null ? "" : t.view().foldedText(seg.span());
            if (words.hasEndingVerb(clause)) {
                out.add(mention(t, tk, i, a.to(), Role.END, r.first(), r.precision(), true, null, null, null,
                        "part-ending"));
                return;
            }
        }
        out.add(mention(t, tk, i, a.to(), Role.POINT, null, null, null, r.first(), r.precision(), null, "point"));
    }

    // ---------------------------------------------------------------- durations

    private void durations(AnnotatedText t, String folded, List<DateMention> out) {
        Matcher m = DURATION.matcher(folded);
        while (m.find()) {
            String amount = m.group(1) != null ? m.group(1) : m.group(3);
            String unit = m.group(2) != null ? m.group(2) : m.group(4);
            if (m.group(0).startsWith("met ")) {
                Segment seg = t.segmentAt(t.view().toSource(m.start(), m.end()).start());
                String clause = seg == null ? "" : t.view().foldedText(seg.span());
                if (!clause.contains("verleng")) {
                    continue;
                }
            }
            String iso = halves(amount, unit);
            if (iso == null) {
                Integer n = numerals.parse(amount);
                if (n == null || n <= 0 || n > 100) {
                    continue;
                }
                iso = switch (unit) {
                    case "jaar", "jaren" -> "P" + n + "Y";
                    case "maand", "maanden" -> "P" + n + "M";
                    case "week", "weken" -> "P" + (n * 7) + "D";
                    default -> "P" + n + "D";
                };
            }
            CharSpan span = t.view().toSource(m.start(), m.end());
            // a start in the same unit, just before: "vanaf eind januari 2017 voor een periode van zes weken"
            DateMention start = null;
            Segment seg = t.segmentAt(span.start());
            for (DateMention d : out) {
                if (d.startDay() != null && d.end() <= span.start() && span.start() - d.end() < 80
                        && (d.role() == Role.START || fromPoint(t, folded, d, span))
                        && (seg == null || seg.span().contains(d.span()))) {
                    start = d;
                }
            }
            LocalDate end = null;
            Precision precision = null;
            Boolean inclusive = null;
            if (start != null) {
                end = start.startDay().plus(Period.parse(iso)).minusDays(1);
                precision = start.startPrecision();
                inclusive = true;
            }
            out.add(new DateMention(span, Role.DURATION, end, precision, inclusive,
                    start == null ? null : start.startDay(), start == null ? null : start.startPrecision(), iso,
                    start == null ? "duration" : "duration-from-start"));
        }
    }

    /** "een half jaar" is six months, "anderhalf jaar" eighteen, "anderhalve maand" six weeks; else null. */
    private static String halves(String amount, String unit) {
        boolean half = amount.equals("half") || amount.equals("halve") || amount.equals("een half")
                || amount.equals("een halve");
        boolean oneAndHalf = amount.startsWith("anderhalf");
        if (!half && !oneAndHalf) {
            return null;
        }
        return switch (unit) {
            case "jaar" -> half ? "P6M" : "P18M";
            case "maand" -> half ? "P15D" : "P45D";
            case "week" -> half ? null : "P10D";
            default -> null;
        };
    }

    /** A date right after "van" just before the length: "van 1 augustus 2025 voor een jaar". */
    private static boolean fromPoint(AnnotatedText t, String folded, DateMention d, CharSpan duration) {
        if (d.role() != Role.POINT || duration.start() - d.end() > 3) {
            return false;
        }
        int v = t.view().toView(d.span().start());
        return v >= 4 && folded.startsWith("van ", v - 4);
    }

    // ---------------------------------------------------------------- helpers

    private DateMention mention(AnnotatedText t, List<Token> tk, int fromToken, int toToken, Role role, LocalDate end,
                                Precision endPrecision, Boolean inclusive, LocalDate start, Precision startPrecision,
                                String duration, String rule) {
        int vs = tk.get(Math.max(0, fromToken)).start();
        int ve = tk.get(toToken - 1).end();
        CharSpan span = t.view().toSource(vs, ve);
        return new DateMention(span, role, end, end == null ? null : endPrecision, end == null ? null : inclusive,
                start, start == null ? null : startPrecision, duration, rule);
    }

    /** The first token of the words that introduce a range ("van", "vanaf", "in de periode"). */
    private static int startOfPhrase(List<Token> tk, int i) {
        String b1 = text(tk, i - 1);
        if ("van".equals(b1) || "vanaf".equals(b1) || "tussen".equals(b1)) {
            return i - 1;
        }
        if ("periode".equals(b1)) {
            return "de".equals(text(tk, i - 2)) && "in".equals(text(tk, i - 3)) ? i - 3 : i - 1;
        }
        return i;
    }

    private static String lookBehind(List<Token> tk, int i) {
        String w = text(tk, i - 1);
        return w == null ? "" : w;
    }

    private static boolean isTm(List<Token> tk, int i) {
        return tmLength(tk, i) > 0;
    }

    private static int tmLength(List<Token> tk, int i) {
        if ("met".equals(text(tk, i - 1)) && "en".equals(text(tk, i - 2)) && "tot".equals(text(tk, i - 3))) {
            return 3;
        }
        if ("m".equals(text(tk, i - 1)) && isPunct(tk, i - 2, "/") && "t".equals(text(tk, i - 3))) {
            return 3;
        }
        return 0;
    }

    private static boolean isDash(List<Token> tk, int i) {
        return i >= 0 && i < tk.size() && DASHES.contains(tk.get(i).text());
    }

    private static boolean isBareDay(List<Token> tk, int i) {
        if (i < 0 || i >= tk.size() || !tk.get(i).isNumber() || tk.get(i).text().length() > 2) {
            return false;
        }
        int d = Integer.parseInt(tk.get(i).text());
        return d >= 1 && d <= 31;
    }

    private static String text(List<Token> tk, int i) {
        return i >= 0 && i < tk.size() ? tk.get(i).text() : null;
    }

    private static boolean isPunct(List<Token> tk, int i, String p) {
        return i >= 0 && i < tk.size() && tk.get(i).text().equals(p);
    }

    private static boolean isNum(List<Token> tk, int i) {
        return i >= 0 && i < tk.size() && tk.get(i).isNumber();
    }

    private static boolean isYear(List<Token> tk, int i) {
        if (!isNum(tk, i)) {
            return false;
        }
        String s = tk.get(i).text();
        if (s.length() != 4) {
            return false;
        }
        int y = Integer.parseInt(s);
        return y >= 1900 && y <= 2099;
    }

    private static Integer year(List<Token> tk, int i) {
        return Integer.parseInt(tk.get(i).text());
    }

    private static boolean adjacent(List<Token> tk, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tk.get(k).end() != tk.get(k + 1).start()) {
                return false;
            }
        }
        return true;
    }
}
