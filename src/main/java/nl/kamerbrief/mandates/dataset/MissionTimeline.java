package nl.kamerbrief.mandates.dataset;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One mission's history: its records in timeline order (by letter date, undated letters last, then letter id,
 * then place in the letter), where it stands now, and its flags.
 *
 * @param known whether the mission is in the catalogue of {@code rules/missions.json}
 */
public record MissionTimeline(String id, String name, String organisation, boolean known,
                              List<DatasetRecord> records, CurrentState state, List<Flag> flags) {

    public MissionTimeline {
        records = List.copyOf(records);
        flags = List.copyOf(flags);
    }

    /** The date of its first dated letter (null when every letter is undated). */
    public LocalDate firstLetter() {
        return records.stream().map(r -> r.document().date()).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** The date of its last dated letter. */
    public LocalDate lastLetter() {
        return records.stream().map(r -> r.document().date()).filter(Objects::nonNull)
                .reduce((a, b) -> b).orElse(null);
    }
}
