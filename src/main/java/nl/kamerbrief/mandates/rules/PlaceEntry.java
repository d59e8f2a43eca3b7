package nl.kamerbrief.mandates.rules;

import java.util.List;

/**
 * A country, region or sea of {@code rules/places.tsv}; a region lists its member countries. Type {@code kingdom}
 * marks the Netherlands and the Caribbean parts of the Kingdom: not foreign, so no deployment.
 */
public record PlaceEntry(String nl, String en, String type, List<String> members, List<String> aliases, int line) {

    public PlaceEntry {
        members = List.copyOf(members);
        aliases = List.copyOf(aliases);
    }

    public boolean isKingdom() {
        return "kingdom".equals(type);
    }
}
