package nl.kamerbrief.mandates.dataset;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kamerbrief.mandates.rules.MissionEntry;
import nl.kamerbrief.mandates.text.Folding;

/**
 * Joins the missions of records to the catalogue of {@code rules/missions.json}: a record's {@code mission.id} when
 * the catalogue has it, else its name or id as a name, acronym or alias of a catalogue mission (folded: case,
 * accents and punctuation do not matter). Runs made with older rules, or names the name finder found that were
 * added to the catalogue later, so join the mission they name.
 */
public final class MissionAliases {

    private final Map<String, MissionEntry> byId = new HashMap<>();
    private final Map<String, MissionEntry> byName = new HashMap<>();

    public MissionAliases(List<MissionEntry> catalogue) {
        for (MissionEntry m : catalogue) {
            byId.putIfAbsent(m.id(), m);
        }
        // names first, so that an acronym or alias never takes a key that is another mission's name
        for (MissionEntry m : catalogue) {
            byName.putIfAbsent(Folding.nameKey(m.name()), m);
            byName.putIfAbsent(Folding.nameKey(m.id()), m);
        }
        for (MissionEntry m : catalogue) {
            if (m.acronym() != null) {
                byName.putIfAbsent(Folding.nameKey(m.acronym()), m);
            }
            for (String alias : m.aliases()) {
                byName.putIfAbsent(Folding.nameKey(alias), m);
            }
        }
    }

    /** An empty catalogue: missions join on their id alone. */
    public static MissionAliases none() {
        return new MissionAliases(List.of());
    }

    /** The catalogue mission a record's mission is, if any. */
    public Optional<MissionEntry> resolve(MissionRef ref) {
        MissionEntry m = byId.get(ref.id());
        if (m == null && ref.name() != null) {
            m = byName.get(Folding.nameKey(ref.name()));
        }
        if (m == null) {
            m = byName.get(Folding.nameKey(ref.id()));
        }
        return Optional.ofNullable(m);
    }
}
