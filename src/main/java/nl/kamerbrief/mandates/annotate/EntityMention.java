package nl.kamerbrief.mandates.annotate;

import java.util.List;
import nl.kamerbrief.mandates.text.CharSpan;
import nl.kamerbrief.mandates.text.Spanned;

/**
 * A named or described thing a contribution could go to: a mission (known from the catalogue or found by
 * pattern, description or model), or something that looks like one and is not (an organisation, a component, an
 * exercise), or a capacity (a ship, a detachment) whose crew a headcount may count.
 *
 * @param missionId the catalogue id, or a slug of {@code name} for a mission not in the catalogue; null for
 *                  non-missions and capacities
 * @param name      the mission's short name (spec: acronym first), or the capacity's name
 * @param known     true when the name comes from the rules' mission list
 * @param role      how the text uses the mention (the target of a contribution, background, ...)
 * @param shared    true when one description names several missions at once ("de EU-capaciteitsopbouwmissies
 *                  in de Sahel")
 * @param kind      for a non-mission, what it is (organisation, component, national-element, capability,
 *                  initiative, exercise, other); null otherwise
 */
public record EntityMention(CharSpan span, Type type, String missionId, String name, String organisation,
                            boolean known, Source source, Role role, boolean shared, List<String> places,
                            String kind) implements Spanned {

    public EntityMention {
        places = List.copyOf(places);
    }

    public enum Type { MISSION, NON_MISSION, EXERCISE, CAPACITY }

    public enum Source { ALIAS, CONTEXT_ALIAS, PATTERN, DESCRIPTION, DEPLOYMENT, COREFERENCE, MODEL, LABEL }

    public enum Role {
        /** The thing a contribution goes to: "bijdrage aan X", "inzet in X", the head of a list item. */
        TARGET,
        /** Mentioned beside the point: "samen met X", "de link met X", "zoals X", "in overleg met X". */
        BACKGROUND,
        /** Part of another mission or a place in it: "de IRF van de NRF", "hoofdkwartier van operatie X". */
        COMPONENT,
        /** Anything else (a subject, an object of a verb that is not a contribution). */
        NEUTRAL
    }

    /**
     * Whether a number or date next to this entity is its own and not a contribution's: a national element
     * ("bemand door 2 militairen"), an exercise, an initiative. A component of a mission (UNPOL), a capability
     * (HUMINT, a part of a contribution) or an organisation (NAVO) does not absorb values.
     */
    public boolean absorbsValues() {
        if (type == Type.EXERCISE) {
            return true;
        }
        return type == Type.NON_MISSION && kind != null && (kind.equals("national-element")
                || kind.equals("initiative") || kind.equals("exercise") || kind.equals("other"));
    }

    public boolean isMission() {
        return type == Type.MISSION;
    }

    public EntityMention withRole(Role newRole) {
        return new EntityMention(span, type, missionId, name, organisation, known, source, newRole, shared, places,
                kind);
    }
}
