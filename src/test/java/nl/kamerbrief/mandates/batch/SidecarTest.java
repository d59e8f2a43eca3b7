package nl.kamerbrief.mandates.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.kamerbrief.mandates.cli.CliTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code extract} makes of a folder {@code sync} filled: a sidecar's date, Kamerstuk number and title are the
 * document's metadata where its text gives none (the text's own dateline still wins), and no sidecar, cursor,
 * pending, lock or temporary file is ever read as a letter.
 */
class SidecarTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Has no dateline and no Kamerstuk header of its own (gold: date and kamerstuk null). */
    private static final Path UNDATED = Path.of("corpus/2018-06-toekomstige-bijdragen-missies.txt");
    /** Has its dateline "Den Haag, 17 juni 2022" and no Kamerstuk header. */
    private static final Path DATED = Path.of("corpus/2022-06-17-kennisgeving-eufor-althea.txt");

    @TempDir
    Path tmp;

    private static String sidecar(String date, String kamerstuk, String title) {
        return "{\n  \"id\" : \"x\",\n  \"source\" : \"odata\",\n  \"guid\" : \"00000000-0000-0000-0000-000000000363\",\n"
                + "  \"kamerstuk\" : " + (kamerstuk == null ? "null" : "\"" + kamerstuk + "\"") + ",\n"
                + "  \"date\" : \"" + date + "\",\n  \"title\" : \"" + title + "\",\n  \"type\" : \"Brief regering\",\n"
                + "  \"sha256\" : \"0\",\n  \"fetched_at\" : \"2025-06-01T00:00:00Z\",\n  \"future_field\" : [1, 2]\n}\n";
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String l : Files.readAllLines(file)) {
            out.add(JSON.readTree(l));
        }
        return out;
    }

    @Test
    void aLetterWithoutDatelineTakesDateAndKamerstukFromItsSidecar() throws Exception {
        Path with = Files.createDirectories(tmp.resolve("with"));
        Path without = Files.createDirectories(tmp.resolve("without"));
        Files.copy(UNDATED, with.resolve("kst-29521-363.txt"));
        Files.writeString(with.resolve("kst-29521-363.meta.json"),
                sidecar("2018-06-29", "29521-363", "Toekomstige bijdragen aan missies"));
        Files.copy(UNDATED, without.resolve("kst-29521-363.txt"));

        assertEquals(0, CliTest.execute("extract", "-q", "-o", tmp.resolve("out-with").toString(), with.toString())
                .exit());
        assertEquals(0, CliTest.execute("extract", "-q", "-o", tmp.resolve("out-without").toString(),
                without.toString()).exit());

        JsonNode doc = lines(tmp.resolve("out-with/documents.jsonl")).get(0);
        assertEquals("kst-29521-363", doc.path("id").asText());
        assertEquals("2018-06-29", doc.path("date").asText());
        assertEquals("29521-363", doc.path("kamerstuk").asText());
        JsonNode bare = lines(tmp.resolve("out-without/documents.jsonl")).get(0);
        assertTrue(bare.path("date").isNull() && bare.path("kamerstuk").isNull(), "no sidecar, no metadata: " + bare);

        List<JsonNode> records = lines(tmp.resolve("out-with/records.jsonl"));
        assertFalse(records.isEmpty(), "the 2018 letter states contributions");
        for (JsonNode r : records) {
            assertEquals("2018-06-29", r.path("document").path("date").asText());
            assertEquals("29521-363", r.path("document").path("kamerstuk").asText());
        }
    }

    @Test
    void theLettersOwnDatelineWinsOverTheSidecar() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(DATED, in.resolve("kst-29521-447.txt"));
        Files.writeString(in.resolve("kst-29521-447.meta.json"), sidecar("2022-06-20", "29521-447", "Kennisgeving"));
        assertEquals(0, CliTest.execute("extract", "-q", "-o", tmp.resolve("out").toString(), in.toString()).exit());
        JsonNode doc = lines(tmp.resolve("out/documents.jsonl")).get(0);
        assertEquals("2022-06-17", doc.path("date").asText(), "Den Haag, 17 juni 2022");
        assertEquals("29521-447", doc.path("kamerstuk").asText(), "the text states no number of its own");
    }

    @Test
    void aFolderFilledBySyncGivesExactlyOneDocumentPerLetter() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("brieven"));
        Files.copy(UNDATED, in.resolve("kst-29521-363.txt"));
        Files.writeString(in.resolve("kst-29521-363.meta.json"), sidecar("2018-06-29", "29521-363", "T"));
        Files.copy(DATED, in.resolve("kst-29521-447.txt"));
        Files.writeString(in.resolve("kst-29521-447.meta.json"), sidecar("2022-06-17", "29521-447", "K"));
        Files.copy(DATED, in.resolve("0a1b2c3d-0000-0000-0000-000000000001.txt"));
        Path state = Files.createDirectories(in.resolve(".sync/pending"));
        Files.writeString(in.resolve(".sync/cursor-odata-29521.json"), "{\"visible_since\":\"2025-05-21T09:00:00Z\"}");
        Files.writeString(in.resolve(".sync/deleted.jsonl"), "{\"guid\":\"x\"}\n");
        Files.writeString(state.resolve("kst-29521-448.meta.json"), sidecar("2022-06-18", "29521-448", "P"));
        Files.writeString(in.resolve(".lock"), "pid 1 on host since 2025-06-01T00:00:00Z\n");
        Files.write(in.resolve(".kst-29521-449.pdf.123.part"), new byte[] {'%', 'P', 'D', 'F'});

        Path out = tmp.resolve("out");
        // the folder, and a sidecar named on the command line as a shell glob would
        CliTest.Run r = CliTest.execute("extract", "-q", "-o", out.toString(), in.toString(),
                in.resolve("kst-29521-363.meta.json").toString());
        assertEquals(0, r.exit(), r.err());
        List<String> ids = lines(out.resolve("documents.jsonl")).stream().map(d -> d.path("id").asText()).toList();
        assertEquals(List.of("0a1b2c3d-0000-0000-0000-000000000001", "kst-29521-363", "kst-29521-447"), ids);
        assertTrue(lines(out.resolve("documents.jsonl")).stream().allMatch(d -> d.path("status").asText().equals("ok")));
    }

    @Test
    void aChangedSidecarMakesAnIncrementalRunReadItsLetterAgain() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(UNDATED, in.resolve("kst-29521-363.txt"));
        Path meta = in.resolve("kst-29521-363.meta.json");
        Files.writeString(meta, sidecar("2018-06-29", "29521-363", "T"));
        Path out = tmp.resolve("out");
        assertEquals(0, CliTest.execute("extract", "--incremental", "-o", out.toString(), in.toString()).exit());
        CliTest.Run same = CliTest.execute("extract", "--incremental", "-o", out.toString(), in.toString());
        assertTrue(same.err().contains("(1 unchanged, not read again)"), same.err());

        Files.writeString(meta, sidecar("2018-06-28", "29521-363", "T"));
        CliTest.Run changed = CliTest.execute("extract", "--incremental", "-o", out.toString(), in.toString());
        assertEquals(0, changed.exit());
        assertFalse(changed.err().contains("unchanged"), changed.err());
        assertEquals("2018-06-28", lines(out.resolve("documents.jsonl")).get(0).path("date").asText());
    }

    @Test
    void anUnreadableSidecarIsAWarningNotAFailure() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(UNDATED, in.resolve("kst-29521-363.txt"));
        Files.writeString(in.resolve("kst-29521-363.meta.json"), "{\"date\": \"2018-06-29\", ");
        assertEquals(0, CliTest.execute("extract", "-q", "-o", tmp.resolve("out").toString(), in.toString()).exit());
        JsonNode doc = lines(tmp.resolve("out/documents.jsonl")).get(0);
        assertEquals("ok", doc.path("status").asText());
        assertTrue(doc.path("date").isNull());
        assertTrue(doc.path("warnings").toString().contains("sidecar kst-29521-363.meta.json not read"),
                doc.toString());
    }
}
