package nl.kamerbrief.mandates.dataset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The consolidated dataset: the documents (each once), every mission's timeline, and how it was made.
 *
 * @param asOf the day {@code end_date_passed} is judged against
 * @param sources the output folders it was built from, in the order given
 * @param excludedDocuments documents no run read {@code ok} (skipped or failed): not in the dataset
 * @param warnings what the merge had to say (documents that differ between runs)
 */
public record Dataset(LocalDate asOf, List<String> sources, List<SourceDocument> documents,
                      List<MissionTimeline> missions, int excludedDocuments, List<String> warnings) {

    public Dataset {
        sources = List.copyOf(sources);
        documents = List.copyOf(documents);
        missions = List.copyOf(missions);
        warnings = List.copyOf(warnings);
    }

    /** Every record, missions in order and each mission's records in timeline order. */
    public List<DatasetRecord> records() {
        List<DatasetRecord> all = new ArrayList<>();
        missions.forEach(m -> all.addAll(m.records()));
        return all;
    }

    public int recordCount() {
        return missions.stream().mapToInt(m -> m.records().size()).sum();
    }

    public int flagCount() {
        return missions.stream().mapToInt(m -> m.flags().size()).sum();
    }
}
