package nl.kamerbrief.mandates.rules;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import nl.kamerbrief.mandates.text.Folding;

/**
 * Checks the rule files against each other: unique ids and names, known organisations and kinds, links that
 * resolve, no alias that names two missions, no non-mission that is also a mission, patterns that compile, and
 * every pattern matching its own example (the rule's executable documentation).
 */
final class RuleValidator {

    static final Set<String> NON_MISSION_TYPES = Set.of("organisation", "component", "national-element", "capability",
            "initiative", "exercise", "other");
    static final Set<String> PLACE_TYPES = Set.of("country", "region", "sea", "kingdom");

    /** Tables whose {@code pattern} column holds a regular expression over folded text. */
    static final List<String> PATTERN_TABLES = List.of("actions.tsv", "negations.tsv", "frames.tsv", "systems.tsv",
            "descriptions.tsv", "categories.tsv", "structure.tsv", "roles.tsv");

    private RuleValidator() {
    }

    static void validate(List<MissionEntry> missions, List<PlaceEntry> places, List<NonMissionEntry> nonMissions,
                         Map<String, Table> tables, List<RuleProblem> problems) {
        checkMissions(missions, problems);
        checkPlaces(places, problems);
        checkNonMissions(nonMissions, missions, problems);
        for (String t : PATTERN_TABLES) {
            Table table = tables.get(t);
            if (table != null) {
                checkPatterns(table, problems);
            }
        }
    }

    private static void checkMissions(List<MissionEntry> missions, List<RuleProblem> problems) {
        String f = "missions.json";
        Set<String> ids = new HashSet<>();
        Map<String, MissionEntry> byName = new HashMap<>();
        for (MissionEntry m : missions) {
            if (!m.id().matches("[a-z0-9][a-z0-9-]*")) {
                problems.add(RuleProblem.error(f, m.line(), "id '" + m.id() + "' is not a lowercase slug"));
            }
            if (!ids.add(m.id())) {
                problems.add(RuleProblem.error(f, m.line(), "duplicate id '" + m.id() + "'"));
            }
            MissionEntry other = byName.put(Folding.nameKey(m.name()), m);
            if (other != null) {
                problems.add(RuleProblem.error(f, m.line(), "name '" + m.name() + "' also names " + other.id()
                        + " (line " + other.line() + ")"));
            }
            if (m.organisation() == null || !RuleSet.ORGANISATIONS.contains(m.organisation())) {
                problems.add(RuleProblem.error(f, m.line(), m.id() + ": organisation '" + m.organisation()
                        + "' is not one of " + RuleSet.ORGANISATIONS));
            }
            if (m.kind().isEmpty()) {
                problems.add(RuleProblem.error(f, m.line(), m.id() + ": kind is empty"));
            }
            for (String k : m.kind()) {
                if (!RuleSet.KINDS.contains(k)) {
                    problems.add(RuleProblem.error(f, m.line(), m.id() + ": kind '" + k + "' is not one of "
                            + RuleSet.KINDS));
                }
            }
            if (m.fromYear() != null && m.toYear() != null && m.toYear() < m.fromYear()) {
                problems.add(RuleProblem.error(f, m.line(), m.id() + ": years end before they start"));
            }
        }
        for (MissionEntry m : missions) {
            for (String link : new String[] {m.predecessor(), m.successor()}) {
                if (link != null && !ids.contains(link)) {
                    problems.add(RuleProblem.error(f, m.line(), m.id() + ": links to unknown id '" + link + "'"));
                }
            }
        }
        // one alias, one mission; a context alias may be shared but must not be a plain alias elsewhere
        Map<String, MissionEntry> aliasOwner = new HashMap<>();
        for (MissionEntry m : missions) {
            aliasOwner.putIfAbsent(Folding.nameKey(m.name()), m);
        }
        for (MissionEntry m : missions) {
            Set<String> own = new HashSet<>();
            for (String a : m.aliases()) {
                String key = Folding.nameKey(a);
                if (key.isEmpty()) {
                    problems.add(RuleProblem.error(f, m.line(), m.id() + ": empty alias"));
                    continue;
                }
                if (!own.add(key)) {
                    problems.add(RuleProblem.warning(f, m.line(), m.id() + ": alias '" + a + "' listed twice"));
                }
                MissionEntry owner = aliasOwner.putIfAbsent(key, m);
                if (owner != null && owner != m) {
                    problems.add(RuleProblem.error(f, m.line(), m.id() + ": alias '" + a + "' also names "
                            + owner.id() + " (line " + owner.line() + "); make it a context alias of both"));
                }
            }
        }
        for (MissionEntry m : missions) {
            for (String a : m.contextAliases()) {
                MissionEntry owner = aliasOwner.get(Folding.nameKey(a));
                if (owner != null) {
                    problems.add(RuleProblem.error(f, m.line(), m.id() + ": context alias '" + a
                            + "' is a plain alias or name of " + owner.id()));
                }
            }
        }
    }

