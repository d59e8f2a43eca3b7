package nl.kamerbrief.mandates.sync;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The officielebekendmakingen (KOOP) SRU 2.0 search: Kamerstukken of a dossier, for letters the parliament's API
 * does not hold. The query is on {@code w.dossiernummer}, narrowed to what changed since the cursor with
 * {@code dt.modified>=}; should the server refuse that clause (an HTTP 200 carrying {@code <diagnostics>}), the
 * dossier is listed whole and filtered here. Paged by {@code startRecord}. The file is the XML manifestation of
 * {@code gzd:itemUrl}, else the PDF. Records whose Kamerstuk type is known and is not a letter are left out.
 */
public final class SruSource implements DocumentSource {

    private static final Logger LOG = LoggerFactory.getLogger(SruSource.class);

    public static final String DEFAULT_BASE = "https://repository.overheid.nl/sru";
    public static final String NAME = "sru";
    static final int PAGE_SIZE = 250;
    private static final Pattern KST = Pattern.compile("kst-(\\d+)(?:-([A-Za-z0-9]+))?-(\\d+)",
            Pattern.CASE_INSENSITIVE);

    private final URI base;
    private final HttpFetcher http;

    public SruSource(URI base, HttpFetcher http) {
        this.base = base;
        this.http = http;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<FoundDocument> list(String dossier, Instant visibleFrom, LocalDate datedFrom) throws FetchException {
        Dossier d = Dossier.parse(dossier);
        String since = visibleFrom == null ? null : visibleFrom.atZone(Times.DUTCH).toLocalDate().toString();
        List<SruResponse.Record> records;
        try {
            records = all(query(d, since));
        } catch (Refused e) {
            if (since == null) {
                throw new FetchException("the SRU service refuses the query for dossier " + d + ": " + e.getMessage(),
                        true);
            }
            LOG.warn("sru {}: the service refuses 'dt.modified>={}' ({}); listing the whole dossier instead", d, since,
                    e.getMessage());
            try {
                records = all(query(d, null));
            } catch (Refused again) {
                throw new FetchException("the SRU service refuses the query for dossier " + d + ": "
                        + again.getMessage(), true);
            }
        }
        Map<String, FoundDocument> found = new LinkedHashMap<>();
        int others = 0;
        for (SruResponse.Record r : records) {
            FoundDocument doc = document(r);
            if (doc == null) {
                others++;
                continue;
            }
            if (visibleFrom != null && doc.visibleSince() != null && doc.visibleSince().isBefore(visibleFrom)) {
                continue;
            }
            if (datedFrom != null && doc.date() != null && doc.date().isBefore(datedFrom)) {
                continue;
            }
            FoundDocument before = found.get(doc.stem());
            if (before == null || FoundDocument.CURSOR_ORDER.compare(before, doc) < 0) {
                found.put(doc.stem(), doc);
            }
        }
        if (others > 0) {
            LOG.debug("sru {}: {} records that are no letter or have no Kamerstuk id left out", d, others);
        }
        return new ArrayList<>(found.values());
    }

    /** The CQL query of a dossier's Kamerstukken, changed since {@code since} (a date) when given. */
    static String query(Dossier d, String since) {
        String number = d.suffix() == null ? d.toString() : "\"" + d + "\"";
        return "(c.product-area=officielepublicaties AND w.dossiernummer==" + number
                + " AND w.publicatienaam=Kamerstuk" + (since == null ? "" : " AND dt.modified>=" + since) + ")";
    }

    URI pageUri(String query, int start, int size) {
        String b = base.toString();
        return URI.create(b + (b.contains("?") ? "&" : "?") + "operation=searchRetrieve&version=2.0&query="
                + ODataSource.encode(query) + "&startRecord=" + start + "&maximumRecords=" + size
                + "&httpAccept=application/xml");
    }

    /** Every record of a query, page by page. */
    private List<SruResponse.Record> all(String query) throws FetchException, Refused {
        List<SruResponse.Record> out = new ArrayList<>();
        int start = 1;
        for (int guard = 0; guard < 100_000; guard++) {
            SruResponse page = page(pageUri(query, start, PAGE_SIZE));
            out.addAll(page.records());
            if (page.records().isEmpty()) {
                return out;
            }
            int next = page.nextPosition() != null ? page.nextPosition() : start + page.records().size();
            if (next <= start || (page.nextPosition() == null && page.numberOfRecords() >= 0
                    && next > page.numberOfRecords())) {
                return out;
            }
            start = next;
        }
        throw new FetchException("the SRU paging goes on without end for " + query, true);
    }

    private SruResponse page(URI uri) throws FetchException, Refused {
        AtomicReference<SruResponse> parsed = new AtomicReference<>();
        http.get(uri, "application/xml", f -> parsed.set(SruResponse.parse(f.body())));
        SruResponse r = parsed.get();
        if (!r.diagnostics().isEmpty()) {
            throw new Refused(String.join("; ", r.diagnostics()));
        }
        return r;
    }

    /** A record as a found letter, or null when it names no Kamerstuk or is known to be no letter. */
    static FoundDocument document(SruResponse.Record r) {
        String kamerstuk = null;
        String id = r.get("identifier");
        Matcher m = id == null ? null : KST.matcher(id.strip());
        if (m != null && m.matches()) {
            kamerstuk = m.group(1) + (m.group(2) != null ? "-" + m.group(2).toUpperCase(Locale.ROOT) : "") + "-"
                    + Long.parseLong(m.group(3));
        } else if (r.get("dossiernummer") != null && r.get("ondernummer") != null) {
            try {
                Dossier d = Dossier.parse(r.get("dossiernummer"));
                kamerstuk = d + "-" + Long.parseLong(r.get("ondernummer").strip());
            } catch (IllegalArgumentException e) {
                kamerstuk = null;
            }
        }
        if (kamerstuk == null) {
            return null;
        }
        String kind = r.get("subrubriek");
        if (kind != null && !kind.toLowerCase(Locale.ROOT).contains("brief")) {
            return null;
        }
        String xml = r.itemUrls().get("xml");
        String pdf = r.itemUrls().get("pdf");
        URI file = null;
        String type = null;
        try {
            if (xml != null) {
                file = URI.create(xml);
                type = "application/xml";
            } else if (pdf != null) {
                file = URI.create(pdf);
                type = "application/pdf";
            }
        } catch (IllegalArgumentException e) {
            file = null;
        }
        Instant visible = Times.instant(first(r.get("modified"), r.get("available"), r.get("issued")));
        LocalDate date = Times.date(first(r.get("issued"), r.get("available")));
        String title = first(r.get("title"), r.get("documenttitel"));
        return new FoundDocument(NAME, null, kamerstuk, date, title, null, first(kind, r.get("type")), file, type,
                null, visible, file == null ? null : file.toString(), false);
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    @Override
    public ProbeReport probe(String dossier) {
        Dossier d;
        try {
            d = Dossier.parse(dossier);
        } catch (IllegalArgumentException e) {
            return ProbeReport.failed(NAME, "", e.getMessage());
        }
        URI uri = pageUri(query(d, null), 1, 5);
        SruResponse r;
        try {
            AtomicReference<SruResponse> parsed = new AtomicReference<>();
            http.get(uri, "application/xml", f -> parsed.set(SruResponse.parse(f.body())));
            r = parsed.get();
        } catch (FetchException e) {
            return ProbeReport.failed(NAME, uri.toString(), e.getMessage());
        }
        if (!r.diagnostics().isEmpty()) {
            return ProbeReport.failed(NAME, uri.toString(), "the query is refused: " + String.join("; ",
                    r.diagnostics()));
        }
        List<String> missing = new ArrayList<>();
        if (!r.records().isEmpty()) {
            for (String f : List.of("identifier", "title", "modified", "issued", "dossiernummer", "ondernummer",
                    "subrubriek")) {
                if (r.records().stream().noneMatch(x -> x.get(f) != null)) {
                    missing.add(f);
                }
            }
            if (r.records().stream().noneMatch(x -> x.itemUrls().containsKey("xml")
                    || x.itemUrls().containsKey("pdf"))) {
                missing.add("itemUrl (xml or pdf)");
            }
        }
        String sample = null;
        for (SruResponse.Record rec : r.records()) {
            FoundDocument doc = document(rec);
            if (doc != null) {
                sample = doc.stem() + " " + doc.date() + " \"" + doc.title() + "\" modified " + doc.visibleSince()
                        + ", file " + doc.fileUrl();
                break;
            }
        }
        return new ProbeReport(NAME, uri.toString(), true, null, r.numberOfRecords() >= 0 ? r.numberOfRecords()
                : r.records().size(), sample, new ArrayList<>(r.otherElements()), missing);
    }

    /** A query the server refused with diagnostics. */
    private static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }
}
