package nl.kamerbrief.mandates.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Web pages (HTML and XHTML), such as a Kamerstuk on officielebekendmakingen.nl, by jsoup.
 *
 * <p>Why jsoup and not Tika's HTML parser: Tika's {@code DefaultHtmlMapper} maps the page to "safe" XHTML by dropping
 * the tags it does not know ({@code nav}, {@code header}, {@code footer}, {@code aside}, ...) while keeping their
 * text, and it passes no {@code class}, {@code id} or {@code role} on, so menus, breadcrumbs, cookie banners and
 * search forms end up in the text with nothing left to tell them from the letter (the test
 * {@code HtmlIngestorTest#tikasDefaultMapperKeepsTheNavigation} shows it on the sample page). Cleaning them out
 * needs the whole tree with its attributes: which element holds the main content, and whether a "sidebar" element
 * wraps the letter itself. jsoup gives that tree, with the same lenient parsing browsers use.
 *
 * <p>What is read: scripts, styles, navigation, headers, footers, asides, forms, hidden elements and elements whose
 * role, class or id marks navigation, menus, breadcrumbs, cookie banners, share buttons or skip links are removed
 * (never an element that holds the letter's main content); the main content is {@code <main>}, else
 * {@code <article>}, {@code [role=main]}, {@code #content}/{@code .content}, else the body. Block elements become
 * blocks (paragraphs; headings {@code h1}..{@code h6}, written as Markdown writes them with the tag's level: "##
 * Bijdragen"; list items, definition terms and descriptions, one block per table row with its cells as "cell |
 * cell", text directly in a {@code div}); footnotes ({@code div.voetnoten}, {@code section
 * .footnotes}, ...) go after the body, their markers stay glued to the word as in the text letters ("bijdragen1,").
 * Metadata comes from the {@code <meta>} tags officielebekendmakingen.nl writes: {@code DC.identifier}
 * ("kst-29521-447"), {@code OVERHEIDop.dossiernummer} + {@code OVERHEIDop.ondernummer}, the signing date
 * ({@code OVERHEIDop.datumOndertekening}) before {@code DC.date} and {@code DCTERMS.issued}, and {@code DC.title}.
 */
public final class HtmlIngestor implements Ingestor {

    /** Elements that are never text of the page. */
    private static final String NON_CONTENT = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
            + "video, audio, map, select, option, button, input, textarea, link, meta, head";

    /** Page furniture by element. A {@code header} inside an article is the article's own head and stays. */
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "header", "footer", "aside", "form", "dialog",
            "menu");

    /** ARIA roles of page furniture. */
    private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "banner", "contentinfo", "search", "menu",
            "menubar", "menuitem", "toolbar", "complementary", "dialog", "alertdialog", "tablist");

    /** Words of a class or id (split at '-', '_' and spaces) that mark page furniture. */
    private static final Set<String> FURNITURE_WORDS = Set.of("nav", "navbar", "navigation", "navigatie", "menu",
            "menubar", "mainmenu", "submenu", "breadcrumb", "breadcrumbs", "kruimelpad", "skiplink", "skiplinks",
            "skip", "share", "sharing", "social", "socials", "sidebar", "toolbar", "pagination", "paginering",
            "searchbar", "searchform", "zoekformulier", "zoekbalk", "consent", "gdpr", "offcanvas", "visuallyhidden",
            "popup", "modal", "cookiebar");

    /** Starts of class or id words that mark page furniture ("cookiebanner", "cookieMelding", "shareButtons"). */
    private static final List<String> FURNITURE_PREFIXES = List.of("cookie", "skiplink", "breadcrumb", "share",
            "social", "navbar", "consent");

    /** Class or id pairs like "sr-only", "visually-hidden", "screen-reader-text": text only screen readers see. */
    private static final Pattern SCREEN_READER_ONLY = Pattern.compile(
            "(?i)(^|\\s)(sr-only|visually-hidden|screen-reader-text|screenreader-only|element-invisible|"
                    + "u-visually-hidden|d-none|hidden|is-hidden)(\\s|$)");

    /** An aria-label that names page furniture. */
    private static final Pattern FURNITURE_LABEL = Pattern.compile(
            "(?i).*\\b(cookie\\w*|\\w*navigatie|navigation|breadcrumbs?|kruimelpad|\\w*menu|delen|share)\\b.*");

    /** The text of a skip link: "Direct naar content", "Naar de inhoud", "Skip to main content". */
    private static final Pattern SKIP_LINK = Pattern.compile(
            "(?i)\\s*(skip|spring|ga|direct|meteen|naar)\\b.{0,30}\\b(content|inhoud|navigatie|navigation|zoeken|search|"
                    + "main|hoofd\\w*|menu)\\b.*");

    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)(display\\s*:\\s*none|visibility\\s*:\\s*hidden)");

    /** What holds the main content (Element.select includes the element itself). */
    private static final String MAIN = "main, article, [role=main]";

    /** Elements after which a new block starts; everything else runs inline. */
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "div",
            "section", "article", "main", "header", "footer", "aside", "nav", "blockquote", "pre", "address", "figure",
            "figcaption", "caption", "ul", "ol", "dl", "table", "thead", "tbody", "tfoot", "fieldset", "legend",
            "details", "summary", "center", "hr", "body", "html", "form", "dialog", "menu", "hgroup", "search");

    /** Class names (whole) of a footnote list and of one footnote. */
    private static final Set<String> NOTE_LISTS = Set.of("voetnoten", "footnotes", "endnotes", "noten", "eindnoten");
    private static final Set<String> NOTE_ITEMS = Set.of("voetnoot", "footnote", "endnote", "eindnoot");
    private static final Pattern NOTE_MARK = Pattern.compile("\\[?\\(?(\\d{1,3}[a-z]?|[*\u2020\u2021]{1,3})\\)?\\]?\\.?");
    private static final Pattern TRAILING_DIGITS = Pattern.compile("(\\d{1,3})$");

    private static final Pattern DECLARED_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)|<\\?xml[^>]+encoding\\s*=\\s*[\"']([\\w.:-]+)");

    @Override
    public boolean accepts(String mediaType) {
        return MediaTypes.HTML.equals(mediaType) || MediaTypes.XHTML.equals(mediaType);
    }

    @Override
    public IngestedDocument ingest(SourceInfo source, byte[] content) throws IngestFailure {
        if (content.length == 0) {
            throw new IngestFailure(IngestFailure.Reason.EMPTY, null);
        }
        List<String> warnings = new ArrayList<>();
        Document doc;
        try {
            doc = parse(content, warnings);
        } catch (IOException | UncheckedIOException e) {
            throw new IngestFailure(IngestFailure.Reason.UNREADABLE, e.getMessage(), e);
        }
        Map<String, String> metadata = metadata(doc);
        Element body = doc.body();
        DocumentText out = new DocumentText(0);
        if (body != null) {
            body.select(NON_CONTENT).remove();
            List<Note> notes = takeFootnotes(body);
            removeFurniture(body);
            new Walker((t, level) -> {
                if (level > 0) {
                    out.heading(t, level, 0);
                } else {
                    out.block(t, 0);
                }
            }).walk(mainContent(body));
            for (Note n : notes) {
                out.footnote(n.number(), n.text(), 0);
            }
        }
        if (out.isEmpty()) {
            throw new IngestFailure(IngestFailure.Reason.EMPTY,
                    "no text in the page once scripts, navigation, headers and footers are left out");
        }
        DocumentText.IngestedText built = out.build();
        return new IngestedDocument(source, built.text(), built.pages(), metadata, warnings);
    }

    /** Parses the bytes in their declared charset; undeclared text that is not UTF-8 in the charset it looks like. */
    private static Document parse(byte[] content, List<String> warnings) throws IOException {
        String charset = null;
        int b0 = content[0] & 0xFF;
        int b1 = content.length > 1 ? content[1] & 0xFF : -1;
        int b2 = content.length > 2 ? content[2] & 0xFF : -1;
        boolean bom = b0 == 0xEF && b1 == 0xBB && b2 == 0xBF || b0 == 0xFF && b1 == 0xFE || b0 == 0xFE && b1 == 0xFF;
        String head = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.ISO_8859_1);
        if (!bom && !DECLARED_CHARSET.matcher(head).find()) {
            TextSniff sniff = TextSniff.of(content);
            if (sniff.isText() && sniff.guessed()) {
                charset = sniff.charset().name();
                warnings.add("no charset declared and not UTF-8; decoded as " + charset);
            }
        }
        return Jsoup.parse(new ByteArrayInputStream(content), charset, "");
    }

    // ---- metadata --------------------------------------------------------------------------------------------

    private static Map<String, String> metadata(Document doc) {
        Map<String, String> meta = new HashMap<>();
        for (Element m : doc.select("meta[name], meta[property]")) {
            String key = (m.hasAttr("name") ? m.attr("name") : m.attr("property")).strip().toLowerCase(Locale.ROOT);
            String value = m.attr("content").strip();
            if (!value.isEmpty()) {
                meta.putIfAbsent(key, value);
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        String kamerstuk = kamerstukFromIdentifier(first(meta, "dc.identifier", "dcterms.identifier"));
        String dossier = dossier(first(meta, "overheidop.dossiernummer"));
        if (kamerstuk == null) {
            kamerstuk = kamerstuk(dossier, first(meta, "overheidop.ondernummer"));
        }
        if (kamerstuk == null) {
            Element canonical = doc.selectFirst("link[rel=canonical][href]");
            kamerstuk = canonical == null ? null : kamerstukFromIdentifier(canonical.attr("href"));
        }
        if (kamerstuk != null) {
            out.put(SourceInfo.Keys.KAMERSTUK, kamerstuk);
            dossier = kamerstuk.substring(0, kamerstuk.lastIndexOf('-'));
        }
        if (dossier != null) {
            out.put(SourceInfo.Keys.DOSSIER, dossier);
        }
        // the letter's own date (signed) before the day it was published
        for (String key : List.of("overheidop.datumondertekening", "overheidop.datumbrief", "dc.date", "dcterms.date",
                "dcterms.issued", "dcterms.created", "datum", "date")) {
            String date = isoDate(meta.get(key));
            if (date != null) {
                out.put(SourceInfo.Keys.DATE, date);
                break;
            }
        }
        String title = first(meta, "dc.title", "dcterms.title", "overheidop.documenttitel", "og:title");
        if (title == null && !doc.title().isBlank()) {
            title = doc.title();
        }
        if (title != null) {
            out.put(SourceInfo.Keys.TITLE, DocumentText.squeeze(title));
        }
        return out;
    }

    private static String first(Map<String, String> meta, String... keys) {
        for (String k : keys) {
            String v = meta.get(k);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static final Pattern KST_ID = Pattern.compile(
            "(?i)(?<![a-z0-9])kst-(\\d{4,6})(?:-([ivxlc]{1,6}|[a-z]{1,2}|\\d{2}))?-(\\d{1,4})(?!\\d)");
    private static final Pattern DOSSIER = Pattern.compile(
            "(?i)(\\d{1,3}(?:[ \u00A0]?\\d{3})?)(?:[ \u00A0]*-[ \u00A0]*(\\d{2})|[ \u00A0-]*([ivxlc]{1,6}|[a-z]))?");
    private static final Pattern NUMBER = Pattern.compile("(?i)(?:nr\\.?\\s*)?(\\d{1,4})");

    /** "kst-29521-447" (in an identifier or URL) as "29521-447"; "kst-35925-V-84" as "35925-V-84"; else null. */
    static String kamerstukFromIdentifier(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = KST_ID.matcher(s);
        if (!m.find()) {
            return null;
        }
        return m.group(1) + (m.group(2) != null ? "-" + m.group(2).toUpperCase(Locale.ROOT) : "") + "-" + m.group(3);
    }

    /** A dossier number as written ("29 521", "29521", "35 925 V", "27925;29521") as "29521" or "35925-V". */
    static String dossier(String s) {
        if (s == null) {
            return null;
        }
        String first = s.split("[;,|/+]")[0].strip();
        Matcher m = DOSSIER.matcher(first);
        if (!m.matches()) {
            return null;
        }
        String suffix = m.group(2) != null ? m.group(2) : m.group(3);
        return m.group(1).replaceAll("[ \u00A0]", "") + (suffix != null ? "-" + suffix.toUpperCase(Locale.ROOT) : "");
    }

    /** The Kamerstuk key "dossier-number" from a dossier number as written and an ondernummer, or null. */
    static String kamerstuk(String dossier, String number) {
        String d = dossier == null ? null : dossier(dossier);
        if (d == null || number == null) {
            return null;
        }
        Matcher n = NUMBER.matcher(number.strip());
        return n.matches() ? d + "-" + n.group(1) : null;
    }

    /** A date as ISO yyyy-mm-dd from "2022-06-17", "2022-06-17T10:00:00Z" or "17-06-2022"; else null. */
    static String isoDate(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        Matcher iso = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?:$|[T ])").matcher(t);
        Matcher dutch = Pattern.compile("^(\\d{1,2})-(\\d{1,2})-(\\d{4})$").matcher(t);
        try {
            if (iso.find()) {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))).toString();
            }
            if (dutch.find()) {
                return LocalDate.of(Integer.parseInt(dutch.group(3)), Integer.parseInt(dutch.group(2)),
                        Integer.parseInt(dutch.group(1))).toString();
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    // ---- cleaning --------------------------------------------------------------------------------------------

    /** Removes page furniture from the body, but never an element that holds the page's main content. */
    private static void removeFurniture(Element body) {
        int total = Math.max(1, body.text().length());
        List<Element> doomed = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body || !isFurniture(e)) {
                continue;
            }
            // the main content, or a wrapper of the whole page that happens to carry a "sidebar" or "nav" class
            if (!e.select(MAIN).isEmpty()) {
                continue;
            }
            // a class, id or role is a guess, and so is a form (some sites wrap the whole page in one): a guess never
            // takes more than half the page's text; nav, header, footer and aside elements are what they say
            boolean byTag = FURNITURE_TAGS.contains(e.normalName()) && !e.normalName().equals("form");
            if (byTag || e.text().length() * 2 <= total) {
                doomed.add(e);
            }
        }
        for (Element e : doomed) {
            e.remove();
        }
    }

    private static boolean isFurniture(Element e) {
        String tag = e.normalName();
        if (FURNITURE_TAGS.contains(tag)) {
            // the head of an article (title, date) is part of it
            return !(tag.equals("header") && e.parents().stream().anyMatch(p -> p.is(MAIN)));
        }
        if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))
                || HIDDEN_STYLE.matcher(e.attr("style")).find()) {
            return true;
        }
        String role = e.attr("role").strip().toLowerCase(Locale.ROOT);
        if (FURNITURE_ROLES.contains(role)) {
            return true;
        }
        String names = e.className() + " " + e.id();
        if (SCREEN_READER_ONLY.matcher(names).find() || hasFurnitureWord(names)) {
            return true;
        }
        if (!tag.equals("a") && FURNITURE_LABEL.matcher(e.attr("aria-label")).matches()) {
            return true;
        }
        return tag.equals("a") && e.attr("href").startsWith("#") && SKIP_LINK.matcher(e.text()).matches();
    }

    private static boolean hasFurnitureWord(String names) {
        for (String word : names.toLowerCase(Locale.ROOT).split("[\\s_-]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (FURNITURE_WORDS.contains(word)) {
                return true;
            }
            for (String p : FURNITURE_PREFIXES) {
                if (word.startsWith(p)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The element that holds the letter: main, article, [role=main], #content or .content; else the body. */
    private static Element mainContent(Element body) {
        int total = body.text().length();
        for (String selector : List.of("main", "article", "[role=main]", "#content, #main-content, #maincontent, "
                + "#main, #broodtekst", ".content, .main-content")) {
            Element best = null;
            for (Element e : body.select(selector)) {
                if (best == null || e.text().length() > best.text().length()) {
                    best = e;
                }
            }
            // a main element that holds almost nothing while the page has a lot is not the letter
            if (best != null && best.text().length() * 10 >= total) {
                return best;
            }
        }
        return body;
    }

    // ---- footnotes -------------------------------------------------------------------------------------------

    private record Note(String number, String text) {
    }

    /** Takes footnote lists and footnotes out of the tree, in document order. */
    private static List<Note> takeFootnotes(Element body) {
        List<Note> notes = new ArrayList<>();
        List<Element> taken = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (taken.stream().anyMatch(t -> e.parents().contains(t))) {
                continue;
            }
            boolean list = hasClass(e, NOTE_LISTS) || e.attr("role").equals("doc-endnotes");
            boolean item = isNoteItem(e);
            if (!list && !item) {
                continue;
            }
            if (item) {
                notes.add(note(e, notes.size() + 1));
            } else {
                List<Element> items = new ArrayList<>();
                for (Element d : e.getAllElements()) {
                    if (d != e && isNoteItem(d) && items.stream().noneMatch(i -> d.parents().contains(i))) {
                        items.add(d);
                    }
                }
                if (items.isEmpty()) {
                    items.addAll(e.select("li"));
                }
                if (items.isEmpty()) {
                    items.addAll(e.select("p"));
                }
                for (Element i : items) {
                    notes.add(note(i, notes.size() + 1));
                }
            }
            taken.add(e);
        }
        for (Element e : taken) {
            e.remove();
        }
        return notes;
    }

    private static boolean isNoteItem(Element e) {
        String tag = e.normalName();
        if (tag.equals("a") || tag.equals("sup") || tag.equals("span")) {
            return false; // a marker in the running text
        }
        return hasClass(e, NOTE_ITEMS) || e.attr("role").equals("doc-footnote") || e.attr("role").equals("doc-endnote");
    }

    private static boolean hasClass(Element e, Set<String> names) {
        for (String c : e.classNames()) {
            if (names.contains(c.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** A footnote: its number (a leading marker, else the id's digits, else its place) and its text. */
    private static Note note(Element item, int place) {
        Element copy = item.clone();
        // back links of generated footnotes ("↩")
        copy.select("a[href^='#fnref'], a.footnote-back, a.footnote-backref").remove();
        String number = null;
        Element first = firstTextElement(copy);
        if (first != null && first.is("sup, a, span, strong, b") && NOTE_MARK.matcher(first.text().strip()).matches()) {
            number = first.text().strip().replaceAll("[\\[\\]().]", "");
            first.remove();
        }
        if (number == null) {
            Matcher m = TRAILING_DIGITS.matcher(item.id());
            if (m.find()) {
                number = m.group(1);
            } else if (item.normalName().equals("li") && item.parent() != null && item.parent().is("ol")) {
                int start = 1;
                try {
                    start = Integer.parseInt(item.parent().attr("start").strip());
                } catch (NumberFormatException e) {
                    start = 1;
                }
                number = Integer.toString(start + item.elementSiblingIndex());
            } else {
                number = Integer.toString(place);
            }
        }
        List<String> parts = new ArrayList<>();
        new Walker((t, level) -> parts.add(t)).walk(copy);
        String text = String.join(" ", parts).replace("\u21A9\uFE0E", "").replace("\u21A9", "").strip();
        return new Note(number, text);
    }

    /** The innermost element that holds the first non-blank text of {@code e}. */
    private static Element firstTextElement(Element e) {
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                if (!t.isBlank()) {
                    return null;
                }
            } else if (n instanceof Element c) {
                if (c.text().isBlank()) {
                    continue;
                }
                if (c.is("sup, a, span, strong, b")) {
                    return c.children().isEmpty() || !c.ownText().isBlank() ? c : deepestMarker(c);
                }
                return firstTextElement(c);
            }
        }
        return null;
    }

    private static Element deepestMarker(Element c) {
        Element inner = firstTextElement(c);
        return inner != null && NOTE_MARK.matcher(inner.text().strip()).matches() ? c : inner;
    }

    // ---- blocks ----------------------------------------------------------------------------------------------

    /** Takes the blocks of a walk: the text, and the level of a heading ({@code h1}..{@code h6}) or 0. */
    @FunctionalInterface
    private interface BlockSink {
        void accept(String text, int level);
    }

    /**
     * Walks a tree and writes one block per block element, table rows as "cell | cell"; a heading {@code h1} ..
     * {@code h6} is a block with its level, as the page has it (an {@code h2} is level 2 also where the page has no
     * {@code h1}), so that sections read as those of a Markdown letter.
     */
    private static final class Walker {
        private final BlockSink sink;
        private final StringBuilder buf = new StringBuilder();
        /** The level of the heading being walked, 0 outside headings. */
        private int level;

        /** @param sink takes each block, whitespace squeezed and never empty, with its heading level or 0 */
        Walker(BlockSink sink) {
            this.sink = sink;
        }

        void walk(Element root) {
            node(root);
            flush();
        }

        private void node(Node n) {
            if (n instanceof TextNode t) {
                buf.append(t.getWholeText());
                return;
            }
            if (!(n instanceof Element e)) {
                return;
            }
            String tag = e.normalName();
            switch (tag) {
                case "br" -> {
                    buf.append('\n');
                    return;
                }
                case "img" -> {
                    return;
                }
                case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                    flush();
                    int outer = level;
                    level = tag.charAt(1) - '0';
                    for (Node c : e.childNodes()) {
                        node(c);
                    }
                    flush();
                    level = outer;
                    return;
                }
                case "tr" -> {
                    flush();
                    row(e);
                    return;
                }
                default -> {
                }
            }
            boolean block = BLOCKS.contains(tag) || tag.equals("td") || tag.equals("th");
            if (block) {
                flush();
            }
            for (Node c : e.childNodes()) {
                node(c);
            }
            if (block) {
                flush();
            }
        }

        /** A row of data as "cell | cell"; a layout row (a cell with headings, tables or long text) as blocks. */
        private void row(Element tr) {
            List<Element> cells = new ArrayList<>();
            for (Element c : tr.children()) {
                if (c.is("td, th")) {
                    cells.add(c);
                }
            }
            boolean layout = tr.text().length() > 1000
                    || cells.stream().anyMatch(c -> !c.select("table, h1, h2, h3, h4, h5, h6").isEmpty());
            if (layout) {
                for (Element c : cells) {
                    node(c);
                }
                flush();
                return;
            }
            List<String> texts = new ArrayList<>();
            for (Element c : cells) {
                List<String> parts = new ArrayList<>();
                new Walker((t, l) -> parts.add(t)).walk(c);
                String t = String.join(" ", parts).strip();
                if (!t.isEmpty()) {
                    texts.add(t);
                }
            }
            emit(String.join(" | ", texts));
        }

        private void flush() {
            if (buf.length() > 0) {
                emit(buf.toString());
                buf.setLength(0);
            }
        }

        private void emit(String text) {
            String t = DocumentText.squeeze(text);
            if (!t.isEmpty()) {
                sink.accept(t, level);
            }
        }
    }
}
