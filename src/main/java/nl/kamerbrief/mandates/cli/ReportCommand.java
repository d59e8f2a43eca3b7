package nl.kamerbrief.mandates.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.kamerbrief.mandates.dataset.Dataset;
import nl.kamerbrief.mandates.dataset.DatasetException;
import nl.kamerbrief.mandates.dataset.DatasetReader;
import nl.kamerbrief.mandates.dataset.NotAFolderOfKindException;
import nl.kamerbrief.mandates.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code mandates report}: a dataset into a review report that opens offline from disk. */
@Command(name = "report", mixinStandardHelpOptions = true,
        header = "Write the review report of a dataset: timeline, filterable records, evidence in each letter.",
        description = {"Write a report folder that opens from disk in a browser, with nothing from the network:",
                "index.html with a timeline of every mission (one bar per record, labelled with its headcount) and",
                "a table of records to filter by mission, organisation, year and action; and per letter a page",
                "with its text in which each record's evidence is highlighted, with its page number."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  the report was written", "  1  the dataset could not be read (the file and line are named)",
                "  2  usage error (e.g. a --from that is not a dataset folder)"})
final class ReportCommand implements Callable<Integer> {

    @Mixin
    Common common;

    @Option(names = "--from", paramLabel = "DATASET", defaultValue = "dataset",
            description = "Dataset folder written by 'mandates dataset' (default: ${DEFAULT-VALUE}).")
    Path from;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "report",
            description = "Report folder to write (default: ${DEFAULT-VALUE}); an existing report there is replaced.")
    Path out;

    @Override
    public Integer call() throws Exception {
        common.applyLogLevel();
        try {
            Dataset dataset = DatasetReader.read(from);
            ReportWriter.write(dataset, out);
            if (!common.quiet) {
                common.err().printf("%s: open %s in a browser (%d missions, %d records)%n", out,
                        out.resolve("index.html").toAbsolutePath().toUri(), dataset.missions().size(),
                        dataset.recordCount());
            }
            common.err().flush();
            return 0;
        } catch (NotAFolderOfKindException e) {
            common.err().println("mandates report: " + e.getMessage());
            return 2;
        } catch (DatasetException e) {
            common.err().println("mandates report: " + e.getMessage());
            return 1;
        }
    }
}
