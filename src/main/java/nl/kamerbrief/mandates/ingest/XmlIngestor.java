package nl.kamerbrief.mandates.ingest;

import java.io.ByteArrayInputStream;
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
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jsoup.nodes.Entities;

/**
 * Kamerstuk XML of officielebekendmakingen.nl ({@code officiele-publicatie}, the OP schema), read with the JDK's own
 * StAX parser set up XXE-safe: no DTD is read and no entity is expanded. A reference to an entity the document
 * declares itself (as an XXE attack does) is dropped; one it does not declare stands for the HTML character of that
 * name ({@code &nbsp;}, {@code &ndash;}) or is dropped. Nothing is fetched over the network or from disk.
 *
 * <p>The text is what the letter says: everything but {@code metadata}, the {@code kamerstukkop} (Kamer and
 * vergaderjaar lines) and the {@code dossier} (number and title), which are the publication's metadata. Block
 * elements become blocks: {@code al} (paragraph), {@code tussenkop}, {@code kop} (its {@code nr} and {@code titel}
 * as one line), {@code titel}, {@code li} (its {@code li.nr} in front), {@code tekstregel}, {@code stuknr},
 * {@code ondertekening} (function and name on one line, as the text letters have them) and table rows
 * ({@code row}) as "cell | cell". Footnotes ({@code noot} with {@code noot.nr} and {@code noot.al}) go after the
 * body; their number stays glued to the word in the body, as in the text letters. Processing instructions
 * ({@code <?xpp ...?>}, which published files put even inside words) are ignored. Headings are written as Markdown
 * writes them, with their level: the {@code titel} of the {@code stuk} is 1 ("# BRIEF VAN DE MINISTERS ..."), the
 * {@code kop} of a {@code divisie}, {@code hoofdstuk} or {@code paragraaf} 2, or deeper as these nest ("## 1.
 * Oostflank"), a {@code tussenkop} one deeper than the {@code kop} of its part (2 in a text without parts).
 *
 * <p>Metadata: Kamerstuk = dossier + ondernummer (from the {@code meta} tags, {@code DC.identifier}, or the
 * {@code dossiernr} and {@code ondernummer} elements); date = {@code OVERHEIDop.datumBrief} or
 * {@code datumOndertekening}, else a {@code datum isodatum}, else {@code DC.date} / {@code DCTERMS.issued}; title =
 * {@code DC.title}, else {@code OVERHEIDop.documenttitel}, else the {@code stuk}'s {@code titel}. A file with a
 * dossier but no ondernummer (the test sample) gets a dossier and no Kamerstuk number.
 *
 * <p>XML that is not an official publication (no {@code officiele-publicatie} root and no {@code al} paragraph: a
 * feed, an SRU response, a metadata record) fails as {@link IngestFailure.Reason#WRONG_FORMAT}: reading the text of
 * arbitrary elements would turn data into a "letter" that silently yields nothing, where a failure tells the user
 * what the file is. XHTML that arrives as XML goes to {@link HtmlIngestor}.
 */
public final class XmlIngestor implements Ingestor {

    /** Not the letter's text: the publication's metadata, or layout without words. */
    private static final Set<String> SKIP = Set.of("metadata", "kamerstukkop", "dossier", "colspec", "spanspec",
            "illustratie", "plaatje", "meta");

    /** One block each, whole; nested elements run inline. */
    private static final Set<String> ATOMIC = Set.of("al", "tussenkop", "titel", "tekstregel", "stuknr",
            "ondertekening", "kamervraagomschrijving", "kamervraagonderwerp", "kamervraagnummer", "dagtekening",
            "slotformulering", "p", "para");

    /** Inside a block: parts that are separated by a space even when the file writes them together. */
    private static final Set<String> SEPARATE = Set.of("functie", "naam", "nr", "li.nr", "plaats", "datum", "br",
            "entry");

    /** Numbers that go in front of the block that follows ("1." before a list item, "3.1" before a heading). */
    private static final Set<String> PREFIX = Set.of("li.nr", "nr");

    /** Parts of a text that nest and carry a {@code kop}: each one deeper makes its headings a level deeper. */
    private static final Set<String> SECTIONS = Set.of("divisie", "deel", "boek", "titeldeel", "hoofdstuk", "afdeling",
            "paragraaf", "subparagraaf", "subsubparagraaf");

    /** The elements that mark an official publication. */
    private static final Set<String> OP_ROOTS = Set.of("officiele-publicatie", "kamerstuk", "kamervragen",
            "aanhangsel", "handelingen", "bijlage", "stcrt", "staatscourant", "agenda");

