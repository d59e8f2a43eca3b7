package nl.kamerbrief.mandates.annotate.missions;

import java.util.List;
import nl.kamerbrief.mandates.annotate.EntityMention;
import nl.kamerbrief.mandates.rules.MissionEntry;

/**
 * A possible entity at view tokens [from, to), before overlaps are resolved: a catalogue mission, a mission not in
 * the catalogue (with the name the text gives it), a non-mission, an exercise or a capacity.
 *
 * @param missions the catalogue missions meant (several for a plural description); empty when unknown
 * @param name     the name for an unknown mission or a capacity
 * @param group    the acronym this mention introduces in parentheses, bound for the rest of the document
 */
record Candidate(int from, int to, EntityMention.Type type, List<MissionEntry> missions, String name,
                 EntityMention.Source source, String organisation, List<String> places, String group, String kind) {

    Candidate {
        missions = List.copyOf(missions);
        places = List.copyOf(places);
    }

    static Candidate known(int from, int to, MissionEntry m, EntityMention.Source source) {
        return new Candidate(from, to, EntityMention.Type.MISSION, List.of(m), m.name(), source, m.organisation(),
                placesOf(m), null, null);
    }

    static Candidate unknown(int from, int to, String name, EntityMention.Source source, String organisation,
                             List<String> places) {
        return new Candidate(from, to, EntityMention.Type.MISSION, List.of(), name, source, organisation, places,
                null, null);
    }

    static List<String> placesOf(MissionEntry m) {
        return m.places().stream().map(MissionEntry.PlaceName::nl).toList();
    }

    boolean isKnown() {
        return !missions.isEmpty();
    }

    int length() {
        return to - from;
    }

    boolean overlaps(Candidate o) {
        return from < o.to && o.from < to;
    }

    /** Priority when candidates overlap: catalogue names before patterns, patterns before descriptions. */
    int rank() {
        int base = switch (source) {
            case ALIAS -> 70;
            case CONTEXT_ALIAS -> 60;
            case COREFERENCE -> 55;
            case PATTERN -> 50;
            case LABEL -> 45;
            case DEPLOYMENT -> 40;
            case DESCRIPTION -> 30;
            case MODEL -> 10;
        };
        if (type != EntityMention.Type.MISSION) {
            base = Math.max(base, 65);
        }
        return base + (isKnown() ? 5 : 0);
    }

    Candidate withGroup(String acronym) {
        return new Candidate(from, to, type, missions, name, source, organisation, places, acronym, kind);
    }
}
