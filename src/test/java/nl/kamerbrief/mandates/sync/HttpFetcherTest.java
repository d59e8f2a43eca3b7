package nl.kamerbrief.mandates.sync;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTTP layer against the replay server: every fault of a flaky public API is retried until the real file
 * comes, or fails with a message that names the URL and the reason; a User-Agent and the rate limit go out with
 * every request.
 */
class HttpFetcherTest {

    static final String UA = "kamerbrief-mandates/test (replay)";
    private static final String PDF = "2022-06-17-kennisgeving-eufor-althea.pdf";

    private ReplayServer server;
    private HttpFetcher http;
    private byte[] pdf;

    /** Quick settings for tests: 2 s timeout, short backoff, a high rate. */
    static HttpSettings quick() {
        return HttpSettings.defaults(UA).withTimeout(Duration.ofSeconds(2)).withRate(200)
                .withBackoff(Duration.ofMillis(20), Duration.ofMillis(200));
    }

    @BeforeEach
    void start() throws Exception {
        server = new ReplayServer();
        http = new HttpFetcher(quick());
        pdf = Files.readAllBytes(ReplayServer.FORMATS.resolve(PDF));
    }

    @AfterEach
    void stop() {
        http.close();
        server.close();
    }

    private URI uri() {
        return URI.create(server.base() + ReplayServer.filePath(PDF));
    }

    private Fetched fetch() throws FetchException {
        return http.get(uri(), "*/*", FileKinds.file("application/pdf"));
    }

    @Test
    void serverErrorsAreRetriedUntilTheFileComes() throws Exception {
        server.fault(ReplayServer.filePath(PDF), ReplayServer.Fault.ERROR_500, ReplayServer.Fault.UNAVAILABLE_503);
        assertArrayEquals(pdf, fetch().body());
        assertEquals(3, server.requests(ReplayServer.filePath(PDF)));
        assertEquals(1, server.served(ReplayServer.filePath(PDF)));
    }

    @Test
    void tooManyRequestsWaitsAsRetryAfterSays() throws Exception {
        server.fault(ReplayServer.filePath(PDF), ReplayServer.Fault.TOO_MANY_429);
        long t0 = System.nanoTime();
        assertArrayEquals(pdf, fetch().body());
        long waited = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(waited >= 950, "Retry-After: 1 was honoured, waited " + waited + " ms");
        assertEquals(2, server.requests(ReplayServer.filePath(PDF)));
    }

    @Test
    void aRetryAfterBeyondTheLimitFailsAtOnceWithTheReason() throws Exception {
        try (HttpFetcher impatient = new HttpFetcher(new HttpSettings(UA, Duration.ofSeconds(1), 200, 5,
                Duration.ofMillis(20), Duration.ofMillis(100), Duration.ZERO, 1_000_000))) {
            server.fault(ReplayServer.filePath(PDF), ReplayServer.Fault.TOO_MANY_429);
            FetchException e = assertThrows(FetchException.class, () -> impatient.get(uri(), "*/*", Fetched.Check.ANY));
            assertTrue(e.getMessage().contains("Retry-After"), e.getMessage());
            assertEquals(1, server.requests(ReplayServer.filePath(PDF)));
        }
    }

    @Test
    void aSlowAnswerTimesOutAndIsAskedAgain() throws Exception {
        server.fault(ReplayServer.filePath(PDF), ReplayServer.Fault.SLOW);
        assertArrayEquals(pdf, fetch().body());
        assertEquals(2, server.requests(ReplayServer.filePath(PDF)));
    }

    @Test
    void aBodyThatStallsHalfWayTimesOutAndIsAskedAgain() throws Exception {
        server.fault(ReplayServer.filePath(PDF), ReplayServer.Fault.STALLED_BODY);
        assertArrayEquals(pdf, fetch().body());
        assertEquals(2, server.requests(ReplayServer.filePath(PDF)));
    }

    @Test
    void aConnectionClosedWithoutAnswerIsRetried() throws Exception {
        server.fault(ReplayServer.filePath(PDF), ReplayServer.Fault.RESET, ReplayServer.Fault.RESET);
        assertArrayEquals(pdf, fetch().body());
        assertEquals(3, server.requests(ReplayServer.filePath(PDF)));
    }

