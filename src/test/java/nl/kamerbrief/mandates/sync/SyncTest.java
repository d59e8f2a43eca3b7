package nl.kamerbrief.mandates.sync;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.kamerbrief.mandates.batch.OutputLock;
import nl.kamerbrief.mandates.cli.CliTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mandates sync} end to end against the replay server: every letter fetched once with its sidecar, the
 * cursor on {@code ApiGewijzigdOp}, reruns that fetch nothing, late, changed and deleted documents, both sources,
 * every fault, a run killed in the middle, and the exit codes.
 */
class SyncTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String G363 = "00000000-0000-0000-0000-000000000363";
    private static final String G446 = "00000000-0000-0000-0000-000000000446";
    private static final String G447 = "00000000-0000-0000-0000-000000000447";
    private static final String G497 = "00000000-0000-0000-0000-000000000497";
    private static final String GB1 = "00000000-0000-0000-0000-0000000000b1";

    /** The letters of the formats folder in the order they became visible, with the files they are. */
    private static final Map<String, String> FILES = Map.of(
            "kst-29521-363.pdf", "2018-06-toekomstige-bijdragen-missies.pdf",
            "kst-29521-446.pdf", "2022-06-17-samenhang-missies-2022-2025.pdf",
            "kst-29521-447.pdf", "2022-06-17-kennisgeving-eufor-althea.pdf",
            GB1 + ".pdf", "2025-02-13-beslisnota-inzet-2025-2028.pdf",
            "kst-29521-497.pdf", "2025-05-verslag-so-inzet-2025-2028.pdf");
    private static final List<String> GUIDS = List.of(G363, G446, G447, GB1, G497);

    private ReplayServer server;

    @TempDir
    Path tmp;
    private Path dir;

    @BeforeEach
    void start() throws IOException {
        server = new ReplayServer();
        dir = tmp.resolve("brieven");
        server.letters.add(ReplayServer.Letter.of(G363, 363, "2018-06-29", "2018-06-29T14:00:00Z",
                "Toekomstige bijdragen aan missies", FILES.get("kst-29521-363.pdf")));
        server.letters.add(ReplayServer.Letter.of(G446, 446, "2022-06-17", "2022-06-17T15:00:00Z",
                "Samenhangende inzet 2022-2025", FILES.get("kst-29521-446.pdf")));
        server.letters.add(ReplayServer.Letter.of(G447, 447, "2022-06-17", "2022-06-17T15:00:01Z",
                "Kennisgevingsbrief EUFOR Althea", FILES.get("kst-29521-447.pdf")));
        server.letters.add(ReplayServer.Letter.of(GB1, null, "2025-02-13", "2025-02-14T08:00:00Z",
                "Beslisnota", FILES.get(GB1 + ".pdf")));
        server.letters.add(ReplayServer.Letter.of(G497, 497, "2025-05-20", "2025-05-21T09:00:00Z",
                "Verslag schriftelijk overleg", FILES.get("kst-29521-497.pdf")));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private List<String> args(String... extra) {
        return argsWithTimeout("3", extra);
    }

    private List<String> argsWithTimeout(String timeout, String... extra) {
        List<String> a = new ArrayList<>(List.of("sync", "--into", dir.toString(), "--odata-url", server.odataUrl(),
                "--sru-url", server.sruUrl(), "--rate", "200", "--timeout", timeout));
        a.addAll(List.of(extra));
        return a;
    }

    private CliTest.Run sync(String... extra) {
        return CliTest.execute(args(extra).toArray(String[]::new));
    }

    private static String resource(String guid) {
        return ReplayServer.resourcePath(guid);
    }

    private List<String> letterFiles() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".") && !n.endsWith(".meta.json"))
                    .sorted().toList();
        }
    }

    private void assertEveryLetterHereOnce() throws IOException {
        assertEquals(FILES.keySet().stream().sorted().toList(), letterFiles());
        for (Map.Entry<String, String> f : FILES.entrySet()) {
            assertArrayEquals(Files.readAllBytes(ReplayServer.FORMATS.resolve(f.getValue())),
                    Files.readAllBytes(dir.resolve(f.getKey())), f.getKey());
        }
        for (String g : GUIDS) {
            assertEquals(1, server.served(resource(g)), "served once: " + g);
        }
    }

    private JsonNode sidecar(String stem) throws IOException {
        return JSON.readTree(dir.resolve(stem + ".meta.json").toFile());
    }

    private String cursor() throws IOException {
        Path c = dir.resolve(".sync/cursor-odata-29521.json");
        return Files.exists(c) ? JSON.readTree(c.toFile()).path("visible_since").asText() : null;
    }

    private static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    // --------------------------------------------------------------------------------------- runs and reruns

    @Test
    void theFirstRunFetchesEveryLetterOnceWithItsSidecar() throws Exception {
        CliTest.Run r = sync();
        assertEquals(0, r.exit(), r.err());
        assertEveryLetterHereOnce();
        assertTrue(r.err().contains("sync odata 29521: 5 listed, 5 new, 0 changed"), r.err());

        JsonNode s = sidecar("kst-29521-447");
        assertEquals(G447, s.path("guid").asText());
        assertEquals("29521-447", s.path("kamerstuk").asText());
        assertEquals("2022-06-17", s.path("date").asText());
        assertEquals("Kennisgevingsbrief EUFOR Althea", s.path("title").asText());
        assertEquals("Brief regering", s.path("type").asText());
        assertEquals("odata", s.path("source").asText());
        assertEquals("kst-29521-447.pdf", s.path("file").asText());
        assertEquals(server.base() + resource(G447), s.path("url").asText());
        assertEquals(sha256(Files.readAllBytes(dir.resolve("kst-29521-447.pdf"))), s.path("sha256").asText());
        assertEquals("2022-06-17T15:00:01Z", s.path("visible_since").asText());
        assertTrue(Instant.parse(s.path("fetched_at").asText()).isAfter(Instant.now().minusSeconds(120)));

        JsonNode nota = sidecar(GB1);
        assertTrue(nota.path("kamerstuk").isNull(), "no Volgnummer, no Kamerstuk number: " + nota);
        assertEquals(GB1 + ".pdf", nota.path("file").asText());
        assertEquals("2025-05-21T09:00:00Z", cursor(), "the cursor stands at the last ApiGewijzigdOp");
        assertTrue(server.requestLog.stream().noneMatch(q -> q.contains("$top")), server.requestLog.toString());
        assertTrue(server.userAgents.stream().allMatch(u -> u.startsWith("kamerbrief-mandates/")
                && u.contains("'Following new publications'")), server.userAgents.toString());
    }

    @Test
    void theUserAgentCarriesTheContactGiven() {
        assertEquals(0, sync("--contact", "ops@example.org").exit());
        assertTrue(server.userAgents.stream().allMatch(u -> u.endsWith("; contact: ops@example.org)")),
                server.userAgents.toString());
    }

    @Test
    void aSecondRunFetchesNothingAndSucceeds() throws Exception {
        assertEquals(0, sync().exit());
        int requestsBefore = server.requestLog.size();
        CliTest.Run r = sync();
        assertEquals(0, r.exit(), "no new documents is success: " + r.err());
        assertTrue(r.err().contains("sync: 0 files fetched"), r.err());
        assertEveryLetterHereOnce();
        assertEquals(requestsBefore + 1, server.requestLog.size(), "one listing page, no file: "
                + server.requestLog.subList(requestsBefore, server.requestLog.size()));
        assertTrue(java.net.URLDecoder.decode(server.requestLog.get(requestsBefore), StandardCharsets.UTF_8)
                .contains("ApiGewijzigdOp ge 2025-05-20T09:00:00Z"),
                "the cursor less a day of overlap: " + server.requestLog.get(requestsBefore));
    }

    @Test
    void aLetterThatBecomesVisibleLateIsFetchedByTheNextRun() throws Exception {
        assertEquals(0, sync().exit());
        // last changed in 2022 (GewijzigdOp), visible in the API only now (ApiGewijzigdOp)
        server.letters.add(ReplayServer.Letter.of("00000000-0000-0000-0000-000000000450", 450, "2022-07-01",
                "2025-06-03T10:00:00Z", "Laat zichtbaar", "2022-06-17-kennisgeving-eufor-althea.docx")
                .visibleAt("2025-06-03T10:00:00Z", "2022-07-01T10:00:00Z"));
        CliTest.Run r = sync();
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.exists(dir.resolve("kst-29521-450.docx")), "a DOCX resource keeps its kind");
        assertEquals("2022-07-01", sidecar("kst-29521-450").path("date").asText());
        assertEquals(6, server.servedFiles());
        assertEquals("2025-06-03T10:00:00Z", cursor());
    }

    @Test
    void aChangedFileIsFetchedAgainAndAChangeOfMetadataOnlyRewritesTheSidecar() throws Exception {
        assertEquals(0, sync().exit());
        server.letters.replaceAll(l -> switch (l.guid()) {
            case G446 -> l.withFile("2022-06-17-samenhang-missies-2022-2025.docx", "v2", "2025-06-04T10:00:00Z");
            case G447 -> l.withOnderwerp("Kennisgevingsbrief over EUFOR Althea (gewijzigd)", "2025-06-04T11:00:00Z");
            default -> l;
        });
        CliTest.Run r = sync();
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("0 new, 1 changed, 1 metadata only"), r.err());
        assertTrue(Files.exists(dir.resolve("kst-29521-446.docx")));
        assertFalse(Files.exists(dir.resolve("kst-29521-446.pdf")), "the old file does not stay as a second letter");
        assertEquals("kst-29521-446.docx", sidecar("kst-29521-446").path("file").asText());
        assertEquals(2, server.served(resource(G446)));
        assertEquals(1, server.served(resource(G447)), "the unchanged file is not fetched again");
        assertEquals("Kennisgevingsbrief over EUFOR Althea (gewijzigd)", sidecar("kst-29521-447").path("title").asText());
    }

    @Test
    void aDeletedDocumentIsRecordedOnceAndItsFileKept() throws Exception {
        assertEquals(0, sync().exit());
        server.letters.replaceAll(l -> l.guid().equals(G363) ? l.deleted("2025-06-05T10:00:00Z") : l);
        CliTest.Run r = sync();
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("1 deleted"), r.err());
        assertTrue(Files.exists(dir.resolve("kst-29521-363.pdf")));
        assertEquals(0, sync().exit());
        List<String> lines = Files.readAllLines(dir.resolve(".sync/deleted.jsonl"));
        assertEquals(1, lines.size(), "seen again in the overlap, recorded once: " + lines);
        JsonNode d = JSON.readTree(lines.get(0));
        assertEquals(G363, d.path("guid").asText());
        assertEquals("kst-29521-363.pdf", d.path("local_file").asText());
        assertEquals("2025-06-05T10:00:00Z", d.path("visible_since").asText());
    }

    @Test
    void aKamerstukFoundThroughBothSourcesIsFetchedOnce() throws Exception {
        server.kamerstukken.add(new ReplayServer.Kamerstuk("29521", 447, "Kennisgevingsbrief EUFOR Althea", "Brief",
                "2022-06-20", "2022-06-20", "2022-06-17-kennisgeving-eufor-althea.xml", null, null));
        server.kamerstukken.add(new ReplayServer.Kamerstuk("29521", 448, "Brief over de beslisnota", "Brief",
                "2025-02-14", "2025-02-14", null, "2025-02-13-beslisnota-inzet-2025-2028.pdf", null));
        CliTest.Run r = sync("--source", "both");
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.exists(dir.resolve("kst-29521-447.pdf")));
        assertFalse(Files.exists(dir.resolve("kst-29521-447.xml")), "one file per Kamerstuk");
        assertEquals(0, server.served("/files/2022-06-17-kennisgeving-eufor-althea.xml"));
        assertEquals("sru", sidecar("kst-29521-448").path("source").asText());
        assertTrue(sidecar("kst-29521-448").path("guid").isNull());
        assertTrue(r.err().contains("sync sru 29521: 2 listed, 1 new, 0 changed, 0 metadata only, 1 already here"),
                r.err());
        assertTrue(Files.exists(dir.resolve(".sync/cursor-sru-29521.json")));
    }

    @Test
    void sruAloneFetchesTheXmlManifestation() throws Exception {
        server.kamerstukken.add(new ReplayServer.Kamerstuk("29521", 447, "Kennisgevingsbrief EUFOR Althea", "Brief",
                "2022-06-20", "2022-06-20", "2022-06-17-kennisgeving-eufor-althea.xml",
                "2022-06-17-kennisgeving-eufor-althea.pdf", null));
        CliTest.Run r = sync("--source", "sru");
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("kst-29521-447.xml"), letterFiles());
        assertEquals("2022-06-20", sidecar("kst-29521-447").path("date").asText());
    }

    // ----------------------------------------------------------------------------------------------- faults

    @Test
    void everyPassingFaultIsRetriedAndEachFileFetchedOnce() throws Exception {
        server.fault(ReplayServer.ODATA + "Document", ReplayServer.Fault.MALFORMED_PAGE,
                ReplayServer.Fault.UNAVAILABLE_503);
        server.fault(resource(G363), ReplayServer.Fault.ERROR_500);
        server.fault(resource(G446), ReplayServer.Fault.TOO_MANY_429);
        server.fault(resource(G447), ReplayServer.Fault.RESET);
        server.fault(resource(G497), ReplayServer.Fault.TRUNCATED);
        server.fault(resource(GB1), ReplayServer.Fault.SLOW);
        CliTest.Run r = sync();
        assertEquals(0, r.exit(), r.err());
        assertEveryLetterHereOnce();
        for (String g : GUIDS) {
            assertEquals(2, server.requests(resource(g)), "one fault, one answer: " + g);
        }
        assertEquals("2025-05-21T09:00:00Z", cursor());
    }

    @Test
    void aSoftNotFoundFailsThatLetterClearlyAndHoldsTheCursorForTheNextRun() throws Exception {
        server.fault(resource(G446), ReplayServer.Fault.SOFT_404);
        CliTest.Run r = sync();
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("failed: odata 29521 kst-29521-446: soft 404: a web page titled "
                + "'Pagina niet gevonden | Overheid.nl'"), r.err());
        assertFalse(Files.exists(dir.resolve("kst-29521-446.pdf")));
        assertEquals(4, letterFiles().size(), "the others are fetched: " + letterFiles());
        assertEquals("2018-06-29T14:00:00Z", cursor(), "the cursor stops before the failed letter");

        // the fault is spent: the file is there again
        CliTest.Run again = sync();
        assertEquals(0, again.exit(), again.err());
        assertEveryLetterHereOnce();
        assertEquals("2025-05-21T09:00:00Z", cursor());
    }

    @Test
    void aListingThatKeepsFailingIsReportedAndMovesNothing() throws IOException {
        ReplayServer.Fault[] three = new ReplayServer.Fault[3];
        Arrays.fill(three, ReplayServer.Fault.UNAVAILABLE_503);
        server.fault(ReplayServer.ODATA + "Document", three);
        CliTest.Run r = sync("--attempts", "3");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("failed: odata 29521 (listing): gave up on ") && r.err().contains("HTTP 503"),
                r.err());
        assertEquals(null, cursor());
        assertEquals(List.of(), letterFiles());
    }

    // ----------------------------------------------------------------------------------- crashes and state

    @Test
    void aRunKilledInTheMiddleFetchesNothingTwiceAndMissesNothing() throws Exception {
        server.fault(resource(G447), ReplayServer.Fault.HANG);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "nl.kamerbrief.mandates.cli.MandatesCommand"));
        cmd.addAll(argsWithTimeout("60"));
        Path log = tmp.resolve("child.log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            boolean reached = server.hangEntered.await(90, TimeUnit.SECONDS);
            assertTrue(reached, "the child reached the third letter:\n" + Files.readString(log));
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        } finally {
            p.destroyForcibly();
            server.hangRelease.countDown();
        }
        assertEquals(List.of("kst-29521-363.pdf", "kst-29521-446.pdf"), letterFiles(), "killed at the third");
        assertEquals("2022-06-17T15:00:00Z", cursor());

        CliTest.Run r = sync();
        assertEquals(0, r.exit(), r.err());
        assertEveryLetterHereOnce();
        assertEquals(2, server.requests(resource(G447)), "asked twice, answered once");
        assertEquals(1, server.requests(resource(G363)));
    }

    @Test
    void aCrashBeforeTheCursorMovedFetchesNothingAgain() throws Exception {
        assertEquals(0, sync().exit());
        Files.delete(dir.resolve(".sync/cursor-odata-29521.json"));
        CliTest.Run r = sync();
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("5 listed, 0 new, 0 changed, 0 metadata only, 5 already here"), r.err());
        assertEveryLetterHereOnce();
        assertEquals("2025-05-21T09:00:00Z", cursor());
    }

    @Test
    void aSidecarLeftPendingIsCompletedAndTemporaryFilesRemoved() throws Exception {
        assertEquals(0, sync().exit());
        Files.createDirectories(dir.resolve(".sync/pending"));
        // killed between the file's rename and the sidecar's
        Files.move(dir.resolve("kst-29521-497.meta.json"), dir.resolve(".sync/pending/kst-29521-497.meta.json"));
        // killed while writing a file
        Files.write(dir.resolve(".kst-29521-498.pdf.123.part"), new byte[] {1, 2, 3});
        CliTest.Run r = sync();
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.exists(dir.resolve("kst-29521-497.meta.json")));
        assertFalse(Files.exists(dir.resolve(".sync/pending/kst-29521-497.meta.json")));
        assertFalse(Files.exists(dir.resolve(".kst-29521-498.pdf.123.part")));
        assertEveryLetterHereOnce();
    }

    @Test
    void aLetterPutThereByHandIsDescribedNotFetched() throws Exception {
        Files.createDirectories(dir);
        Files.copy(ReplayServer.FORMATS.resolve(FILES.get("kst-29521-446.pdf")), dir.resolve("kst-29521-446.pdf"));
        assertEquals(0, sync().exit());
        assertEquals(0, server.served(resource(G446)));
        assertEquals(G446, sidecar("kst-29521-446").path("guid").asText());
    }

    // ------------------------------------------------------------------------------------ exit codes, probe

    @Test
    void aFolderHeldByAnotherRunExitsThree() throws Exception {
        Files.createDirectories(dir);
        try (OutputLock held = OutputLock.acquire(dir)) {
            CliTest.Run r = sync();
            assertEquals(3, r.exit(), r.err());
            assertTrue(r.err().contains("another run holds"), r.err());
        }
        assertEquals(0, server.requestLog.size());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, CliTest.execute("sync", "--odata-url", server.odataUrl()).exit(), "no --into");
        assertEquals(2, sync("--rate", "0").exit());
        assertEquals(2, sync("--since", "2024-13-01").exit());
        assertEquals(2, sync("--dossier", "vredesmissies").exit());
        assertEquals(2, sync("--source", "ftp").exit());
        assertEquals(2, CliTest.execute("sync", "--into", dir.toString(), "--odata-url", "file:///etc").exit());
        assertEquals(0, server.requestLog.size());
    }

    @Test
    void theProbeMakesOneRequestPerSourceAndNamesWhatItDidNotExpect() {
        server.letters.replaceAll(l -> l.withExtra(Map.of("NieuwVeld", "x")));
        server.letters.add(ReplayServer.Letter.of("00000000-0000-0000-0000-000000000999", 999,
                java.time.LocalDate.now().minusDays(10).toString(), Instant.now().minusSeconds(3600).toString(),
                "Recent", FILES.get("kst-29521-447.pdf")).withExtra(Map.of("NieuwVeld", "x")));
        server.kamerstukken.add(new ReplayServer.Kamerstuk("29521", 447, "Kennisgevingsbrief", "Brief", "2022-06-20",
                "2022-06-20", "2022-06-17-kennisgeving-eufor-althea.xml", null, "nieuwElement"));
        CliTest.Run r = CliTest.execute("sync", "--probe", "--odata-url", server.odataUrl(), "--sru-url",
                server.sruUrl());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("odata: ok") && r.out().contains("sru: ok"), r.out());
        assertTrue(r.out().contains("fields not expected (ignored): NieuwVeld\n"), r.out());
        assertTrue(r.out().contains("fields not expected (ignored): language, nieuwElement\n"), r.out());
        assertTrue(r.out().contains("sample: kst-29521-999 "), "only the last year's letters: " + r.out());
        assertEquals(2, server.requestLog.size(), server.requestLog.toString());
        assertTrue(server.requestLog.stream().noneMatch(q -> q.contains("$top")));
    }

    @Test
    void theProbeOfAnUnreachableSourceFails() throws IOException {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        CliTest.Run r = CliTest.execute("sync", "--probe", "--source", "odata", "--attempts", "1", "--odata-url",
                "http://127.0.0.1:" + port + "/OData/v4/2.0/");
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("odata: FAILED") && r.out().contains("cannot connect"), r.out());
    }

    @Test
    void sidecarsAreUtf8Json() throws Exception {
        server.letters.replaceAll(l -> l.guid().equals(G447) ? l.withOnderwerp("Brief over België en Curaçao",
                "2022-06-17T15:00:01Z") : l);
        assertEquals(0, sync().exit());
        assertTrue(Files.readString(dir.resolve("kst-29521-447.meta.json"), StandardCharsets.UTF_8)
                .contains("\"title\" : \"Brief over België en Curaçao\""));
    }
}
