package nl.kamerbrief.mandates.annotate.missions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kamerbrief.mandates.annotate.Token;
import nl.kamerbrief.mandates.rules.PlaceEntry;
import nl.kamerbrief.mandates.rules.RuleSet;
import nl.kamerbrief.mandates.text.Folding;

/** Places from {@code rules/places.tsv}: every Dutch and English name and alias to its entry, regions to members. */
final class Gazetteer {

    /** A place found at tokens [from, to). */
    record Hit(PlaceEntry place, int from, int to) {
    }

    private final Map<String, PlaceEntry> byKey = new HashMap<>();
    private final int maxTokens;

    Gazetteer(RuleSet rules) {
        int max = 1;
        for (PlaceEntry p : rules.places()) {
            List<String> names = new ArrayList<>();
            names.add(p.nl());
            names.add(p.en());
            names.addAll(p.aliases());
            for (String n : names) {
                String key = Folding.nameKey(n);
                if (!key.isEmpty()) {
                    byKey.putIfAbsent(key, p);
                    max = Math.max(max, key.split(" ").length);
                }
            }
        }
        maxTokens = max;
    }

    PlaceEntry lookup(String name) {
        return byKey.get(Folding.nameKey(name));
    }

    /** The longest place name starting at token {@code i}, or null. */
    /** Whether one word, as written, is a place ("Mali", "Irak"). */
    boolean isPlace(String word) {
        return byKey.containsKey(Folding.nameKey(word));
    }

    Hit at(List<Token> tokens, int i) {
        for (int n = Math.min(maxTokens, tokens.size() - i); n >= 1; n--) {
            StringBuilder key = new StringBuilder();
            boolean ok = true;
            for (int k = i; k < i + n; k++) {
                Token t = tokens.get(k);
                if (!t.isWord() && !(t.is("-") && k > i && k < i + n - 1)) {
                    ok = false;
                    break;
                }
                if (t.isWord()) {
                    if (key.length() > 0) {
                        key.append(' ');
                    }
                    key.append(Folding.nameKey(t.text()));
                }
            }
            if (!ok) {
                continue;
            }
            PlaceEntry p = byKey.get(key.toString());
            if (p != null) {
                return new Hit(p, i, i + n);
            }
        }
        return null;
    }

    /**
     * Whether a mission with the given places operates in {@code place}: the same place, a member of a region it
     * names, or a region the place belongs to.
     */
    boolean covers(List<String> missionPlaces, PlaceEntry place) {
        Set<String> keys = new HashSet<>();
        for (String mp : missionPlaces) {
            PlaceEntry e = lookup(mp);
            keys.add(e == null ? Folding.nameKey(mp) : Folding.nameKey(e.nl()));
            if (e != null) {
                for (String m : e.members()) {
                    keys.add(Folding.nameKey(m));
                }
            }
        }
        if (keys.contains(Folding.nameKey(place.nl()))) {
            return true;
        }
        for (String member : place.members()) {
            if (keys.contains(Folding.nameKey(member))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a mission operates exactly in the place (not only through a region). */
    boolean exactly(List<String> missionPlaces, PlaceEntry place) {
        for (String mp : missionPlaces) {
            PlaceEntry e = lookup(mp);
            if (e != null && e.nl().equals(place.nl()) || Folding.nameKey(mp).equals(Folding.nameKey(place.nl()))) {
                return true;
            }
        }
        return false;
    }
}
