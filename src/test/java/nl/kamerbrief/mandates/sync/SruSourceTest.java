package nl.kamerbrief.mandates.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listing a dossier through the SRU search of the replay server: records, paging, diagnostics, safe XML. */
class SruSourceTest {

    private ReplayServer server;
    private HttpFetcher http;
    private SruSource sru;

    @TempDir
    Path tmp;

    @BeforeEach
    void start() throws Exception {
        server = new ReplayServer();
        http = new HttpFetcher(HttpFetcherTest.quick());
        sru = new SruSource(URI.create(server.sruUrl()), http);
        server.kamerstukken.add(new ReplayServer.Kamerstuk("29521", 447, "Nederlandse deelname aan vredesmissies; "
                + "Brief regering; Kennisgevingsbrief EUFOR Althea", "Brief", "2022-06-20", "2022-06-20",
                "2022-06-17-kennisgeving-eufor-althea.xml", "2022-06-17-kennisgeving-eufor-althea.pdf", null));
        server.kamerstukken.add(new ReplayServer.Kamerstuk("29521", 446, "Samenhangende inzet", "Brief",
                "2022-06-20", "2022-06-21", null, "2022-06-17-samenhang-missies-2022-2025.pdf", null));
        server.kamerstukken.add(new ReplayServer.Kamerstuk("29521", 448, "Motie van het lid X", "Motie",
                "2022-06-22", "2022-06-22", null, "2022-06-17-samenhang-missies-2022-2025.pdf", null));
        server.kamerstukken.add(new ReplayServer.Kamerstuk("29521", 363, "Toekomstige bijdragen", "Brief",
                "2018-07-02", "2018-07-02", null, "2018-06-toekomstige-bijdragen-missies.pdf", null));
    }

    @AfterEach
    void stop() {
        http.close();
        server.close();
    }

    @Test
    void readsLettersWithTheirManifestationsAcrossPages() throws Exception {
        List<FoundDocument> found = sru.list("29521", null, null);
        assertEquals(List.of("kst-29521-363", "kst-29521-446", "kst-29521-447"),
                found.stream().map(FoundDocument::stem).sorted().toList(), "the motion is no letter");
        FoundDocument k447 = found.stream().filter(d -> d.stem().equals("kst-29521-447")).findFirst().orElseThrow();
        assertEquals("29521-447", k447.kamerstuk());
        assertEquals(LocalDate.parse("2022-06-20"), k447.date());
        assertEquals("Brief", k447.type());
        assertTrue(k447.fileUrl().toString().endsWith("/files/2022-06-17-kennisgeving-eufor-althea.xml"),
                "the XML manifestation first: " + k447.fileUrl());
        FoundDocument k446 = found.stream().filter(d -> d.stem().equals("kst-29521-446")).findFirst().orElseThrow();
        assertTrue(k446.fileUrl().toString().endsWith(".pdf"), "the PDF when there is no XML");
        List<String> pages = server.requestLog.stream().filter(r -> r.startsWith(ReplayServer.SRU)).toList();
        assertEquals(2, pages.size(), "4 records at 2 a page: " + pages);
        assertTrue(pages.get(1).contains("startRecord=3"), pages.get(1));
        String q = URLDecoder.decode(pages.get(0), StandardCharsets.UTF_8);
        assertTrue(q.contains("query=(c.product-area=officielepublicaties AND w.dossiernummer==29521 AND "
                + "w.publicatienaam=Kamerstuk)"), q);
    }

    @Test
    void theCursorNarrowsTheQueryByModification() throws Exception {
        List<FoundDocument> found = sru.list("29521", Instant.parse("2022-06-20T22:00:00Z"), null);
        assertEquals(List.of("kst-29521-446"), found.stream().map(FoundDocument::stem).toList(),
                "modified 2022-06-21, at or after the cursor (21 June, Dutch time)");
        assertTrue(URLDecoder.decode(server.requestLog.get(0), StandardCharsets.UTF_8)
                .contains(" AND dt.modified>=2022-06-21)"), server.requestLog.get(0));
    }

    @Test
    void aRefusedModificationClauseFallsBackToTheWholeDossier() throws Exception {
        server.refuseModifiedClause = true;
        List<FoundDocument> found = sru.list("29521", Instant.parse("2022-06-20T22:00:00Z"), null);
        assertEquals(List.of("kst-29521-446"), found.stream().map(FoundDocument::stem).toList());
        assertTrue(server.requestLog.size() >= 2);
    }

    @Test
    void diagnosticsInAnOkAnswerAreReportedClearly() {
        server.fault(ReplayServer.SRU, ReplayServer.Fault.DIAGNOSTICS);
        FetchException e = assertThrows(FetchException.class, () -> sru.list("29521", null, null));
        assertTrue(e.permanent());
        assertEquals("the SRU service refuses the query for dossier 29521: info:srw/diagnostic/1/10: "
                + "Query syntax error: Query syntax error", e.getMessage());
        assertEquals(1, server.requests(ReplayServer.SRU), "a refused query is not asked again");
    }

    @Test
    void aWebPageIsNoSruAnswer() {
        server.fault(ReplayServer.SRU, ReplayServer.Fault.SOFT_404);
        Fetched.BadContent e = assertThrows(Fetched.BadContent.class, () -> SruResponse.parse(
                "<html><head><title>Onderhoud</title></head><body/></html>".getBytes(StandardCharsets.UTF_8)));
        assertFalse(e.retryable());
        assertTrue(e.getMessage().contains("root element is <html>"), e.getMessage());
    }

    @Test
    void recordsAreReadWhateverTheirPrefixesWithEscapedCharacters() throws Exception {
        String xml = "<r:searchRetrieveResponse xmlns:r=\"http://docs.oasis-open.org/ns/search-ws/sruResponse\">"
                + "<r:numberOfRecords>1</r:numberOfRecords><r:records><r:record><r:recordData>"
                + "<x:identifier xmlns:x=\"http://purl.org/dc/terms/\">kst-36200-X-12</x:identifier>"
                + "<title>Brief &amp; bijlage</title><issued>2022-09-20</issued>"
                + "<itemUrl manifestation=\"PDF\">https://example.org/get?id=kst-36200-X-12&amp;format=pdf</itemUrl>"
                + "</r:recordData></r:record></r:records></r:searchRetrieveResponse>";
        SruResponse r = SruResponse.parse(xml.getBytes(StandardCharsets.UTF_8));
        FoundDocument d = SruSource.document(r.records().get(0));
        assertEquals("36200-X-12", d.kamerstuk());
        assertEquals("Brief & bijlage", d.title());
        assertEquals("https://example.org/get?id=kst-36200-X-12&format=pdf", d.fileUrl().toString());
        assertEquals(LocalDate.parse("2022-09-20"), d.date());
        assertEquals(1, r.numberOfRecords());
    }

    @Test
    void noDoctypeNorExternalEntityIsFollowed() throws Exception {
        Path secret = tmp.resolve("secret.txt");
        Files.writeString(secret, "GEHEIM");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<searchRetrieveResponse><records><record><recordData><identifier>kst-29521-1</identifier>"
                + "<title>&x;</title></recordData></record></records></searchRetrieveResponse>";
        try {
            SruResponse r = SruResponse.parse(xxe.getBytes(StandardCharsets.UTF_8));
            String title = r.records().isEmpty() ? null : r.records().get(0).get("title");
            assertFalse(title != null && title.contains("GEHEIM"), "the external entity was read: " + title);
        } catch (Fetched.BadContent refused) {
            assertTrue(refused.getMessage().contains("malformed SRU response"), refused.getMessage());
        }
    }
}
