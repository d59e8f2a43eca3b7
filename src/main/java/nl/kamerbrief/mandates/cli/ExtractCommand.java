package nl.kamerbrief.mandates.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.kamerbrief.mandates.batch.BatchRunner;
import nl.kamerbrief.mandates.emit.DocumentEntry;
import nl.kamerbrief.mandates.pipeline.Pipeline;
import nl.kamerbrief.mandates.rules.RuleException;
import nl.kamerbrief.mandates.rules.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mandates extract}: letters in, records out. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        header = "Extract mandate records from letters into an output folder.",
        description = {"Extract mandate records from letters (files or folders, walked recursively in sorted order;",
                "folders named gold and hidden files are not entered).",
                "Writes records.jsonl, documents.jsonl, text/<id>.txt and run.json into the output folder."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  no input failed (skipped inputs are fine)", "  1  some inputs failed", "  2  usage error",
                "  3  another run holds the output folder"})
final class ExtractCommand implements Callable<Integer> {

    @Mixin
    Common common;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "output",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    Limits limits;

    @Option(names = "--any-language", description = "Extract from letters that are not in Dutch too.")
    boolean anyLanguage;

    @Option(names = "--no-model", description = "Do not run the trained mission name finder.")
    boolean noModel;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Letters, or folders of letters.")
    List<String> paths;

    @Override
    public Integer call() throws Exception {
        common.applyLogLevel();
        RuleSet rules;
        try {
            rules = RuleSet.load(common.rulesDir());
        } catch (RuleException e) {
            common.err().println("mandates: the rules in " + common.rulesDir() + " are not valid:\n" + e.getMessage());
            return 2;
        }
        Pipeline pipeline = new Pipeline(rules, !noModel);
        BatchRunner runner = new BatchRunner(pipeline, limits.ingestion(rules), Version.get());
        BatchRunner.Summary s = runner.run(new BatchRunner.Options(paths, out, limits.maxBytes, anyLanguage,
                limits.timeout()));
        common.err().printf("%d documents: %d ok, %d skipped, %d failed; %d records; %.1f s%n",
                s.documents().size(), s.ok(), s.skipped(), s.failed(), s.records(), s.millis() / 1000.0);
        for (DocumentEntry f : s.failures()) {
            common.err().println("  failed: " + f.path() + ": " + f.reason());
        }
        return s.failed() > 0 ? 1 : 0;
    }
}
