package nl.kamerbrief.mandates.rules;

import java.util.List;

/**
 * A name that looks like a mission and is not one (an organisation, a component, a national element, a capability,
 * an initiative or an exercise), from {@code rules/non-missions.tsv}.
 */
public record NonMissionEntry(String name, String type, List<String> aliases, int line) {

    public NonMissionEntry {
        aliases = List.copyOf(aliases);
    }
}
