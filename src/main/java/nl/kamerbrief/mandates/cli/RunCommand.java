package nl.kamerbrief.mandates.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code mandates run}: the nightly job in one command: sync, incremental extract, dataset. */
@Command(name = "run", mixinStandardHelpOptions = true,
        header = "The nightly job: sync new letters, extract them incrementally, rebuild the dataset.",
        description = {"Runs 'sync --into DIR' with the sync options given, then",
                "'extract --incremental -o OUT DIR', then 'dataset --from OUT -o DATASET':",
                "the one command for cron. A sync that",
                "fails for some documents still lets the letters already here be extracted",
                "(the exit code says so); a usage error or a held folder stops the run."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  nothing failed (no new documents is fine)",
                "  1  some downloads or documents failed (listed on stderr)",
                "  2  usage error", "  3  another run holds the download or the output folder"})
final class RunCommand implements Callable<Integer> {

    @Mixin
    Common common;

    @Mixin
    SyncOptions sync;

    @Option(names = {"-o", "--out"}, paramLabel = "OUT", defaultValue = "output",
            description = "Output folder of the extraction (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--threads", paramLabel = "N",
            description = "Documents read at once (default: one per core, here ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--dataset", paramLabel = "DIR", defaultValue = "dataset",
            description = "Dataset folder rebuilt after the extraction (default: ${DEFAULT-VALUE}).")
    Path dataset;

    @Option(names = "--no-model", description = "Do not run the trained mission name finder.")
    boolean noModel;

    @Override
    public Integer call() {
        common.applyLogLevel();
        String problem = sync.problem(true);
        if (problem != null) {
            common.err().println("mandates run: " + problem);
            return 2;
        }
        int synced = SyncCommand.run(sync, common.err(), common.quiet);
        if (synced == 2 || synced == 3) {
            return synced;
        }
        int extracted = extract(common.out(), common.err());
        if (extracted == 2 || extracted == 3) {
            return extracted;
        }
        int dataset = buildDataset(common.out(), common.err());
        return Math.max(Math.max(synced, extracted), dataset);
    }

    /** {@code extract --incremental -o OUT DIR}, through the extract command itself. */
    private int extract(PrintWriter out, PrintWriter err) {
        List<String> args = new ArrayList<>(List.of("--incremental", "-o", this.out.toString(), "--threads",
                Integer.toString(threads)));
        if (common.rules != null) {
            args.addAll(List.of("--rules", common.rules.toString()));
        }
        if (common.quiet) {
            args.add("-q");
        }
        if (common.verbose) {
            args.add("-v");
        }
        if (noModel) {
            args.add("--no-model");
        }
        args.add(sync.into.toString());
        CommandLine extract = new CommandLine(new ExtractCommand());
        extract.setOut(out);
        extract.setErr(err);
        extract.setExecutionExceptionHandler((ex, cmd, parse) -> {
            cmd.getErr().println("mandates run: extract: " + ex.getMessage());
            return 1;
        });
        return extract.execute(args.toArray(String[]::new));
    }

    /** {@code dataset --from OUT -o DATASET}: the timelines, exports and texts, rebuilt from the extract output. */
    private int buildDataset(PrintWriter out, PrintWriter err) {
        List<String> args = new ArrayList<>(List.of("--from", this.out.toString(), "-o", dataset.toString()));
        if (common.rules != null) {
            args.addAll(List.of("--rules", common.rules.toString()));
        }
        if (common.quiet) {
            args.add("-q");
        }
        CommandLine cl = new CommandLine(new DatasetCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, cmd, parse) -> {
            cmd.getErr().println("mandates run: dataset: " + ex.getMessage());
            return 1;
        });
        return cl.execute(args.toArray(String[]::new));
    }
}