    private static void checkPlaces(List<PlaceEntry> places, List<RuleProblem> problems) {
        Map<String, PlaceEntry> seen = new HashMap<>();
        for (PlaceEntry p : places) {
            if (!PLACE_TYPES.contains(p.type())) {
                problems.add(RuleProblem.error("places.tsv", p.line(), "type '" + p.type() + "' is not one of "
                        + PLACE_TYPES));
            }
            PlaceEntry other = seen.put(Folding.nameKey(p.nl()), p);
            if (other != null) {
                problems.add(RuleProblem.error("places.tsv", p.line(), "'" + p.nl() + "' also on line "
                        + other.line()));
            }
        }
    }

    private static void checkNonMissions(List<NonMissionEntry> nonMissions, List<MissionEntry> missions,
                                         List<RuleProblem> problems) {
        Map<String, MissionEntry> missionNames = new HashMap<>();
        for (MissionEntry m : missions) {
            missionNames.put(Folding.nameKey(m.name()), m);
            for (String a : m.aliases()) {
                missionNames.put(Folding.nameKey(a), m);
            }
        }
        for (NonMissionEntry n : nonMissions) {
            if (!NON_MISSION_TYPES.contains(n.type())) {
                problems.add(RuleProblem.error("non-missions.tsv", n.line(), "type '" + n.type()
                        + "' is not one of " + NON_MISSION_TYPES));
            }
            for (String name : concat(n.name(), n.aliases())) {
                MissionEntry m = missionNames.get(Folding.nameKey(name));
                if (m != null) {
                    problems.add(RuleProblem.error("non-missions.tsv", n.line(), "'" + name
                            + "' is also a name of mission " + m.id()));
                }
            }
        }
    }

    private static List<String> concat(String first, List<String> rest) {
        java.util.ArrayList<String> all = new java.util.ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    /**
     * Every pattern compiles and finds a match in its example; an example with a {@code |} is tested on the part
     * before it (for patterns that look at the words before a mention).
     */
    private static void checkPatterns(Table table, List<RuleProblem> problems) {
        for (Table.Row r : table.rows()) {
            String pattern = r.get("pattern");
            Pattern p;
            try {
                p = Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                problems.add(RuleProblem.error(table.file(), r.line(), "pattern does not compile: "
                        + e.getDescription()));
                continue;
            }
            String example = r.get("example");
            if (example.isEmpty()) {
                problems.add(RuleProblem.warning(table.file(), r.line(), "pattern has no example"));
            } else if (!p.matcher(Folding.foldSameLength(example.contains("|")
                    ? example.substring(0, example.indexOf('|')) : example)).find()) {
                problems.add(RuleProblem.error(table.file(), r.line(), "pattern /" + pattern
                        + "/ does not match its example '" + example + "'"));
            }
        }
    }
}
