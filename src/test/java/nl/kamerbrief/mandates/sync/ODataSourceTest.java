package nl.kamerbrief.mandates.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Listing a dossier through the OData API of the replay server: paging, the filter, lenient rows. */
class ODataSourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReplayServer server;
    private HttpFetcher http;
    private ODataSource odata;

    @BeforeEach
    void start() throws Exception {
        server = new ReplayServer();
        http = new HttpFetcher(HttpFetcherTest.quick());
        odata = new ODataSource(URI.create(server.odataUrl()), http);
    }

    @AfterEach
    void stop() {
        http.close();
        server.close();
    }

    private void fiveLetters() {
        server.letters.add(ReplayServer.Letter.of("00000000-0000-0000-0000-000000000363", 363, "2018-06-29",
                "2018-06-29T14:00:00Z", "Toekomstige bijdragen aan missies", "2018-06-toekomstige-bijdragen-missies.pdf"));
        server.letters.add(ReplayServer.Letter.of("00000000-0000-0000-0000-000000000446", 446, "2022-06-17",
                "2022-06-17T15:00:00Z", "Samenhangende inzet 2022-2025", "2022-06-17-samenhang-missies-2022-2025.pdf"));
        server.letters.add(ReplayServer.Letter.of("00000000-0000-0000-0000-000000000447", 447, "2022-06-17",
                "2022-06-17T15:00:01Z", "Kennisgevingsbrief EUFOR Althea", "2022-06-17-kennisgeving-eufor-althea.pdf"));
        server.letters.add(ReplayServer.Letter.of("00000000-0000-0000-0000-000000000497", 497, "2025-05-20",
                "2025-05-21T09:00:00Z", "Verslag schriftelijk overleg", "2025-05-verslag-so-inzet-2025-2028.pdf"));
        server.letters.add(ReplayServer.Letter.of("00000000-0000-0000-0000-0000000000b1", null, "2025-02-13",
                "2025-02-14T08:00:00Z", "Beslisnota", "2025-02-13-beslisnota-inzet-2025-2028.pdf"));
    }

    @Test
    void followsNextLinksAcrossPagesAndNeverAsksForTop() throws Exception {
        fiveLetters();
        List<FoundDocument> found = odata.list("29521", null, null);
        assertEquals(5, found.size());
        List<String> pages = server.requestLog.stream().filter(r -> r.startsWith(ReplayServer.ODATA + "Document?"))
                .toList();
        assertEquals(3, pages.size(), "5 rows at 2 a page: " + pages);
        for (String p : pages) {
            String q = URLDecoder.decode(p, StandardCharsets.UTF_8);
            assertFalse(q.contains("$top"), q);
            assertTrue(q.contains("Soort eq 'Brief regering'") && q.contains("Kamerstukdossier/any(d: d/Nummer eq 29521)"),
                    q);
        }
        found.sort(FoundDocument.CURSOR_ORDER);
        assertEquals(List.of("kst-29521-363", "kst-29521-446", "kst-29521-447", "00000000-0000-0000-0000-0000000000b1",
                "kst-29521-497"), found.stream().map(FoundDocument::stem).toList());
    }

    @Test
    void theCursorIsOnApiGewijzigdOpAndTheDateOnDatum() throws Exception {
        fiveLetters();
        List<FoundDocument> found = odata.list("29521", Instant.parse("2022-06-17T15:00:01Z"),
                LocalDate.parse("2022-01-01"));
        assertEquals(List.of("00000000-0000-0000-0000-0000000000b1", "kst-29521-447", "kst-29521-497"),
                found.stream().map(FoundDocument::stem).sorted().toList(), "visible at or after the cursor");
        String q = URLDecoder.decode(server.requestLog.get(0), StandardCharsets.UTF_8);
        assertTrue(q.contains(" and ApiGewijzigdOp ge 2022-06-17T15:00:01Z"), q);
        assertTrue(q.contains(" and Datum ge 2021-12-31T23:00:00Z"), "1 January, Dutch time: " + q);
        assertFalse(q.contains(" GewijzigdOp ge"), q);
    }

    @Test
    void aDocumentThatBecameVisibleLateIsListedAfterTheCursor() throws Exception {
        fiveLetters();
        // changed (GewijzigdOp) in 2022, visible in the API only in 2025: a GewijzigdOp cursor would miss it
        server.letters.add(ReplayServer.Letter.of("00000000-0000-0000-0000-000000000450", 450, "2022-07-01",
                "2025-06-01T10:00:00Z", "Laat zichtbaar", "2022-06-17-kennisgeving-eufor-althea.docx")
                .visibleAt("2025-06-01T10:00:00Z", "2022-07-01T10:00:00Z"));
        List<FoundDocument> found = odata.list("29521", Instant.parse("2025-05-30T00:00:00Z"), null);
        assertEquals(List.of("kst-29521-450"), found.stream().map(FoundDocument::stem).toList());
        assertEquals(Instant.parse("2025-06-01T10:00:00Z"), found.get(0).visibleSince());
    }

    @Test
    void rowsAreReadAsDocumentedWithUnknownFieldsIgnored() throws Exception {
        server.letters.add(ReplayServer.Letter.of("7A9B77F1-D230-4A00-9856-2F0F8E967E62", 447, "2022-06-17",
                "2022-06-17T15:00:01Z", "Kennisgevingsbrief EUFOR Althea", "2022-06-17-kennisgeving-eufor-althea.pdf")
                .withExtra(Map.of("NieuwVeld", "onbekend", "Bijlagen", List.of(Map.of("Id", "x")), "Citeertitel", 7)));
        FoundDocument d = odata.list("29521", null, null).get(0);
        assertEquals("7a9b77f1-d230-4a00-9856-2f0f8e967e62", d.guid());
        assertEquals("29521-447", d.kamerstuk());
        assertEquals(LocalDate.parse("2022-06-17"), d.date(), "Datum 2022-06-17T00:00:00+02:00 is 17 June");
        assertEquals("Kennisgevingsbrief EUFOR Althea", d.title());
        assertEquals("Nederlandse deelname aan vredesmissies", d.dossierTitle());
        assertEquals("Brief regering", d.type());
        assertEquals("application/pdf", d.expectedType());
        assertEquals(Instant.parse("2022-06-17T15:00:01Z"), d.visibleSince(), "seven fraction digits and an offset");
        assertTrue(d.fileUrl().toString().endsWith("/Document(7A9B77F1-D230-4A00-9856-2F0F8E967E62)"
                + "/TK.DA.GGM.OData.Resource()"), d.fileUrl().toString());
        assertFalse(d.deleted());
    }

    @Test
    void missingOptionalFieldsAreNoError() throws Exception {
        JsonNode bare = JSON.readTree("{\"Id\":\"abc\",\"Volgnummer\":12}");
        FoundDocument d = odata.document(bare, Dossier.parse("36200-x"));
        assertEquals("36200-X-12", d.kamerstuk(), "the queried dossier when the row does not expand its dossiers");
        assertNull(d.date());
        assertNull(d.title());
        assertNull(d.visibleSince());
        assertNull(d.version());
        assertTrue(d.fileUrl().toString().endsWith("/OData/v4/2.0/Document(abc)/resource"), d.fileUrl().toString());

        JsonNode onlyGewijzigd = JSON.readTree("{\"Id\":\"abd\",\"GewijzigdOp\":\"2024-03-01T10:00:00\","
                + "\"Titel\":\"Dossiertitel\",\"Volgnummer\":\"3\",\"ContentLength\":\"120\"}");
        FoundDocument e = odata.document(onlyGewijzigd, Dossier.parse("29521"));
        assertEquals(Instant.parse("2024-03-01T09:00:00Z"), e.visibleSince(), "no offset: Dutch time");
        assertEquals("Dossiertitel", e.title());
        assertEquals("29521-3", e.kamerstuk());
        assertEquals(120L, e.expectedBytes());

        assertNull(odata.document(JSON.readTree("{\"Soort\":\"Brief regering\"}"), Dossier.parse("29521")),
                "a row without Id is left out");
        assertNull(odata.document(JSON.readTree("{\"Id\":\"x\",\"Soort\":\"Motie\"}"), Dossier.parse("29521")));
    }

    @Test
    void theKamerstukNumberComesFromTheIdentifierOrTheDossier() throws Exception {
        Dossier q = Dossier.parse("29521");
        assertEquals("27925-946", ODataSource.kamerstuk(JSON.readTree("{\"Volgnummer\":946,\"Kamerstukdossier\":"
                + "[{\"Nummer\":29521},{\"Nummer\":27925}]}"), q), "a shared Kamerstuk: its first (lowest) dossier");
        assertEquals("36200-X-12", ODataSource.kamerstuk(JSON.readTree("{\"Volgnummer\":12,\"Kamerstukdossier\":"
                + "[{\"Nummer\":36200,\"Toevoeging\":\"x\"}]}"), q));
        assertEquals("29521-446", ODataSource.kamerstuk(JSON.readTree("{\"Volgnummer\":1,"
                + "\"HuidigeDocumentVersie\":{\"ExterneIdentifier\":\"kst-29521-446\"}}"), q));
        assertNull(ODataSource.kamerstuk(JSON.readTree("{\"Volgnummer\":0}"), q));
    }

    @Test
    void deletedRowsAreListedMarked() throws Exception {
        fiveLetters();
        server.letters.set(1, server.letters.get(1).deleted("2025-06-02T08:00:00Z"));
        FoundDocument d = odata.list("29521", null, null).stream()
                .max(Comparator.comparing(FoundDocument::visibleSince)).orElseThrow();
        assertTrue(d.deleted());
        assertEquals("00000000-0000-0000-0000-000000000446", d.guid());
    }

    @Test
    void aMalformedPageIsAskedForAgain() throws Exception {
        fiveLetters();
        server.fault(ReplayServer.ODATA + "Document", ReplayServer.Fault.MALFORMED_PAGE);
        assertEquals(5, odata.list("29521", null, null).size());
        assertEquals(4, server.requests(ReplayServer.ODATA + "Document"));
    }

    @Test
    void aPageThatStaysMalformedFailsTheListingWithTheReason() {
        fiveLetters();
        ReplayServer.Fault[] always = new ReplayServer.Fault[5];
        java.util.Arrays.fill(always, ReplayServer.Fault.MALFORMED_PAGE);
        server.fault(ReplayServer.ODATA + "Document", always);
        FetchException e = assertThrows(FetchException.class, () -> odata.list("29521", null, null));
        assertTrue(e.getMessage().contains("malformed OData page"), e.getMessage());
    }

    @Test
    void anODataErrorIsReportedNotRetried() throws Exception {
        Fetched.BadContent e = assertThrows(Fetched.BadContent.class, () -> ODataSource.parse(
                "{\"error\":{\"code\":\"\",\"message\":\"The query specified in the URI is not valid.\"}}"
                        .getBytes(StandardCharsets.UTF_8)));
        assertFalse(e.retryable());
        assertTrue(e.getMessage().contains("The query specified in the URI is not valid."), e.getMessage());
    }
}
