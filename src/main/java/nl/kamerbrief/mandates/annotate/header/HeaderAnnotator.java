package nl.kamerbrief.mandates.annotate.header;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kamerbrief.mandates.annotate.AnnotatedText;
import nl.kamerbrief.mandates.annotate.Annotator;
import nl.kamerbrief.mandates.annotate.DocumentContext;
import nl.kamerbrief.mandates.annotate.DocumentHeader;
import nl.kamerbrief.mandates.annotate.Layer;
import nl.kamerbrief.mandates.rules.RuleSet;
import nl.kamerbrief.mandates.rules.Table;
import nl.kamerbrief.mandates.text.CharSpan;
import nl.kamerbrief.mandates.text.Folding;

/**
 * The letter's own date and Kamerstuk number (spec section 2). The date comes from a dateline ("Den Haag, 17 juni
 * 2022"), a date field ("Datum 13 februari 2025", a "Datum" column whose value stands on a later line), a dated
 * web-page or Kamervragen header ("16-10-2001", "8 januari 2010, 16.58 uur", "Beantwoord 24 februari 2015"), in
 * that order and only near the top; else from the metadata the file carries; else from the file name. Dates the
 * text merely mentions are not the letter's date. The Kamerstuk number is the dossier line and "Nr." line that
 * open a Kamerstuk ("27 925 Bestrijding internationaal terrorisme / Nr. 415 BRIEF VAN ..."); references to
 * other Kamerstukken are not its number.
 */
public final class HeaderAnnotator implements Annotator {

    /** How far into the text the header may reach, in view chars. */
    private static final int HEAD = 2500;

    private final Map<String, Integer> months = new HashMap<>();
    private final Pattern fullDate;
    private final Pattern dateline;
    private final Pattern dateField;
    private final Pattern dateColumn;
    private final Pattern numericLine;
    private final Pattern stampLine;
    private final Pattern answered;
    private static final Pattern DOSSIER = Pattern.compile(
            "(?m)^(?:kamerstuk\\s*)?(\\d{2}) ?(\\d{3})(?: ([ivxlc]+|[a-z]))?(?:[ ,]|$)");
    private static final Pattern NUMBER = Pattern.compile("(?m)^nr\\.? ?(\\d{1,4})\\b");
    private static final Pattern INLINE = Pattern.compile("\\b(\\d{2}) ?(\\d{3})(?: ([ivxlc]+|[a-z]))? nr\\.? ?(\\d{1,4})\\b");

    public HeaderAnnotator(RuleSet rules) {
        StringBuilder names = new StringBuilder();
        for (Table.Row r : rules.table("months.tsv").rows()) {
            String m = Folding.foldSameLength(r.get("month"));
            months.put(m, Integer.parseInt(r.get("number")));
            names.append(names.isEmpty() ? "" : "|").append(m);
        }
        String date = "(\\d{1,2}) (" + names + ") ((?:19|20)\\d\\d)";
        fullDate = Pattern.compile(date);
        dateline = Pattern.compile("(?m)(?:^|\\n)\\s*(?:den haag|'s-gravenhage|s-gravenhage|'s gravenhage|brussel|"
                + "amsterdam)\\s*,\\s*" + date);
        dateField = Pattern.compile("(?m)^datum\\s*[:|]?\\s*\\n?\\s*(?:\\w+dag )?" + date);
        dateColumn = Pattern.compile("(?m)\\bdatum\\s*$\\n(?:\\s*\\n)?[^\\n]*?" + date + "\\s*$");
        numericLine = Pattern.compile("(?m)^(\\d{2})-(\\d{2})-((?:19|20)\\d\\d)(?:\\s*(?:\\||$))");
        stampLine = Pattern.compile("(?m)^(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) )?"
                + date + ",? \\d{1,2}[.:]\\d{2} uur");
        answered = Pattern.compile("(?m)(?:^beantwoord|\\(ingezonden|^ingezonden)\\s+" + date);
    }

