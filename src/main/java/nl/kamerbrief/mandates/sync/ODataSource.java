package nl.kamerbrief.mandates.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Tweede Kamer's OData v4 API (gegevensmagazijn): the entity {@code Document} filtered on
 * {@code Soort eq 'Brief regering'}, the dossier and {@code ApiGewijzigdOp} (when a document became visible in the
 * API, so one that appears late is still found), with its dossiers expanded; pages followed through
 * {@code @odata.nextLink} as given, never {@code $top} (which stops the paging). Files come from the document's
 * resource. Reading is lenient: unknown fields are ignored, a missing optional field is null.
 */
public final class ODataSource implements DocumentSource {

    private static final Logger LOG = LoggerFactory.getLogger(ODataSource.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    public static final String DEFAULT_BASE = "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/";
    public static final String NAME = "odata";
    static final String SOORT = "Brief regering";
    static final String ACCEPT = "application/json;odata.metadata=full";
    private static final String RESOURCE = "#TK.DA.GGM.OData.Resource";
    private static final int MAX_PAGES = 100_000;
    private static final Pattern KST = Pattern.compile("kst-(\\d+)(?:-([A-Za-z0-9]+))?-(\\d+)",
            Pattern.CASE_INSENSITIVE);

    /** Document properties named in the documentation and public clients; others are reported by the probe. */
    static final Set<String> KNOWN = Set.of("Id", "Soort", "DocumentNummer", "Titel", "Onderwerp", "Datum",
            "Volgnummer", "Vergaderjaar", "Kamer", "Citeertitel", "Alias", "DatumRegistratie", "DatumOntvangst",
            "Aanhangselnummer", "KenmerkAfzender", "Organisatie", "ContentType", "ContentLength",
            "HuidigeDocumentVersie_Id", "GewijzigdOp", "ApiGewijzigdOp", "Verwijderd", "Kamerstukdossier",
            "ExterneIdentifier");
    /** The properties this client reads; the probe reports those a live row lacks. */
    static final List<String> READ = List.of("Id", "Soort", "Datum", "Volgnummer", "Onderwerp", "ContentType",
            "ApiGewijzigdOp", "Verwijderd", "Kamerstukdossier");

    private final URI base;
    private final HttpFetcher http;

    public ODataSource(URI base, HttpFetcher http) {
        String b = base.toString();
        this.base = URI.create(b.endsWith("/") ? b : b + "/");
        this.http = http;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<FoundDocument> list(String dossier, Instant visibleFrom, LocalDate datedFrom) throws FetchException {
        Dossier d = Dossier.parse(dossier);
        URI next = listUri(d, visibleFrom, datedFrom);
        Map<String, FoundDocument> found = new LinkedHashMap<>();
        Set<URI> seen = new java.util.HashSet<>();
        int skipped = 0;
        for (int page = 1; next != null; page++) {
            if (!seen.add(next) || page > MAX_PAGES) {
                throw new FetchException("the OData paging of dossier " + d + " goes round in circles at " + next,
                        true);
            }
            Page p = page(next);
            for (JsonNode row : p.rows()) {
                FoundDocument doc = document(row, d);
                if (doc == null) {
                    skipped++;
                } else {
                    found.put(doc.guid(), doc);
                }
            }
            next = p.nextLink() == null ? null : next.resolve(p.nextLink());
        }
        if (skipped > 0) {
            LOG.debug("odata {}: {} rows without an Id or of another kind left out", d, skipped);
        }
        return new ArrayList<>(found.values());
    }

    /** The first page's URI: the filter, the dossiers expanded, oldest visibility first, full metadata. */
    URI listUri(Dossier d, Instant visibleFrom, LocalDate datedFrom) {
        StringBuilder filter = new StringBuilder("Soort eq '").append(SOORT).append("'");
        filter.append(" and Kamerstukdossier/any(d: d/Nummer eq ").append(d.number());
        if (d.suffix() != null) {
            filter.append(" and d/Toevoeging eq '").append(d.suffix()).append("'");
        }
        filter.append(")");
        if (visibleFrom != null) {
            filter.append(" and ApiGewijzigdOp ge ").append(visibleFrom.truncatedTo(ChronoUnit.SECONDS));
        }
        if (datedFrom != null) {
            filter.append(" and Datum ge ").append(datedFrom.atStartOfDay(Times.DUTCH).toInstant());
        }
        return base.resolve("Document?$filter=" + encode(filter.toString()) + "&$expand=Kamerstukdossier"
                + "&$orderby=" + encode("ApiGewijzigdOp,Id") + "&$format=" + encode(ACCEPT));
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** One page: its rows and the link to the next, or null at the last. */
    record Page(List<JsonNode> rows, String nextLink, JsonNode root) {
    }

    private Page page(URI uri) throws FetchException {
        AtomicReference<Page> parsed = new AtomicReference<>();
        http.get(uri, "application/json", f -> parsed.set(parse(f.body())));
        return parsed.get();
    }

    /** Reads a page; a body that is no OData page is retryable (a glitch), an OData error is not. */
    static Page parse(byte[] body) throws Fetched.BadContent {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new Fetched.BadContent("malformed OData page: " + e.getOriginalMessage(), true);
        } catch (IOException e) {
            throw new Fetched.BadContent("unreadable OData page: " + e.getMessage(), true);
        }
        if (root == null || !root.isObject()) {
            throw new Fetched.BadContent("malformed OData page: not a JSON object", true);
        }
        if (root.has("error")) {
            JsonNode e = root.get("error");
            throw new Fetched.BadContent("the OData service answers with an error: "
                    + e.path("code").asText("") + " " + e.path("message").asText(e.toString()), false);
        }
        JsonNode value = root.get("value");
        if (value == null || !value.isArray()) {
            throw new Fetched.BadContent("malformed OData page: no 'value' list", true);
        }
        List<JsonNode> rows = new ArrayList<>();
        value.forEach(rows::add);
        JsonNode next = root.get("@odata.nextLink");
        String link = next != null && next.isTextual() && !next.asText().isBlank() ? next.asText() : null;
        return new Page(rows, link, root);
    }

    /** A row as a found document, or null when it has no Id or is of another kind than a government letter. */
    FoundDocument document(JsonNode row, Dossier queried) {
        String id = text(row, "Id");
        if (id == null) {
            return null;
        }
        boolean deleted = row.path("Verwijderd").asBoolean(false);
        String soort = text(row, "Soort");
        if (!deleted && soort != null && !soort.equalsIgnoreCase(SOORT)) {
            return null;
        }
        Instant visible = Times.instant(text(row, "ApiGewijzigdOp"));
        if (visible == null) {
            visible = Times.instant(text(row, "GewijzigdOp"));
        }
        String title = text(row, "Onderwerp");
        if (title == null) {
            title = text(row, "Titel");
        }
        Long length = number(row.get("ContentLength"));
        String versionId = text(row, "HuidigeDocumentVersie_Id");
        String version = versionId == null && length == null ? null
                : (versionId == null ? "" : versionId) + "/" + (length == null ? "" : length);
        return new FoundDocument(NAME, id.toLowerCase(Locale.ROOT), kamerstuk(row, queried),
                Times.date(text(row, "Datum")), title, text(row, "Titel"), soort, fileUri(row, id),
                text(row, "ContentType"), length, visible, version, deleted);
    }

    /**
     * "29521-446": the officielebekendmakingen id when the row carries one, else the dossier's number (the lowest
     * of several, the first-named in a shared Kamerstuk; the queried one when the dossiers are not expanded) with
     * its letter part and the document's {@code Volgnummer}; null without a number.
     */
    static String kamerstuk(JsonNode row, Dossier queried) {
        for (JsonNode n : List.of(row.path("ExterneIdentifier"),
                row.path("HuidigeDocumentVersie").path("ExterneIdentifier"))) {
            Matcher m = n.isTextual() ? KST.matcher(n.asText().strip()) : null;
            if (m != null && m.matches()) {
                return m.group(1) + (m.group(2) != null ? "-" + m.group(2).toUpperCase(Locale.ROOT) : "") + "-"
                        + Long.parseLong(m.group(3));
            }
        }
        Long volgnummer = number(row.get("Volgnummer"));
        if (volgnummer == null || volgnummer <= 0) {
            return null;
        }
        Dossier dossier = null;
        JsonNode ds = row.get("Kamerstukdossier");
        List<JsonNode> list = new ArrayList<>();
        if (ds != null && ds.isArray()) {
            ds.forEach(list::add);
        } else if (ds != null && ds.isObject()) {
            list.add(ds);
        }
        for (JsonNode k : list) {
            Long nummer = number(k.get("Nummer"));
            if (nummer != null && nummer > 0 && (dossier == null || nummer < dossier.number())) {
                dossier = new Dossier(nummer.intValue(), text(k, "Toevoeging"));
            }
        }
        if (dossier == null) {
            dossier = queried;
        }
        return dossier + "-" + volgnummer;
    }

    /** The file: the resource target the row names, else {@code Document(<id>)/resource}. */
    private URI fileUri(JsonNode row, String id) {
        String target = text(row.path(RESOURCE), "target");
        if (target != null) {
            try {
                return base.resolve(target);
            } catch (IllegalArgumentException e) {
                LOG.debug("odata: resource target {} is no URI; using Document({})/resource", target, id);
            }
        }
        return base.resolve("Document(" + id + ")/resource");
    }

    @Override
    public ProbeReport probe(String dossier) {
        Dossier d;
        try {
            d = Dossier.parse(dossier);
        } catch (IllegalArgumentException e) {
            return ProbeReport.failed(NAME, "", e.getMessage());
        }
        // a small first page: one dossier's letters of the last year (never $top, which the live paging ignores)
        URI uri = listUri(d, null, LocalDate.now(Times.DUTCH).minusYears(1));
        Page p;
        try {
            p = page(uri);
        } catch (FetchException e) {
            return ProbeReport.failed(NAME, uri.toString(), e.getMessage());
        }
        Set<String> present = new TreeSet<>();
        Set<String> unexpected = new TreeSet<>();
        for (JsonNode row : p.rows()) {
            for (Iterator<String> it = row.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                present.add(f);
                if (!KNOWN.contains(f) && !f.startsWith("@") && !f.startsWith("#") && !f.contains("@odata.")) {
                    unexpected.add(f);
                }
            }
        }
        for (Iterator<String> it = p.root().fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!f.equals("value") && !f.startsWith("@")) {
                unexpected.add("(page) " + f);
            }
        }
        List<String> missing = p.rows().isEmpty() ? List.of()
                : READ.stream().filter(f -> !present.contains(f)).toList();
        String sample = null;
        for (JsonNode row : p.rows()) {
            FoundDocument doc = document(row, d);
            if (doc != null) {
                sample = doc.stem() + " " + doc.date() + " \"" + doc.title() + "\" visible since "
                        + doc.visibleSince() + ", file " + doc.fileUrl();
                break;
            }
        }
        return new ProbeReport(NAME, uri.toString(), true, null, p.rows().size(), sample,
                new ArrayList<>(unexpected), missing);
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        if (v == null || v.isNull() || v.isContainerNode()) {
            return null;
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    static Long number(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return v.asLong();
        }
        try {
            return Long.parseLong(v.asText().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