    /** A new factory per document: a factory is not guaranteed to be thread-safe, and it is cheap to make. */
    private static XMLInputFactory secureFactory() {
        // the JDK's own implementation, whatever else is on the class path
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_VALIDATING, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
        return f;
    }

    @Override
    public boolean accepts(String mediaType) {
        return MediaTypes.XML.equals(mediaType);
    }

    @Override
    public IngestedDocument ingest(SourceInfo source, byte[] content) throws IngestFailure {
        if (content.length == 0) {
            throw new IngestFailure(IngestFailure.Reason.EMPTY, null);
        }
        Reader reader = new Reader();
        Set<String> declared = new HashSet<>();
        XMLStreamReader r = null;
        try {
            r = secureFactory().createXMLStreamReader(new ByteArrayInputStream(content));
            while (r.hasNext()) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (reader.depth() == 0 && r.getLocalName().equalsIgnoreCase("html")) {
                            return new HtmlIngestor().ingest(source, content);
                        }
                        reader.start(r);
                    }
                    case XMLStreamConstants.END_ELEMENT -> reader.end();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                            reader.text(r.getText());
                    case XMLStreamConstants.ENTITY_REFERENCE -> {
                        String name = r.getLocalName();
                        reader.text(declared.contains(name) ? "" : htmlEntity(name));
                    }
                    case XMLStreamConstants.DTD -> declared.addAll(declaredEntities(r.getText()));
                    default -> {
                        // processing instructions (<?xpp ...?>) and comments: not text
                    }
                }
            }
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber() + ")";
            throw new IngestFailure(IngestFailure.Reason.DAMAGED, "not well-formed XML" + where + ": "
                    + firstLine(e.getMessage()), e);
        } catch (RuntimeException e) {
            throw new IngestFailure(IngestFailure.Reason.DAMAGED, "unreadable XML: " + e.getMessage(), e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing held open: the bytes are in memory
                }
            }
        }
        if (!reader.isOfficialPublication()) {
            throw new IngestFailure(IngestFailure.Reason.WRONG_FORMAT, "XML with root <" + reader.root()
                    + "> is not an officielebekendmakingen publication (no officiele-publicatie, no al paragraphs)");
        }
        DocumentText out = reader.text();
        if (out.isEmpty()) {
            throw new IngestFailure(IngestFailure.Reason.EMPTY, "the publication has no text");
        }
        DocumentText.IngestedText built = out.build();
        return new IngestedDocument(source, built.text(), built.pages(), reader.metadata(), List.of());
    }

    private static final Pattern ENTITY_DECLARATION = Pattern.compile("<!ENTITY\\s+(?:%\\s+)?([^\\s\"'>]+)");

    /** The entities a DOCTYPE declares itself; their references are dropped, never expanded. */
    private static Set<String> declaredEntities(String doctype) {
        Set<String> names = new HashSet<>();
        if (doctype != null) {
            Matcher m = ENTITY_DECLARATION.matcher(doctype);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** The character an undeclared entity names when it is an HTML one, else nothing (never a file's content). */
    private static String htmlEntity(String name) {
        if (name == null || !Entities.isNamedEntity(name)) {
            return "";
        }
        return Entities.getByName(name);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        String[] lines = s.strip().split("\\R");
        return lines[lines.length - 1].replaceFirst("^Message: ", "");
    }

    /** The state of one pass over the events. */
    private static final class Reader {
        private final DocumentText out = new DocumentText(0);
        private final Deque<String> stack = new ArrayDeque<>();
        private final StringBuilder buf = new StringBuilder();
        private String root;
        private boolean sawParagraph;

        private int skipDepth;
        private int atomicDepth;
        /** The heading level of the atomic element being read, 0 when it is no heading. */
        private int headingLevel;
        private int prefixDepth;
        private final StringBuilder prefixBuf = new StringBuilder();
        private String prefix;

        private int rowDepth;
        private List<String> cells;
        private StringBuilder cell;

        private int noteDepth;
        private boolean inNoteNr;
        private StringBuilder noteNr;
        private StringBuilder noteText;

        /** Text of the elements metadata is read from, while they are open; per open element whether it is one. */
        private final Deque<StringBuilder> captures = new ArrayDeque<>();
        private final Deque<String> captureKeys = new ArrayDeque<>();
        private final Deque<Boolean> captured = new ArrayDeque<>();
        private final Map<String, String> found = new HashMap<>();
        private final Map<String, String> meta = new HashMap<>();
        private String isoDate;

        int depth() {
            return stack.size();
        }

        String root() {
            return root;
        }

        boolean isOfficialPublication() {
            return root != null && (OP_ROOTS.contains(root) || sawParagraph);
        }

        void start(XMLStreamReader r) {
            String name = r.getLocalName().toLowerCase(Locale.ROOT);
            String parent = stack.peek();
            if (root == null) {
                root = name;
            }
            stack.push(name);
            if (name.equals("al")) {
                sawParagraph = true;
            }
            readMetadata(r, name, parent);

            if (skipDepth > 0) {
                skipDepth++;
                return;
            }
            if (SKIP.contains(name)) {
                cut();
                skipDepth = 1;
                return;
            }
            if (noteDepth > 0) {
                noteDepth++;
                if (name.equals("noot.nr")) {
                    inNoteNr = true;
                } else {
                    noteText.append(' ');
                }
                return;
            }
            if (name.equals("noot")) {
                noteDepth = 1;
                noteNr = new StringBuilder();
                noteText = new StringBuilder();
                return;
            }
            if (rowDepth > 0) {
                rowDepth++;
                if (name.equals("entry")) {
                    endCell();
                    cell = new StringBuilder();
                } else {
                    target().append(' ');
                }
                return;
            }
            if (name.equals("row")) {
                cut();
                rowDepth = 1;
                cells = new ArrayList<>();
                return;
            }
            if (prefixDepth > 0) {
                prefixDepth++;
                return;
            }
            if (atomicDepth > 0) {
                atomicDepth++;
                if (SEPARATE.contains(name)) {
                    buf.append(' ');
                }
                return;
            }
            if (PREFIX.contains(name)) {
                cut();
                prefixDepth = 1;
                prefixBuf.setLength(0);
                return;
            }
            if (ATOMIC.contains(name)) {
                cut();
                atomicDepth = 1;
                headingLevel = headingLevel(name, parent);
                return;
            }
            if (!isInline(name)) {
                cut();
            }
        }

        void end() {
            String name = stack.pop();
            endMetadata();
            if (skipDepth > 0) {
                skipDepth--;
                return;
            }
            if (noteDepth > 0) {
                if (name.equals("noot.nr")) {
                    inNoteNr = false;
                }
                if (--noteDepth == 0) {
                    String nr = DocumentText.squeeze(noteNr.toString());
                    out.footnote(nr, noteText.toString(), 0);
                    // the marker stays where the note was, glued to the word before it
                    target().append(nr);
                    noteNr = null;
                    noteText = null;
                }
                return;
            }
            if (rowDepth > 0) {
                if (--rowDepth == 0) {
                    endCell();
                    out.block(String.join(" | ", cells), 0);
                    cells = null;
                } else if (name.equals("entry")) {
                    endCell();
                } else {
                    target().append(' ');
                }
                return;
            }
            if (prefixDepth > 0) {
                if (--prefixDepth == 0) {
                    String p = DocumentText.squeeze(prefixBuf.toString());
                    prefix = p.isEmpty() ? prefix : (prefix == null ? p : prefix + " " + p);
                }
                return;
            }
            if (atomicDepth > 0) {
                if (--atomicDepth == 0) {
                    cut();
                    headingLevel = 0;
                } else if (SEPARATE.contains(name)) {
                    buf.append(' ');
                }
                return;
            }
            if (!isInline(name)) {
                cut();
            }
        }

        void text(String s) {
            if (s == null || s.isEmpty()) {
                return;
            }
            for (StringBuilder c : captures) {
                c.append(s);
            }
            if (skipDepth > 0) {
                return;
            }
            if (noteDepth > 0) {
                (inNoteNr ? noteNr : noteText).append(s);
            } else if (prefixDepth > 0) {
                prefixBuf.append(s);
            } else {
                target().append(s);
            }
        }

        private StringBuilder target() {
            if (rowDepth > 0) {
                if (cell == null) {
                    cell = new StringBuilder();
                }
                return cell;
            }
            return buf;
        }

        private void endCell() {
            if (cell != null) {
                String t = DocumentText.squeeze(cell.toString());
                if (!t.isEmpty()) {
                    cells.add(t);
                }
                cell = null;
            }
        }

        /** Ends the current block: its text, behind a pending number, goes to the body. */
        private void cut() {
            String t = DocumentText.squeeze(buf.toString());
            buf.setLength(0);
            if (t.isEmpty()) {
                return;
            }
            if (prefix != null) {
                t = prefix + " " + t;
                prefix = null;
            }
            if (headingLevel > 0) {
                out.heading(t, headingLevel, 0);
            } else {
                out.block(t, 0);
            }
        }

        /**
         * The level of a heading element, 0 for other elements: the {@code titel} of the {@code stuk} (the
         * document's title) is 1; the {@code titel} of a {@code kop} is 1 deeper than the parts it heads are nested
         * ({@code divisie}, {@code hoofdstuk}, {@code paragraaf}, ...: 2 for a part at the top); a {@code tussenkop}
         * is 1 deeper than the {@code kop} of the part it stands in (2 in a text without parts).
         */
        private int headingLevel(String name, String parent) {
            int depth = 0;
            for (String open : stack) {
                depth += SECTIONS.contains(open) ? 1 : 0;
            }
            return switch (name) {
                case "titel" -> "stuk".equals(parent) ? 1 : "kop".equals(parent) ? Math.max(2, depth + 1) : 0;
                case "tussenkop" -> depth + 2;
                default -> 0;
            };
        }

        DocumentText text() {
            cut();
            return out;
        }

        /** Elements that run inside a paragraph: emphasis, references, names, numbers. */
        private static boolean isInline(String name) {
            return switch (name) {
                case "nadruk", "extref", "intref", "sup", "inf", "sub", "ondernummer", "voornaam", "achternaam",
                        "tussenvoegsel", "afkorting", "redactie", "naam", "functie", "a", "b", "i", "u", "em",
                        "strong", "span", "vet", "cursief", "onderstreept", "datum", "plaats", "br" -> true;
                default -> false;
            };
        }

        // ---- metadata ----------------------------------------------------------------------------------------

        private void readMetadata(XMLStreamReader r, String name, String parent) {
            if (name.equals("meta")) {
                String key = attribute(r, "name");
                String value = attribute(r, "content");
                if (key != null && value != null && !value.isBlank()) {
                    meta.putIfAbsent(key.strip().toLowerCase(Locale.ROOT), value.strip());
                }
            }
            if (name.equals("datum") && isoDate == null) {
                isoDate = HtmlIngestor.isoDate(attribute(r, "isodatum"));
            }
            String key = switch (name) {
                case "dossiernr" -> "dossiernr";
                case "ondernummer" -> "ondernummer";
                case "titel" -> "stuk".equals(parent) ? "stuktitel" : null;
                default -> null;
            };
            captured.push(key != null);
            if (key != null) {
                captureKeys.push(key);
                captures.push(new StringBuilder());
            }
        }

        private void endMetadata() {
            if (captured.pop()) {
                String key = captureKeys.pop();
                String t = DocumentText.squeeze(captures.pop().toString());
                if (!t.isEmpty()) {
                    found.putIfAbsent(key, t);
                }
            }
        }

        private static String attribute(XMLStreamReader r, String local) {
            for (int i = 0; i < r.getAttributeCount(); i++) {
                if (r.getAttributeLocalName(i).equalsIgnoreCase(local)) {
                    return r.getAttributeValue(i);
                }
            }
            return null;
        }

        Map<String, String> metadata() {
            Map<String, String> out = new LinkedHashMap<>();
            String kamerstuk = HtmlIngestor.kamerstukFromIdentifier(meta.get("dc.identifier"));
            if (kamerstuk == null) {
                kamerstuk = HtmlIngestor.kamerstukFromIdentifier(meta.get("dcterms.identifier"));
            }
            String dossier = HtmlIngestor.dossier(meta.getOrDefault("overheidop.dossiernummer", found.get("dossiernr")));
            String number = meta.getOrDefault("overheidop.ondernummer", found.get("ondernummer"));
            if (kamerstuk == null && dossier != null && number != null) {
                kamerstuk = HtmlIngestor.kamerstuk(dossier, number);
            }
            if (kamerstuk != null) {
                out.put(SourceInfo.Keys.KAMERSTUK, kamerstuk);
                dossier = kamerstuk.substring(0, kamerstuk.lastIndexOf('-'));
            }
            if (dossier != null) {
                out.put(SourceInfo.Keys.DOSSIER, dossier);
            }
            String date = null;
            for (String k : List.of("overheidop.datumbrief", "overheidop.datumondertekening")) {
                date = date != null ? date : HtmlIngestor.isoDate(meta.get(k));
            }
            date = date != null ? date : isoDate;
            for (String k : List.of("dc.date", "dcterms.date", "dcterms.issued", "overheidop.datumpublicatie")) {
                date = date != null ? date : HtmlIngestor.isoDate(meta.get(k));
            }
            if (date != null) {
                out.put(SourceInfo.Keys.DATE, date);
            }
            String title = null;
            for (String k : List.of("dc.title", "dcterms.title", "overheidop.documenttitel")) {
                String v = meta.get(k);
                title = title != null ? title : (v == null || v.isBlank() ? null : v);
            }
            title = title != null ? title : found.get("stuktitel");
            if (title != null) {
                out.put(SourceInfo.Keys.TITLE, DocumentText.squeeze(title));
            }
            return out;
        }
    }
}
