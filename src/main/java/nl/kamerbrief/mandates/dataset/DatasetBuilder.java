package nl.kamerbrief.mandates.dataset;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds a {@link Dataset} from the output folders of extract runs. */
public final class DatasetBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(DatasetBuilder.class);

    private final MissionAliases aliases;
    private final LocalDate asOf;

    public DatasetBuilder(MissionAliases aliases, LocalDate asOf) {
        this.aliases = aliases;
        this.asOf = asOf;
    }

    /** Reads the folders (a later folder's version of a document wins) and builds the timelines. */
    public Dataset build(List<Path> outputFolders) throws DatasetException {
        List<RunOutput> runs = new ArrayList<>();
        for (Path folder : outputFolders) {
            RunOutput run = RunOutputReader.read(folder);
            LOG.info("{}: {} documents, {} records", folder, run.documents().size(),
                    run.records().values().stream().mapToInt(List::size).sum());
            runs.add(run);
        }
        DocumentMerger.Result merged = DocumentMerger.merge(runs);
        merged.warnings().forEach(LOG::warn);
        if (!merged.excluded().isEmpty()) {
            LOG.info("{} documents no run read ok (skipped or failed) are left out", merged.excluded().size());
        }
        List<MissionTimeline> missions = new TimelineBuilder(aliases, asOf).build(merged.documents());
        return new Dataset(asOf, outputFolders.stream().map(Path::toString).toList(),
                merged.documents().stream().map(MergedDocument::document).toList(), missions,
                merged.excluded().size(), merged.warnings());
    }
}
