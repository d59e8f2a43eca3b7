package nl.kamerbrief.mandates.annotate.missions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kamerbrief.mandates.rules.MissionEntry;
import nl.kamerbrief.mandates.rules.NonMissionEntry;
import nl.kamerbrief.mandates.rules.RuleSet;
import nl.kamerbrief.mandates.text.Folding;

/**
 * The mission list of {@code rules/missions.json} and the non-missions of {@code rules/non-missions.tsv},
 * compiled for matching: every name and alias under a key of its letters and digits only ("EU Battle Group",
 * "EU-Battlegroup" and "EU Battlegroup" share "eubattlegroup"), with what the match needs (case-sensitive for
 * acronyms, a place in context for shared names).
 */
final class MissionCatalog {

    /** One name a mission (or non-mission) goes by. */
    record Name(String text, String squashed, boolean caseSensitive, MissionEntry mission, NonMissionEntry nonMission,
                boolean context) {
    }

    private final Map<String, MissionEntry> byId = new HashMap<>();
    private final Map<String, List<Name>> bySquashed = new HashMap<>();
    private final Map<String, List<MissionEntry>> byFamily = new HashMap<>();
    private final List<MissionEntry> missions;
    private final int maxKeyLength;
    /** Every beginning of a name key: a scan stops as soon as what it has read begins no name. */
    private final java.util.Set<String> keyPrefixes = new java.util.HashSet<>();

    MissionCatalog(RuleSet rules) {
        this.missions = rules.missions();
        int max = 1;
        for (MissionEntry m : missions) {
            byId.put(m.id(), m);
            add(m.name(), m, null, false);
            for (String a : m.aliases()) {
                add(a, m, null, false);
            }
            for (String a : m.contextAliases()) {
                add(a, m, null, true);
            }
            String family = m.acronym() != null ? m.acronym() : m.name().split(" ")[0];
            byFamily.computeIfAbsent(squash(family), k -> new ArrayList<>()).add(m);
            max = Math.max(max, squash(m.name()).length());
        }
        for (NonMissionEntry n : rules.nonMissions()) {
            add(n.name(), null, n, false);
            for (String a : n.aliases()) {
                add(a, null, n, false);
            }
        }
        for (List<Name> names : bySquashed.values()) {
            for (Name n : names) {
                max = Math.max(max, n.squashed().length());
            }
        }
        maxKeyLength = max;
        for (String key : bySquashed.keySet()) {
            for (int i = 1; i <= key.length(); i++) {
                keyPrefixes.add(key.substring(0, i));
            }
        }
    }

    private void add(String text, MissionEntry m, NonMissionEntry n, boolean context) {
        String key = squash(text);
        if (key.isEmpty()) {
            return;
        }
        bySquashed.computeIfAbsent(key, k -> new ArrayList<>()).add(new Name(text, key, isCaseSensitive(text), m, n,
                context));
    }

    /** Whether {@code written} is the name of an organisation or other non-mission ("NAVO", "EU"). */
    boolean isNonMission(String written) {
        for (Name n : bySquashed.getOrDefault(squash(written), List.of())) {
            if (n.nonMission() != null && caseFits(n, written)) {
                return true;
            }
        }
        return false;
    }

    /** Letters and digits only, folded: the key names are matched under. */
    static String squash(String s) {
        String f = Folding.foldSameLength(s);
        StringBuilder b = new StringBuilder(f.length());
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Acronyms and short names must match in case ("SOLE" is not "sole", "LAF" not "laf"); names of ordinary
     * words match in any case ("operatie Althea", "Resolute Support").
     */
    static boolean isCaseSensitive(String name) {
        String letters = name.replaceAll("[^\\p{L}]", "");
        if (letters.length() <= 4) {
            return true;
        }
        for (String word : name.split("[\\s/-]+")) {
            int upper = 0;
            for (int i = 0; i < word.length(); i++) {
                if (Character.isUpperCase(word.charAt(i))) {
                    upper++;
                }
            }
            if (upper >= 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether text written as {@code written} may stand for a case-sensitive name: the same letters in the same
     * case, all in capitals ("EMASOH" for "EMASoH"), or, for names of five letters or more, in title case
     * ("Unmee", "Minusma").
     */
    static boolean caseFits(Name name, String written) {
        if (!name.caseSensitive()) {
            return true;
        }
        String w = written.replaceAll("[^\\p{L}\\p{N}]", "");
        String n = name.text().replaceAll("[^\\p{L}\\p{N}]", "");
        if (w.equals(n) || w.equals(n.toUpperCase(Locale.ROOT)) && n.length() >= 3) {
            return true;
        }
        if (n.length() >= 5 && w.length() == n.length() && Character.isUpperCase(w.charAt(0))
                && w.substring(1).equals(w.substring(1).toLowerCase(Locale.ROOT))
                && w.equalsIgnoreCase(n) && n.equals(n.toUpperCase(Locale.ROOT))) {
            return true;
        }
        // multi-word names: each word that is an acronym in the name must be one in the text
        String[] nw = name.text().split("[\\s/]+");
        String[] ww = written.split("[\\s/]+");
        if (nw.length == ww.length && nw.length > 1) {
            for (int i = 0; i < nw.length; i++) {
                String a = nw[i].replaceAll("[^\\p{L}\\p{N}]", "");
                String b = ww[i].replaceAll("[^\\p{L}\\p{N}]", "");
                boolean acronym = a.length() <= 4 || a.chars().filter(Character::isUpperCase).count() >= 2;
                if (acronym && !(a.equals(b) || b.equals(a.toUpperCase(Locale.ROOT)))) {
                    return false;
                }
                if (!acronym && !a.equalsIgnoreCase(b)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    List<Name> named(String squashed) {
        return bySquashed.getOrDefault(squashed, List.of());
    }

    /** Whether some name's key begins with {@code squashed}. */
    boolean beginsSomeName(String squashed) {
        return squashed.isEmpty() || keyPrefixes.contains(squashed);
    }

    int maxKeyLength() {
        return maxKeyLength;
    }

    MissionEntry byId(String id) {
        return byId.get(id);
    }

    /** Missions whose acronym (or first name word) is the family, e.g. "EUCAP". */
    List<MissionEntry> family(String acronym) {
        return byFamily.getOrDefault(squash(acronym), List.of());
    }

    boolean isFamily(String acronym) {
        return byFamily.containsKey(squash(acronym)) && byFamily.get(squash(acronym)).size() > 1;
    }

    List<MissionEntry> missions() {
        return missions;
    }

    /** The mission whose name (not alias) is this, e.g. a deployment name "Patriots Slowakije". */
    MissionEntry byName(String name) {
        for (Name n : named(squash(name))) {
            if (n.mission() != null && !n.context()) {
                return n.mission();
            }
        }
        return null;
    }
}
