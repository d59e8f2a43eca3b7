package nl.kamerbrief.mandates.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.kamerbrief.mandates.ingest.Ingestion;
import nl.kamerbrief.mandates.pipeline.Pipeline;
import nl.kamerbrief.mandates.rules.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document that hangs fails alone and the run goes on (issue 11, point 7): a reader that never returns and one
 * that spins without looking at interrupts, between two good letters, under a 2 s limit. Running out of memory is
 * {@link DocumentLimitsTest}'s, under a limit a loaded machine cannot reach first.
 */
class WatchdogTest {

    @TempDir
    Path tmp;

    @Test
    void aHangingDocumentFailsAloneAndTheRunGoesOn() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        String letter = Files.readString(Path.of("corpus/2022-06-17-kennisgeving-eufor-althea.txt"));
        for (String name : List.of("a-good", "hangs", "spins", "z-good")) {
            Files.writeString(in.resolve(name + ".txt"), letter, StandardCharsets.UTF_8);
        }
        Pipeline pipeline = new Pipeline(RuleSet.load(Path.of("rules")), false);
        BatchRunner runner = new BatchRunner(pipeline, new Ingestion(List.of(new MisbehavingIngestor())), "test");
        Path out = tmp.resolve("out");
        long t0 = System.nanoTime();
        BatchRunner.Summary s = runner.run(new BatchRunner.Options(List.of(in.toString()), out, 1L << 30, false,
                Duration.ofSeconds(2)));
        long seconds = (System.nanoTime() - t0) / 1_000_000_000L;

        ObjectMapper json = new ObjectMapper();
        List<String> lines = Files.readAllLines(out.resolve("documents.jsonl"));
        assertEquals(4, lines.size());
        for (String line : lines) {
            JsonNode d = json.readTree(line);
            String id = d.path("id").asText();
            String status = d.path("status").asText();
            String reason = d.path("reason").asText("");
            switch (id) {
                case "a-good", "z-good" -> assertEquals("ok", status, line);
                case "hangs", "spins" -> {
                    assertEquals("failed", status, line);
                    assertTrue(reason.startsWith("timed out after 2 s"), line);
                }
                default -> throw new AssertionError(line);
            }
        }
        assertEquals(2, s.ok());
        assertEquals(2, s.failed());
        // the good letters still get their records
        assertTrue(Files.readString(out.resolve("records.jsonl")).contains("\"id\":\"z-good\""));
        assertTrue(seconds < 50, "the run did not wait for the hanging document: " + seconds + " s");
    }
}
