package nl.kamerbrief.mandates.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local stand-in for both public APIs, on an ephemeral port, answering as their documentation describes
 * ({@code ../shared/spec/sources.md}): OData v4 JSON pages of {@code Document} rows with {@code @odata.nextLink}
 * (server-side paging over the filter the client sends), SRU 2.0 XML records with {@code gzd:itemUrl}
 * manifestations, and the files themselves. Any path can be given faults that its next requests meet: a slow
 * answer, a body that stalls half-way, 500, 503, 429 with Retry-After, a connection closed without answer, a
 * truncated body, a malformed page, a soft 404, SRU diagnostics, or a request that hangs until released. It
 * counts requests and complete answers per path.
 */
final class ReplayServer implements AutoCloseable {

    enum Fault { SLOW, STALLED_BODY, ERROR_500, UNAVAILABLE_503, TOO_MANY_429, RESET, TRUNCATED, MALFORMED_PAGE, SOFT_404,
        DIAGNOSTICS, HANG }

    static final String ODATA = "/OData/v4/2.0/";
    static final String SRU = "/sru";
    static final Path FORMATS = Path.of("src/test/resources/formats");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private static final java.time.format.DateTimeFormatter DOTNET = java.time.format.DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSxxx");

    /**
     * A government letter as the OData API lists it.
     *
     * @param volgnummer   null for a document without a Kamerstuk number
     * @param file         a file of {@code src/test/resources/formats}, served as its resource
     * @param extra        fields the documentation does not name (the client must ignore them)
     * @param expand       whether the row carries its expanded Kamerstukdossier
     */
    record Letter(String guid, int dossier, String toevoeging, Integer volgnummer, LocalDate datum,
                  Instant gewijzigdOp, Instant apiGewijzigdOp, String onderwerp, String file, boolean deleted,
                  Map<String, Object> extra, boolean expand, String versie) {

        static Letter of(String guid, Integer volgnummer, String datum, String apiGewijzigdOp, String onderwerp,
                         String file) {
            return new Letter(guid, 29521, null, volgnummer, LocalDate.parse(datum), Instant.parse(apiGewijzigdOp),
                    Instant.parse(apiGewijzigdOp), onderwerp, file, false, Map.of(), true, "v1-" + guid);
        }

        Letter visibleAt(String api, String gewijzigd) {
            return new Letter(guid, dossier, toevoeging, volgnummer, datum, Instant.parse(gewijzigd),
                    Instant.parse(api), onderwerp, file, deleted, extra, expand, versie);
        }

        Letter deleted(String api) {
            return new Letter(guid, dossier, toevoeging, volgnummer, datum, Instant.parse(api), Instant.parse(api),
                    onderwerp, file, true, extra, expand, versie);
        }

        Letter withExtra(Map<String, Object> more) {
            return new Letter(guid, dossier, toevoeging, volgnummer, datum, gewijzigdOp, apiGewijzigdOp, onderwerp,
                    file, deleted, more, expand, versie);
        }

        Letter withFile(String newFile, String newVersion, String api) {
            return new Letter(guid, dossier, toevoeging, volgnummer, datum, Instant.parse(api), Instant.parse(api),
                    onderwerp, newFile, deleted, extra, expand, newVersion);
        }

        Letter withOnderwerp(String s, String api) {
            return new Letter(guid, dossier, toevoeging, volgnummer, datum, Instant.parse(api), Instant.parse(api), s,
                    file, deleted, extra, expand, versie);
        }

        Letter inDossier(int d, String toev) {
            return new Letter(guid, d, toev, volgnummer, datum, gewijzigdOp, apiGewijzigdOp, onderwerp, file,
                    deleted, extra, expand, versie);
        }

        Letter unexpanded() {
            return new Letter(guid, dossier, toevoeging, volgnummer, datum, gewijzigdOp, apiGewijzigdOp, onderwerp,
                    file, deleted, extra, false, versie);
        }
    }

