package nl.kamerbrief.mandates.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.kamerbrief.mandates.batch.BatchRunner;
import nl.kamerbrief.mandates.batch.InputWalker;
import nl.kamerbrief.mandates.eval.Aliases;
import nl.kamerbrief.mandates.eval.ScoreReport;
import nl.kamerbrief.mandates.eval.Scorer;
import nl.kamerbrief.mandates.pipeline.Pipeline;
import nl.kamerbrief.mandates.rules.RuleException;
import nl.kamerbrief.mandates.rules.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code mandates eval}: extracts the letters the gold files name and scores the records as
 * {@code tools/score.py} does (spec section 5), with the same numbers.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        header = "Score the extraction of gold letters, with the numbers of tools/score.py.",
        description = {"Extract the letters that gold files name (found by id under --corpus) and print the",
                "scores of spec section 5: the same numbers as tools/score.py on the same output."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  scored (and every --min bar met)", "  1  a --min bar not met, or a letter failed",
                "  2  usage error: no gold, a letter missing or found twice under --corpus"})
final class EvalCommand implements Callable<Integer> {

    @Mixin
    Common common;

    @Option(names = "--gold", arity = "1..*", required = true, paramLabel = "DIR",
            description = "Gold folders (their *.json files, not subfolders), scored as one corpus.")
    List<Path> gold;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus",
            description = "Where the letters are, by file stem (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Where to extract to (default: a temporary folder, removed afterwards).")
    Path out;

    @Option(names = "--aliases", arity = "1..*", paramLabel = "FILE",
            description = "Mission alias lists for folding names (default: corpus/gold/aliases.tsv).")
    List<Path> aliases;

    @Mixin
    Limits limits;

    @Option(names = "--min", arity = "1..*", paramLabel = "MEASURE=VALUE",
            description = "Exit 1 when a measure is below VALUE, e.g. mission_f1=0.95.")
    List<String> min;


    @Override
    public Integer call() throws Exception {
        common.applyLogLevel(false);
        Map<String, JsonNode> goldDocs;
        try {
            goldDocs = Scorer.loadGold(gold);
        } catch (IllegalArgumentException e) {
            common.err().println("mandates eval: " + e.getMessage());
            return 2;
        }
        Map<String, Path> byId = new LinkedHashMap<>();
        Map<String, Path> found = new LinkedHashMap<>();
        for (InputWalker.Input in : InputWalker.collect(List.of(corpus.toString()))) {
            String id = BatchRunner.stem(in.path().getFileName().toString());
            if (!goldDocs.containsKey(id)) {
                continue;
            }
            Path other = found.putIfAbsent(id, in.path());
            if (other != null) {
                common.err().println("mandates eval: document id '" + id + "' found twice under " + corpus + ": "
                        + other + " and " + in.path());
                return 2;
            }
        }
        List<String> missing = new ArrayList<>();
        for (String id : goldDocs.keySet()) {
            if (found.containsKey(id)) {
                byId.put(id, found.get(id));
            } else {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            common.err().println("mandates eval: no letter under " + corpus + " for gold " + String.join(", ", missing));
            return 2;
        }
        RuleSet rules;
        try {
            rules = RuleSet.load(common.rulesDir());
        } catch (RuleException e) {
            common.err().println("mandates: the rules in " + common.rulesDir() + " are not valid:\n" + e.getMessage());
            return 2;
        }
        Path outDir = out != null ? out : Files.createTempDirectory("mandates-eval-");
        try {
            BatchRunner runner = new BatchRunner(new Pipeline(rules, true), limits.ingestion(rules), Version.pipeline());
            List<String> inputs = byId.values().stream().map(Path::toString).toList();
            BatchRunner.Summary s = runner.run(new BatchRunner.Options(inputs, outDir, limits.maxBytes, false,
                    limits.timeout(), Runtime.getRuntime().availableProcessors(), false, false, true));
            List<Path> aliasFiles = aliases != null ? aliases : List.of(Path.of("corpus", "gold", "aliases.tsv"));
            Aliases folded = Aliases.load(aliasFiles.stream().filter(Files::exists).toList());
            ScoreReport report = new Scorer(folded).score(goldDocs, Scorer.loadPredictions(outDir), outDir);
            common.out().print(report.format(common.verbose));
            common.out().flush();
            int code = s.failed() > 0 ? 1 : 0;
            if (min != null) {
                List<String> below = new ArrayList<>();
                for (String m : min) {
                    String[] kv = m.split("=", 2);
                    Double v = report.summary().get(kv[0]);
                    if (kv.length != 2 || v == null) {
                        common.err().println("mandates eval: --min " + m + ": unknown measure; use one of "
                                + report.summary().keySet());
                        return 2;
                    }
                    if (v < Double.parseDouble(kv[1])) {
                        below.add(m);
                    }
                }
                if (!below.isEmpty()) {
                    common.out().println("below the bar: " + String.join(", ", below));
                    code = 1;
                }
            }
            return code;
        } finally {
            if (out == null) {
                deleteTree(outDir);
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
