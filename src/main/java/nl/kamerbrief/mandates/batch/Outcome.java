package nl.kamerbrief.mandates.batch;

import java.util.List;
import java.util.Map;
import nl.kamerbrief.mandates.emit.DocumentEntry;

/**
 * What became of one input, ready to be written: its line of {@code documents.jsonl}, its lines of
 * {@code records.jsonl} and the time its stages took. Its normalized text is already on disk by then.
 *
 * @param reused whether it comes from the previous run's output (an unchanged input of an incremental run)
 */
record Outcome(DocumentEntry entry, String documentLine, List<String> recordLines, Map<String, Long> stageNanos,
               long millis, boolean reused) {

    Outcome {
        recordLines = List.copyOf(recordLines);
        stageNanos = Map.copyOf(stageNanos);
    }
}
