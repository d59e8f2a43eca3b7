package nl.kamerbrief.mandates.dataset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.kamerbrief.mandates.rules.MissionEntry;
import nl.kamerbrief.mandates.text.Folding;

/**
 * Groups the records of the merged documents by mission (joined on {@code mission.id} and the catalogue's
 * aliases; missions outside the catalogue on their id, or on their name when two runs gave them other ids), orders
 * each mission's records in time, and computes its current state and flags.
 */
public final class TimelineBuilder {

    /** Timeline order: letter date (undated last), letter id, place in the letter. */
    static final Comparator<DatasetRecord> ORDER = Comparator
            .comparing((DatasetRecord r) -> r.document().date(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(r -> r.document().id())
            .thenComparingInt(r -> r.record().number());

    private final MissionAliases aliases;
    private final LocalDate asOf;

    public TimelineBuilder(MissionAliases aliases, LocalDate asOf) {
        this.aliases = aliases;
        this.asOf = asOf;
    }

    /** The timelines of every mission, ordered by name (case and accents folded), then id. */
    public List<MissionTimeline> build(List<MergedDocument> documents) {
        Map<String, Mission> missions = new LinkedHashMap<>();
        Map<String, String> unknownByName = new HashMap<>();
        Map<String, List<DatasetRecord>> records = new HashMap<>();
        for (MergedDocument d : documents) {
            for (ExtractedRecord r : d.records()) {
                Mission m = mission(r.mission(), unknownByName);
                missions.putIfAbsent(m.id(), m);
                records.computeIfAbsent(m.id(), k -> new ArrayList<>()).add(new DatasetRecord(m.id(), 0, d.document(), r));
            }
        }
        List<MissionTimeline> timelines = new ArrayList<>();
        for (Mission m : missions.values()) {
            List<DatasetRecord> ordered = new ArrayList<>(records.get(m.id()));
            ordered.sort(ORDER);
            List<DatasetRecord> placed = new ArrayList<>(ordered.size());
            for (int i = 0; i < ordered.size(); i++) {
                DatasetRecord r = ordered.get(i);
                placed.add(new DatasetRecord(r.missionId(), i + 1, r.document(), r.record()));
            }
            CurrentState state = CurrentState.of(placed);
            timelines.add(new MissionTimeline(m.id(), m.name(), m.organisation(), m.known(), placed, state,
                    FlagFinder.flags(placed, state, asOf)));
        }
        timelines.sort(Comparator.comparing((MissionTimeline t) -> Folding.nameKey(t.name()).toLowerCase(Locale.ROOT))
                .thenComparing(MissionTimeline::id));
        return timelines;
    }

    private record Mission(String id, String name, String organisation, boolean known) {
    }

    private Mission mission(MissionRef ref, Map<String, String> unknownByName) {
        Optional<MissionEntry> known = aliases.resolve(ref);
        if (known.isPresent()) {
            MissionEntry e = known.get();
            return new Mission(e.id(), e.name(), e.organisation(), true);
        }
        String id = unknownByName.computeIfAbsent(Folding.nameKey(ref.name()), k -> ref.id());
        return new Mission(id, ref.name(), ref.organisation(), false);
    }
}
