package nl.kamerbrief.mandates.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import nl.kamerbrief.mandates.dataset.Dataset;
import nl.kamerbrief.mandates.dataset.DatasetBuilder;
import nl.kamerbrief.mandates.dataset.DatasetException;
import nl.kamerbrief.mandates.dataset.DatasetWriter;
import nl.kamerbrief.mandates.dataset.MissionAliases;
import nl.kamerbrief.mandates.dataset.NotAFolderOfKindException;
import nl.kamerbrief.mandates.rules.RuleException;
import nl.kamerbrief.mandates.rules.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code mandates dataset}: the output folders of extract runs into one dataset. */
@Command(name = "dataset", mixinStandardHelpOptions = true,
        header = "Merge the output folders of extract runs into a mandate dataset (JSON, CSV, SQLite).",
        description = {"Merge the output folders of one or more extract runs into a dataset folder: per mission its",
                "records in order of the letters' dates, where it stands now (latest headcount, end date, action",
                "and the letter that set each), and flags where letters of one date disagree on the headcount or",
                "where a mandate's end date has passed with no later letter.",
                "Missions are joined on mission.id and the aliases in the rules; a document read by two runs counts",
                "once (the folder given later wins when its file changed).",
                "Writes dataset.json, documents.jsonl, missions.json, records.jsonl, dataset.csv, mandates.sqlite",
                "and text/<id>.txt."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  the dataset was written", "  1  an input could not be read (the file and line are named)",
                "  2  usage error (e.g. a --from that is not an extract output folder)"})
final class DatasetCommand implements Callable<Integer> {

    @Mixin
    Common common;

    @Option(names = "--from", arity = "1..*", paramLabel = "OUT", defaultValue = "output",
            description = "Output folders of extract runs, oldest first (default: ${DEFAULT-VALUE}).")
    List<Path> from;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "dataset",
            description = "Dataset folder to write (default: ${DEFAULT-VALUE}); an existing dataset there is replaced.")
    Path out;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The day end dates are judged against (YYYY-MM-DD; default: today).")
    LocalDate asOf;

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
        LocalDate day = asOf != null ? asOf : LocalDate.now();
        try {
            Dataset dataset = new DatasetBuilder(new MissionAliases(rules.missions()), day).build(from);
            DatasetWriter.write(dataset, out);
            if (!common.quiet) {
                common.err().printf("%s: %d documents, %d missions, %d records, %d flags (as of %s)%n", out,
                        dataset.documents().size(), dataset.missions().size(), dataset.recordCount(),
                        dataset.flagCount(), day);
            }
            common.err().flush();
            return 0;
        } catch (NotAFolderOfKindException e) {
            common.err().println("mandates dataset: " + e.getMessage());
            return 2;
        } catch (DatasetException e) {
            common.err().println("mandates dataset: " + e.getMessage());
            return 1;
        }
    }
}
