package nl.kamerbrief.mandates.rules;

import java.util.List;

/**
 * One mission of {@code rules/missions.json}: its facts (organisation, kind, places, years) are what resolves a
 * description such as "de EU-trainingsmissie in de Sahel" in a letter of a given year.
 */
public record MissionEntry(String id, String name, String organisation, List<String> kind, List<PlaceName> places,
                           Integer fromYear, Integer toYear, String predecessor, String successor, String acronym,
                           List<String> aliases, List<String> contextAliases, int line) {

    /** A place in Dutch and English. */
    public record PlaceName(String nl, String en) {
    }

    public MissionEntry {
        kind = List.copyOf(kind);
        places = List.copyOf(places);
        aliases = List.copyOf(aliases);
        contextAliases = List.copyOf(contextAliases);
    }

    /** Whether the mission ran in the given year (unknown bounds count as open). */
    public boolean activeIn(int year) {
        return (fromYear == null || fromYear <= year) && (toYear == null || year <= toYear);
    }
}