    @Override
    public Layer adds() {
        return Layer.HEADER;
    }

    @Override
    public Set<Layer> requires() {
        return Set.of();
    }

    @Override
    public List<DocumentHeader> annotate(AnnotatedText t) {
        String folded = t.view().folded();
        String head = folded.substring(0, Math.min(folded.length(), HEAD));
        DocumentContext ctx = t.context();

        LocalDate date = null;
        CharSpan dateSpan = null;
        String source = null;
        for (Pattern p : List.of(dateField, dateline, dateColumn, answered, stampLine)) {
            Matcher m = p.matcher(head);
            if (m.find()) {
                int g = m.groupCount() - 2;
                LocalDate d = date(m.group(g), m.group(g + 1), m.group(g + 2));
                if (d != null) {
                    date = d;
                    dateSpan = t.view().toSource(m.start(g), m.end(g + 2));
                    source = "text";
                    break;
                }
            }
        }
        if (date == null) {
            Matcher m = numericLine.matcher(head);
            if (m.find()) {
                try {
                    date = LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(1)));
                    dateSpan = t.view().toSource(m.start(1), m.end(3));
                    source = "text";
                } catch (DateTimeException e) {
                    date = null;
                }
            }
        }
        if (date == null && ctx.metadata().containsKey("date")) {
            try {
                date = LocalDate.parse(ctx.metadata().get("date"));
                source = "metadata";
            } catch (DateTimeException e) {
                date = null;
            }
        }
        if (date == null && ctx.fileNameDate() != null) {
            date = ctx.fileNameDate();
            source = "file name";
        }
        // the day a document file was made is its date only when nothing better says so
        if (date == null && ctx.metadata().containsKey("created")) {
            try {
                date = LocalDate.parse(ctx.metadata().get("created"));
                source = "file created";
            } catch (DateTimeException e) {
                date = null;
            }
        }
        LocalDate anchor = date;
        if (anchor == null && ctx.fileNameYear() != null) {
            anchor = ctx.fileNameMonth() != null ? LocalDate.of(ctx.fileNameYear(), ctx.fileNameMonth(), 15)
                    : LocalDate.of(ctx.fileNameYear(), 7, 1);
        }

        String kamerstuk = null;
        CharSpan kamerstukSpan = null;
        Matcher d = DOSSIER.matcher(head);
        if (d.find() && d.start() < 600) {
            Matcher n = NUMBER.matcher(head);
            if (n.find(d.end()) && n.start() - d.end() < 400) {
                kamerstuk = d.group(1) + d.group(2) + (d.group(3) != null ? "-" + d.group(3).toUpperCase() : "")
                        + "-" + n.group(1);
                kamerstukSpan = t.view().toSource(d.start(1), n.end(1));
            }
        }
        if (kamerstuk == null) {
            // a header table: "Dossier- en ondernummer ... 23432 nr. 75"
            Matcher m = INLINE.matcher(head.substring(0, Math.min(head.length(), 600)));
            if (m.find() && head.substring(Math.max(0, m.start() - 200), m.start()).contains("ondernummer")) {
                kamerstuk = m.group(1) + m.group(2) + (m.group(3) != null ? "-" + m.group(3).toUpperCase() : "")
                        + "-" + m.group(4);
                kamerstukSpan = t.view().toSource(m.start(), m.end());
            }
        }
        if (kamerstuk == null && ctx.metadata().containsKey("kamerstuk")) {
            kamerstuk = ctx.metadata().get("kamerstuk");
        }
        return List.of(new DocumentHeader(date, dateSpan, source, kamerstuk, kamerstukSpan, anchor));
    }

    private LocalDate date(String day, String month, String year) {
        try {
            return LocalDate.of(Integer.parseInt(year), months.get(month), Integer.parseInt(day));
        } catch (DateTimeException | NullPointerException | NumberFormatException e) {
            return null;
        }
    }
}