    @Test
    void aTruncatedBodyIsRetried() throws Exception {
        server.fault(ReplayServer.filePath(PDF), ReplayServer.Fault.TRUNCATED);
        assertArrayEquals(pdf, fetch().body());
        assertEquals(2, server.requests(ReplayServer.filePath(PDF)));
        assertEquals(1, server.served(ReplayServer.filePath(PDF)));
    }

    @Test
    void aSoftNotFoundIsRefusedAtOnceAndNamed() {
        server.fault(ReplayServer.filePath(PDF), ReplayServer.Fault.SOFT_404);
        FetchException e = assertThrows(FetchException.class, this::fetch);
        assertTrue(e.permanent());
        assertTrue(e.getMessage().contains("soft 404") && e.getMessage().contains("Pagina niet gevonden")
                && e.getMessage().contains(PDF), e.getMessage());
        assertEquals(1, server.requests(ReplayServer.filePath(PDF)));
    }

    @Test
    void aNotFoundIsNotRetried() {
        URI missing = URI.create(server.base() + "/files/kst-29521-999.pdf");
        FetchException e = assertThrows(FetchException.class, () -> http.get(missing, "*/*", Fetched.Check.ANY));
        assertTrue(e.permanent());
        assertTrue(e.getMessage().startsWith("HTTP 404 for " + missing), e.getMessage());
        assertEquals(1, server.requests("/files/kst-29521-999.pdf"));
    }

    @Test
    void persistentFailureGivesUpAfterTheTriesWithTheLastReason() {
        ReplayServer.Fault[] five = new ReplayServer.Fault[5];
        java.util.Arrays.fill(five, ReplayServer.Fault.UNAVAILABLE_503);
        server.fault(ReplayServer.filePath(PDF), five);
        FetchException e = assertThrows(FetchException.class, this::fetch);
        assertFalse(e.permanent());
        assertEquals("gave up on " + uri() + " after 5 tries; the last: HTTP 503", e.getMessage());
        assertEquals(5, server.requests(ReplayServer.filePath(PDF)));
    }

    @Test
    void aBodyOverTheLimitIsRefused() throws Exception {
        try (HttpFetcher small = new HttpFetcher(quick().withMaxBytes(1000))) {
            FetchException e = assertThrows(FetchException.class, () -> small.get(uri(), "*/*", Fetched.Check.ANY));
            assertTrue(e.getMessage().contains("larger than 1000 bytes"), e.getMessage());
        }
    }

    @Test
    void everyRequestNamesTheProjectAndKeepsToTheRate() throws Exception {
        try (HttpFetcher polite = new HttpFetcher(quick().withRate(5))) {
            long t0 = System.nanoTime();
            for (int i = 0; i < 4; i++) {
                polite.get(uri(), "*/*", Fetched.Check.ANY);
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            // four requests at 5 per second: three gaps of 200 ms at least
            assertTrue(ms >= 590, "4 requests at 5/s took " + ms + " ms");
        }
        assertEquals(4, server.userAgents.size());
        assertTrue(server.userAgents.stream().allMatch(UA::equals), server.userAgents.toString());
    }

    @Test
    void retryAfterReadsSecondsAndDates() {
        assertEquals(Duration.ofSeconds(120), HttpFetcher.retryAfter(answer("120")));
        Duration d = HttpFetcher.retryAfter(answer(java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                .format(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusSeconds(30))));
        assertTrue(d.toSeconds() >= 28 && d.toSeconds() <= 30, d.toString());
        assertEquals(null, HttpFetcher.retryAfter(answer("soon")));
    }

    private static Fetched answer(String retryAfter) {
        var headers = java.net.http.HttpHeaders.of(java.util.Map.of("Retry-After", java.util.List.of(retryAfter)),
                (a, b) -> true);
        return new Fetched(URI.create("http://x/"), URI.create("http://x/"), 429, "", new byte[0], headers);
    }
}
