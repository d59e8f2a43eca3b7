package nl.kamerbrief.mandates.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
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
                "Writes records.jsonl, documents.jsonl, text/<id>.txt and run.json into the output folder.",
                "Documents are read in parallel; the output does not depend on the number of threads.",
                "With --incremental only new or changed inputs are read (all of them when the rules or the",
                "pipeline changed), and the output is what a full run would write."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  no input failed (skipped inputs are fine)", "  1  some inputs failed (listed on stderr and in",
                "     documents.jsonl)", "  2  usage error", "  3  another run holds the output folder"})
final class ExtractCommand implements Callable<Integer> {

    @Mixin
    Common common;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "output",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    Limits limits;

    @Option(names = "--threads", paramLabel = "N",
            description = "Documents read at once (default: one per core, here ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--incremental",
            description = "Read only inputs that are new or changed since the last run into this output folder.")
    boolean incremental;

    @Option(names = "--keep-removed",
            description = "With --incremental: keep the records of inputs no longer given (default: drop them).")
    boolean keepRemoved;

    @Option(names = "--any-language", description = "Extract from letters that are not in Dutch too.")
    boolean anyLanguage;

    @Option(names = "--no-model", description = "Do not run the trained mission name finder.")
    boolean noModel;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Letters, or folders of letters.")
    List<String> paths;

    @Override
    public Integer call() throws Exception {
        common.applyLogLevel();
        if (keepRemoved && !incremental) {
            common.err().println("mandates extract: --keep-removed needs --incremental");
            return 2;
        }
        RuleSet rules;
        try {
            rules = RuleSet.load(common.rulesDir());
        } catch (RuleException e) {
            common.err().println("mandates: the rules in " + common.rulesDir() + " are not valid:\n" + e.getMessage());
            return 2;
        }
        BatchRunner runner = new BatchRunner(() -> {
            try {
                return new Pipeline(rules, !noModel);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the models in " + rules.dir(), e);
            }
        }, rules.digest(), limits.ingestion(rules), Version.pipeline());
        BatchRunner.Summary s;
        try {
            s = runner.run(new BatchRunner.Options(paths, out, limits.maxBytes, anyLanguage, limits.timeout(),
                    threads, incremental, keepRemoved, common.quiet));
        } catch (IOException e) {
            if (BatchRunner.isLocked(e)) {
                common.err().println("mandates extract: " + e.getMessage());
                return 3;
            }
            throw e;
        }
        if (!common.quiet || s.failed() > 0) {
            summary(s, common.err());
        }
        return s.failed() > 0 ? 1 : 0;
    }

    /** One screen on stderr: what was read, what failed and why, records, time and throughput. */
    static void summary(BatchRunner.Summary s, PrintWriter err) {
        double seconds = Math.max(0.001, s.millis() / 1000.0);
        int n = s.documents().size();
        err.printf(Locale.ROOT, "%d documents: %d ok, %d skipped, %d failed%s; %d records; %.1f s, %.1f documents/s%n",
                n, s.ok(), s.skipped(), s.failed(), s.reused() > 0 ? " (" + s.reused() + " unchanged, not read again)"
                        : "", s.records(), seconds, n / seconds);
        Map<String, Integer> skippedWhy = new TreeMap<>();
        for (DocumentEntry d : s.documents()) {
            if (DocumentEntry.SKIPPED.equals(d.status())) {
                skippedWhy.merge(d.reason().replaceAll(" \\(.*", ""), 1, Integer::sum);
            }
        }
        skippedWhy.forEach((why, k) -> err.printf("  skipped %d: %s%n", k, why));
        List<DocumentEntry> failures = s.failures();
        for (int i = 0; i < failures.size() && i < 20; i++) {
            err.println("  failed: " + failures.get(i).path() + ": " + failures.get(i).reason());
        }
        if (failures.size() > 20) {
            err.println("  ... and " + (failures.size() - 20) + " more failures: see documents.jsonl");
        }
        err.flush();
    }
}
