package nl.kamerbrief.mandates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.kamerbrief.mandates.batch.BatchRunner;
import nl.kamerbrief.mandates.batch.InputWalker;
import nl.kamerbrief.mandates.eval.Aliases;
import nl.kamerbrief.mandates.eval.ScoreReport;
import nl.kamerbrief.mandates.eval.Scorer;
import nl.kamerbrief.mandates.ingest.Ingestion;
import nl.kamerbrief.mandates.pipeline.Pipeline;
import nl.kamerbrief.mandates.rules.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main job end to end, as a user runs it: the three development sets (the five letters, the 30 excerpts and
 * the negatives) extracted with the shipped rules and model, scored as one corpus as {@code tools/score.py} scores
 * them (issue 10, point 10).
 */
class EndToEndScoresTest {

    private static final List<Path> GOLD = List.of(Path.of("corpus/gold"), Path.of("corpus/gold/more"),
            Path.of("corpus/gold/negatives"));

    @TempDir
    static Path out;

    private static ScoreReport report;
    private static BatchRunner.Summary summary;
    private static Map<String, JsonNode> gold;

    @BeforeAll
    static void extractAndScore() throws Exception {
        gold = Scorer.loadGold(GOLD);
        List<String> inputs = new ArrayList<>();
        for (InputWalker.Input in : InputWalker.collect(List.of("corpus"))) {
            if (gold.containsKey(BatchRunner.stem(in.path().getFileName().toString()))) {
                inputs.add(in.path().toString());
            }
        }
        assertEquals(gold.size(), inputs.size(), "every gold document has its letter under corpus/");
        RuleSet rules = RuleSet.load(Path.of("rules"));
        BatchRunner runner = new BatchRunner(new Pipeline(rules, true), Ingestion.standard(), "test");
        summary = runner.run(new BatchRunner.Options(inputs, out, 209715200L, false));
        Aliases aliases = Aliases.load(List.of(Path.of("corpus/gold/aliases.tsv")));
        report = new Scorer(aliases).score(gold, Scorer.loadPredictions(out), out);
    }

    @Test
    void everyLetterIsRead() {
        assertEquals(0, summary.failed(), "no letter fails");
        assertEquals(gold.size(), summary.ok(), "every letter is read");
        assertTrue(Files.exists(out.resolve("records.jsonl")));
    }

    @Test
    void scoresMeetTheBars() {
        Map<String, Double> s = report.summary();
        String shown = report.format(true);
        for (String measure : List.of("mission_f1", "count_recall", "count_precision", "end_recall", "end_precision",
                "evidence_support")) {
            assertTrue(s.get(measure) >= 0.95, measure + " = " + s.get(measure) + " is below 0.95\n" + shown);
        }
        assertEquals(1.0, s.get("evidence_valid"), 1e-9, "every quote is the text at its offsets\n" + shown);
    }

    @Test
    void negativesGiveNoRecords() throws Exception {
        List<String> lines = Files.readAllLines(out.resolve("records.jsonl"));
        List<String> negatives = new ArrayList<>();
        try (var files = Files.list(Path.of("corpus/gold/negatives"))) {
            files.filter(p -> p.toString().endsWith(".json"))
                    .forEach(p -> negatives.add(BatchRunner.stem(p.getFileName().toString())));
        }
        assertTrue(negatives.size() >= 10, "the negatives are there");
        List<String> falseRecords = lines.stream()
                .filter(l -> negatives.stream().anyMatch(n -> l.contains("\"id\":\"" + n + "\""))).toList();
        assertEquals(List.of(), falseRecords, "a letter without a contribution yields no record");
    }
}