    /** A Kamerstuk as the SRU search returns it; {@code xml}/{@code pdf} are files of the formats folder or null. */
    record Kamerstuk(String dossier, int nummer, String title, String subrubriek, String issued, String modified,
                     String xml, String pdf, String extraElement) {
        String id() {
            return "kst-" + dossier + "-" + nummer;
        }
    }

    private final HttpServer server;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "replay");
        t.setDaemon(true);
        return t;
    });
    final List<Letter> letters = new CopyOnWriteArrayList<>();
    final List<Kamerstuk> kamerstukken = new CopyOnWriteArrayList<>();
    final List<String> requestLog = new CopyOnWriteArrayList<>();
    final List<String> userAgents = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Fault>> faults = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> served = new ConcurrentHashMap<>();
    volatile int pageSize = 2;
    volatile boolean refuseModifiedClause;
    volatile long slowMillis = 5000;
    final CountDownLatch hangEntered = new CountDownLatch(1);
    final CountDownLatch hangRelease = new CountDownLatch(1);

    ReplayServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String odataUrl() {
        return base() + ODATA;
    }

    String sruUrl() {
        return base() + SRU;
    }

    /** The path of a letter's resource, as the rows name it. */
    static String resourcePath(String guid) {
        return ODATA + "Document(" + guid + ")/TK.DA.GGM.OData.Resource()";
    }

    static String filePath(String name) {
        return "/files/" + name;
    }

    /** The next requests to {@code path} meet these faults, one each, in order. */
    void fault(String path, Fault... fs) {
        Deque<Fault> q = faults.computeIfAbsent(path, k -> new ArrayDeque<>());
        synchronized (q) {
            q.addAll(List.of(fs));
        }
    }

    void clearFaults() {
        faults.clear();
    }

    int requests(String path) {
        AtomicInteger n = requests.get(path);
        return n == null ? 0 : n.get();
    }

    /** Complete successful answers of {@code path}: a file counted here was fetched. */
    int served(String path) {
        AtomicInteger n = served.get(path);
        return n == null ? 0 : n.get();
    }

    int servedFiles() {
        return served.entrySet().stream().filter(e -> !e.getKey().endsWith("/Document") && !e.getKey().equals(SRU))
                .mapToInt(e -> e.getValue().get()).sum();
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        requestLog.add(ex.getRequestURI().toString());
        userAgents.add(String.valueOf(ex.getRequestHeaders().getFirst("User-Agent")));
        requests.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
        try {
            Fault f = nextFault(path);
            if (f != null && fault(ex, f, path)) {
                return;
            }
            Answer a = answer(ex, path);
            if (a == null) {
                send(ex, 404, "text/html", "<html><head><title>404</title></head><body>Not found</body></html>"
                        .getBytes(StandardCharsets.UTF_8));
                return;
            }
            // counted before the bytes go out, so a client holding the whole body always finds it counted
            AtomicInteger count = served.computeIfAbsent(path, k -> new AtomicInteger());
            count.incrementAndGet();
            try {
                send(ex, 200, a.type(), a.body());
            } catch (IOException e) {
                count.decrementAndGet();
                throw e;
            }
        } catch (IOException e) {
            // the client went away (it timed out, or was killed)
        } catch (RuntimeException e) {
            e.printStackTrace();
            send(ex, 500, "text/plain", ("replay server bug: " + e).getBytes(StandardCharsets.UTF_8));
        } finally {
            ex.close();
        }
    }

    private Fault nextFault(String path) {
        Deque<Fault> q = faults.get(path);
        if (q == null) {
            return null;
        }
        synchronized (q) {
            return q.poll();
        }
    }

    /** Applies a fault; true when it answered (or refused to), false when the normal answer follows. */
    private boolean fault(HttpExchange ex, Fault f, String path) throws IOException {
        switch (f) {
            case SLOW -> {
                sleep(slowMillis);
                return false;
            }
            case STALLED_BODY -> {
                Answer a = answer(ex, path);
                ex.getResponseHeaders().set("Content-Type", a.type());
                ex.sendResponseHeaders(200, a.body().length);
                OutputStream out = ex.getResponseBody();
                out.write(a.body(), 0, a.body().length / 2);
                out.flush();
                sleep(slowMillis);
                out.write(a.body(), a.body().length / 2, a.body().length - a.body().length / 2);
                out.close();
            }
            case ERROR_500 -> send(ex, 500, "text/plain", "Internal Server Error".getBytes(StandardCharsets.UTF_8));
            case UNAVAILABLE_503 -> send(ex, 503, "text/html",
                    "<html><body>Service Unavailable</body></html>".getBytes(StandardCharsets.UTF_8));
            case TOO_MANY_429 -> {
                ex.getResponseHeaders().set("Retry-After", "1");
                send(ex, 429, "text/plain", "Too Many Requests".getBytes(StandardCharsets.UTF_8));
            }
            case RESET -> {
                // no answer at all: the connection is closed under the client
            }
            case TRUNCATED -> {
                Answer a = answer(ex, path);
                byte[] body = a == null ? new byte[100] : a.body();
                ex.getResponseHeaders().set("Content-Type", a == null ? "application/octet-stream" : a.type());
                ex.sendResponseHeaders(200, body.length);
                OutputStream out = ex.getResponseBody();
                out.write(body, 0, body.length / 2);
                out.flush();
                // closing with bytes missing makes the server drop the connection
            }
            case MALFORMED_PAGE -> send(ex, 200, "application/json",
                    "{\"@odata.context\":\"x\",\"value\":[{\"Id\":\"7a9b".getBytes(StandardCharsets.UTF_8));
            case SOFT_404 -> send(ex, 200, "text/html; charset=utf-8", ("<!DOCTYPE html><html lang=\"nl\"><head>"
                    + "<title>Pagina niet gevonden | Overheid.nl</title></head><body><h1>Deze pagina bestaat niet"
                    + "</h1></body></html>").getBytes(StandardCharsets.UTF_8));
            case DIAGNOSTICS -> send(ex, 200, "application/xml", diagnostics("Query syntax error")
                    .getBytes(StandardCharsets.UTF_8));
            case HANG -> {
                hangEntered.countDown();
                try {
                    hangRelease.await(120, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            default -> throw new IllegalStateException(f.toString());
        }
        return true;
    }

    private record Answer(String type, byte[] body) {
    }

    private Answer answer(HttpExchange ex, String path) throws IOException {
        if (path.equals(ODATA + "Document")) {
            return new Answer("application/json; odata.metadata=full", odataPage(ex).getBytes(StandardCharsets.UTF_8));
        }
        Matcher m = Pattern.compile(Pattern.quote(ODATA) + "Document\\(([^)]+)\\)/(?:resource|TK\\.DA\\.GGM\\.OData"
                + "\\.Resource\\(\\))").matcher(path);
        if (m.matches()) {
            for (Letter l : letters) {
                if (l.guid().equals(m.group(1)) && l.file() != null) {
                    return file(l.file());
                }
            }
            return null;
        }
        if (path.equals(SRU)) {
            return new Answer("application/xml", sruPage(ex).getBytes(StandardCharsets.UTF_8));
        }
        if (path.startsWith("/files/")) {
            return file(path.substring("/files/".length()));
        }
        return null;
    }

    private static Answer file(String name) throws IOException {
        Path p = FORMATS.resolve(name);
        if (!Files.isRegularFile(p)) {
            return null;
        }
        String type = name.endsWith(".pdf") ? "application/pdf" : name.endsWith(".xml") ? "application/xml"
                : name.endsWith(".docx") ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                : "application/octet-stream";
        return new Answer(type, Files.readAllBytes(p));
    }

    // ------------------------------------------------------------------------------------------------- OData

    private static final Pattern DOSSIER = Pattern.compile("d/Nummer eq (\\d+)(?: and d/Toevoeging eq '([^']*)')?");
    private static final Pattern VISIBLE = Pattern.compile("ApiGewijzigdOp ge (\\S+)");
    private static final Pattern DATED = Pattern.compile("Datum ge (\\S+)");

    private String odataPage(HttpExchange ex) throws IOException {
        Map<String, String> q = query(ex.getRequestURI().getRawQuery());
        String filter = q.getOrDefault("$filter", "");
        Matcher d = DOSSIER.matcher(filter);
        Integer dossier = d.find() ? Integer.parseInt(d.group(1)) : null;
        String toevoeging = dossier != null ? d.group(2) : null;
        Matcher v = VISIBLE.matcher(filter);
        Instant visibleFrom = v.find() ? OffsetDateTime.parse(v.group(1)).toInstant() : null;
        Matcher dt = DATED.matcher(filter);
        Instant datedFrom = dt.find() ? OffsetDateTime.parse(dt.group(1)).toInstant() : null;
        boolean letters = filter.contains("Soort eq 'Brief regering'");
        List<Letter> rows = new ArrayList<>();
        for (Letter l : this.letters) {
            if (dossier != null && (l.dossier() != dossier || (toevoeging != null
                    && !toevoeging.equals(l.toevoeging())))) {
                continue;
            }
            if (visibleFrom != null && l.apiGewijzigdOp().isBefore(visibleFrom)) {
                continue;
            }
            if (datedFrom != null && l.datum().atStartOfDay(NL).toInstant().isBefore(datedFrom)) {
                continue;
            }
            if (!letters) {
                throw new IllegalStateException("the client asked for more than government letters: " + filter);
            }
            rows.add(l);
        }
        rows.sort(Comparator.comparing(Letter::apiGewijzigdOp).thenComparing(Letter::guid));
        int from = Integer.parseInt(q.getOrDefault("$skiptoken", "0"));
        int to = Math.min(rows.size(), from + pageSize);
        ObjectNode page = JSON.createObjectNode();
        page.put("@odata.context", odataUrl() + "$metadata#Document");
        ArrayNode value = page.putArray("value");
        for (Letter l : rows.subList(Math.min(from, rows.size()), to)) {
            value.add(row(l));
        }
        if (to < rows.size()) {
            String raw = ex.getRequestURI().getRawQuery().replaceAll("&\\$skiptoken=\\d+", "");
            page.put("@odata.nextLink", odataUrl() + "Document?" + raw + "&$skiptoken=" + to);
        }
        return JSON.writeValueAsString(page);
    }

    /** A row shaped as the documentation shows it (full metadata). */
    private ObjectNode row(Letter l) {
        ObjectNode r = JSON.createObjectNode();
        String self = odataUrl() + "Document(" + l.guid() + ")";
        r.put("@odata.type", "#TK.DA.GGM.OData.Document");
        r.put("@odata.id", self);
        r.put("Id", l.guid());
        if (l.deleted()) {
            // a deleted document keeps little more than its key
            r.put("Verwijderd", true);
            r.put("GewijzigdOp", l.gewijzigdOp().atZone(NL).toOffsetDateTime().toString());
            r.put("ApiGewijzigdOp", l.apiGewijzigdOp().toString());
            return r;
        }
        r.put("Soort", "Brief regering");
        r.put("DocumentNummer", "2022D" + Math.abs(l.guid().hashCode() % 100000));
        r.put("Titel", "Nederlandse deelname aan vredesmissies");
        if (l.onderwerp() != null) {
            r.put("Onderwerp", l.onderwerp());
        }
        r.put("Datum", l.datum().atStartOfDay(NL).toOffsetDateTime().toString());
        if (l.volgnummer() != null) {
            r.put("Volgnummer", l.volgnummer());
        } else {
            r.putNull("Volgnummer");
        }
        r.put("Vergaderjaar", "2021-2022");
        r.put("Kamer", 2);
        r.put("ContentType", l.file() != null && l.file().endsWith(".docx")
                ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document" : "application/pdf");
        if (l.versie() != null) {
            r.put("HuidigeDocumentVersie_Id", l.versie());
        }
        // .NET writes seven fraction digits and an offset
        r.put("GewijzigdOp", l.gewijzigdOp().atZone(NL).toOffsetDateTime().toString());
        r.put("ApiGewijzigdOp", DOTNET.format(l.apiGewijzigdOp().atZone(NL)));
        r.put("Verwijderd", false);
        r.putObject("#TK.DA.GGM.OData.Resource").put("title", "TK.DA.GGM.OData.Resource")
                .put("target", self + "/TK.DA.GGM.OData.Resource()");
        r.put("Kamerstukdossier@odata.navigationLink", self + "/Kamerstukdossier");
        if (l.expand()) {
            ObjectNode k = r.putArray("Kamerstukdossier").addObject();
            k.put("Id", "d0551e2e-0000-0000-0000-0000000" + l.dossier());
            k.put("Nummer", l.dossier());
            if (l.toevoeging() != null) {
                k.put("Toevoeging", l.toevoeging());
            } else {
                k.putNull("Toevoeging");
            }
            k.put("Titel", "Nederlandse deelname aan vredesmissies");
            k.put("HoogsteVolgnummer", 500);
            k.put("Afgesloten", false);
        }
        l.extra().forEach((key, value) -> r.set(key, JSON.valueToTree(value)));
        return r;
    }

    // --------------------------------------------------------------------------------------------------- SRU

    private String sruPage(HttpExchange ex) throws IOException {
        Map<String, String> q = query(ex.getRequestURI().getRawQuery());
        String cql = q.getOrDefault("query", "");
        if (!"searchRetrieve".equals(q.get("operation")) || !"2.0".equals(q.get("version"))) {
            return diagnostics("Unsupported operation");
        }
        Matcher d = Pattern.compile("w\\.dossiernummer==\"?([0-9A-Za-z-]+)").matcher(cql);
        if (!d.find()) {
            return diagnostics("Query syntax error");
        }
        Matcher m = Pattern.compile("dt\\.modified>=(\\d{4}-\\d\\d-\\d\\d)").matcher(cql);
        String modifiedFrom = m.find() ? m.group(1) : null;
        if (modifiedFrom != null && refuseModifiedClause) {
            return diagnostics("Unsupported index: dt.modified");
        }
        List<Kamerstuk> hits = new ArrayList<>();
        for (Kamerstuk k : kamerstukken) {
            if (k.dossier().equals(d.group(1)) && (modifiedFrom == null || k.modified().compareTo(modifiedFrom) >= 0)) {
                hits.add(k);
            }
        }
        int start = Integer.parseInt(q.getOrDefault("startRecord", "1"));
        int max = Math.min(Integer.parseInt(q.getOrDefault("maximumRecords", "10")), pageSize);
        int to = Math.min(hits.size(), start - 1 + max);
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sru:searchRetrieveResponse xmlns:sru=\"http://docs.oasis-open.org/ns/search-ws/sruResponse\">"
                + "<sru:version>2.0</sru:version><sru:numberOfRecords>" + hits.size() + "</sru:numberOfRecords>"
                + "<sru:records>");
        for (int i = start - 1; i < to; i++) {
            x.append(record(hits.get(i), i + 1));
        }
        x.append("</sru:records>");
        if (to < hits.size()) {
            x.append("<sru:nextRecordPosition>").append(to + 1).append("</sru:nextRecordPosition>");
        }
        x.append("</sru:searchRetrieveResponse>");
        return x.toString();
    }

    private String record(Kamerstuk k, int position) {
        String frbr = base() + "/files/";
        return "<sru:record><sru:recordSchema>http://standaarden.overheid.nl/sru/</sru:recordSchema>"
                + "<sru:recordPacking>xml</sru:recordPacking><sru:recordData>"
                + "<gzd:gzd xmlns:gzd=\"http://standaarden.overheid.nl/sru\" "
                + "xmlns:overheidwetgeving=\"http://standaarden.overheid.nl/wetgeving/\" "
                + "xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:c=\"http://standaarden.overheid.nl/collectie/\">"
                + "<gzd:originalData><overheidwetgeving:meta><overheidwetgeving:owmskern>"
                + "<dcterms:identifier>" + k.id() + "</dcterms:identifier>"
                + "<dcterms:title>" + k.title() + "</dcterms:title>"
                + "<dcterms:type scheme=\"OVERHEIDop.Parlementair\">Kamerstuk</dcterms:type>"
                + "<dcterms:creator scheme=\"overheid:Overheidsorganisatie\">Tweede Kamer der Staten-Generaal"
                + "</dcterms:creator><dcterms:language>nl</dcterms:language>"
                + "<dcterms:modified>" + k.modified() + "</dcterms:modified></overheidwetgeving:owmskern>"
                + "<overheidwetgeving:owmsmantel><dcterms:available>" + k.issued() + "</dcterms:available>"
                + "<dcterms:issued>" + k.issued() + "</dcterms:issued></overheidwetgeving:owmsmantel>"
                + "<overheidwetgeving:tpmeta><c:product-area>officielepublicaties</c:product-area>"
                + "<overheidwetgeving:dossiernummer>" + k.dossier() + "</overheidwetgeving:dossiernummer>"
                + "<overheidwetgeving:ondernummer>" + k.nummer() + "</overheidwetgeving:ondernummer>"
                + "<overheidwetgeving:vergaderjaar>2021-2022</overheidwetgeving:vergaderjaar>"
                + "<overheidwetgeving:publicatienaam>Kamerstuk</overheidwetgeving:publicatienaam>"
                + "<overheidwetgeving:subrubriek scheme=\"OVERHEIDop.KamerstukTypen\">" + k.subrubriek()
                + "</overheidwetgeving:subrubriek>"
                + "<overheidwetgeving:documenttitel>" + k.title() + "</overheidwetgeving:documenttitel>"
                + (k.extraElement() == null ? "" : "<overheidwetgeving:" + k.extraElement() + ">x</overheidwetgeving:"
                        + k.extraElement() + ">")
                + "</overheidwetgeving:tpmeta></overheidwetgeving:meta></gzd:originalData>"
                + "<gzd:enrichedData><gzd:preferredUrl>https://zoek.officielebekendmakingen.nl/" + k.id()
                + ".html</gzd:preferredUrl>"
                + (k.xml() == null ? "" : "<gzd:itemUrl manifestation=\"xml\">" + frbr + k.xml() + "</gzd:itemUrl>")
                + (k.pdf() == null ? "" : "<gzd:itemUrl manifestation=\"pdf\">" + frbr + k.pdf() + "</gzd:itemUrl>")
                + "</gzd:enrichedData></gzd:gzd></sru:recordData>"
                + "<sru:recordPosition>" + position + "</sru:recordPosition></sru:record>";
    }

    static String diagnostics(String message) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sru:searchRetrieveResponse xmlns:sru=\"http://docs.oasis-open.org/ns/search-ws/sruResponse\">"
                + "<sru:version>2.0</sru:version><sru:diagnostics>"
                + "<diag:diagnostic xmlns:diag=\"http://docs.oasis-open.org/ns/search-ws/diagnostic\">"
                + "<diag:uri>info:srw/diagnostic/1/10</diag:uri><diag:details>" + message + "</diag:details>"
                + "<diag:message>" + message + "</diag:message></diag:diagnostic></sru:diagnostics>"
                + "</sru:searchRetrieveResponse>";
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null) {
            return out;
        }
        for (String part : raw.split("&")) {
            int eq = part.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? part : part.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8);
            out.put(k, v);
        }
        return out;
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        hangRelease.countDown();
        server.stop(0);
        pool.shutdownNow();
    }
}
