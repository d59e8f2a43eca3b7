package nl.kamerbrief.mandates.annotate.dates;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kamerbrief.mandates.rules.RuleSet;
import nl.kamerbrief.mandates.rules.Table;
import nl.kamerbrief.mandates.text.Folding;

/** The words of the date grammar, compiled from {@code months.tsv} and {@code dates.tsv}. */
final class DateWords {

    final Map<String, Integer> months = new HashMap<>();
    /** season word to {month, day} of its start. */
    final Map<String, int[]> seasons = new HashMap<>();
    /** part words: begin, end, mid, half. */
    final Map<String, String> parts = new HashMap<>();
    final List<String> endingStems;
    final Map<String, String> relatives = new HashMap<>();

    DateWords(RuleSet rules) {
        for (Table.Row r : rules.table("months.tsv").rows()) {
            int n = Integer.parseInt(r.get("number"));
            months.put(Folding.foldSameLength(r.get("month")), n);
            for (String f : r.list("forms")) {
                months.put(Folding.foldSameLength(f).replace(".", ""), n);
            }
        }
        Set<String> stems = new HashSet<>();
        for (Table.Row r : rules.table("dates.tsv").rows()) {
            String w = Folding.foldSameLength(r.get("word"));
            switch (r.get("type")) {
                case "season" -> {
                    String[] md = r.get("value").split("-");
                    seasons.put(w, new int[] {Integer.parseInt(md[0]), Integer.parseInt(md[1])});
                }
                case "part" -> parts.put(w, r.get("value"));
                case "ending" -> stems.add(w);
                case "relative" -> relatives.put(w, r.get("value"));
                default -> throw new IllegalArgumentException("dates.tsv line " + r.line() + ": unknown type "
                        + r.get("type"));
            }
        }
        endingStems = List.copyOf(stems);
    }

    /** Whether the folded clause holds a verb of ending ("beëindigd", "loopt ... af", "stopt"). */
    boolean hasEndingVerb(String foldedClause) {
        for (String word : foldedClause.split("[^\\p{L}]+")) {
            for (String stem : endingStems) {
                if (!stem.contains(" ") && word.startsWith(stem)) {
                    return true;
                }
            }
        }
        if (foldedClause.matches("(?s).*\\b(loopt|lopen|liep|liepen)\\b.{0,40}\\baf\\b.*")) {
            return true;
        }
        for (String stem : endingStems) {
            if (stem.contains(" ") && foldedClause.contains(stem)) {
                return true;
            }
        }
        return false;
    }
}
