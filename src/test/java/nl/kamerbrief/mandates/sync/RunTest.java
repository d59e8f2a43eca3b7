package nl.kamerbrief.mandates.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.kamerbrief.mandates.cli.CliTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mandates run}, the cron command: sync from the replay server, then an incremental extract. */
class RunTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String G447 = "00000000-0000-0000-0000-000000000447";
    private static final String GB1 = "00000000-0000-0000-0000-0000000000b1";

    private ReplayServer server;

    @TempDir
    Path tmp;

    @BeforeEach
    void start() throws Exception {
        server = new ReplayServer();
        server.letters.add(ReplayServer.Letter.of(G447, 447, "2022-06-17", "2022-06-17T15:00:01Z",
                "Kennisgevingsbrief EUFOR Althea", "2022-06-17-kennisgeving-eufor-althea.pdf"));
        // the nota's pages carry no Kamer header: its date comes from its side block, its number from nowhere
        server.letters.add(ReplayServer.Letter.of(GB1, null, "2025-02-13", "2025-02-14T08:00:00Z", "Beslisnota",
                "2025-02-13-beslisnota-inzet-2025-2028.pdf"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private CliTest.Run run() {
        return CliTest.execute("run", "--into", tmp.resolve("brieven").toString(), "-o", tmp.resolve("out").toString(),
                "--dataset", tmp.resolve("dataset").toString(), "--odata-url", server.odataUrl(), "--rate", "200", "--timeout", "5", "--threads", "1");
    }

    private List<JsonNode> lines(String file) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String l : Files.readAllLines(tmp.resolve("out").resolve(file))) {
            out.add(JSON.readTree(l));
        }
        return out;
    }

    @Test
    void syncsThenExtractsAndANightWithNothingNewIsQuietSuccess() throws Exception {
        CliTest.Run first = run();
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.err().contains("sync: 2 files fetched"), first.err());
        List<JsonNode> docs = lines("documents.jsonl");
        assertEquals(List.of(GB1, "kst-29521-447"), docs.stream().map(d -> d.path("id").asText()).toList());
        assertTrue(docs.stream().allMatch(d -> d.path("status").asText().equals("ok")), docs.toString());
        JsonNode kennisgeving = docs.get(1);
        assertEquals("29521-447", kennisgeving.path("kamerstuk").asText());
        assertEquals("2022-06-17", kennisgeving.path("date").asText());
        List<JsonNode> records = lines("records.jsonl");
        assertTrue(records.stream().anyMatch(r -> r.path("document").path("id").asText().equals("kst-29521-447")
                && r.path("mission").path("name").asText().equals("EUFOR Althea")), records.toString());

        // the dataset step: the EUFOR Althea record in the timelines and the CSV, the letter's text kept
        assertTrue(Files.readString(tmp.resolve("dataset/dataset.csv")).contains("EUFOR Althea"));
        assertTrue(Files.exists(tmp.resolve("dataset/text/kst-29521-447.txt")));
        assertTrue(Files.exists(tmp.resolve("dataset/mandates.sqlite")));

        CliTest.Run second = run();
        assertEquals(0, second.exit(), second.err());
        assertTrue(second.err().contains("sync: 0 files fetched"), second.err());
        assertTrue(second.err().contains("(2 unchanged, not read again)"), second.err());
        assertEquals(2, server.servedFiles());
    }

    @Test
    void aFailedDownloadStillExtractsWhatIsThereAndExitsOne() throws Exception {
        server.fault(ReplayServer.resourcePath(GB1), ReplayServer.Fault.SOFT_404);
        CliTest.Run r = run();
        assertEquals(1, r.exit(), r.err());
        assertEquals(List.of("kst-29521-447"), lines("documents.jsonl").stream().map(d -> d.path("id").asText())
                .toList());
        assertFalse(Files.exists(tmp.resolve("brieven").resolve(GB1 + ".pdf")));
    }
}
