package nl.kamerbrief.mandates.train;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.kamerbrief.mandates.annotate.Token;
import nl.kamerbrief.mandates.annotate.Tokens;
import nl.kamerbrief.mandates.rules.MissionEntry;
import nl.kamerbrief.mandates.text.Folding;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * Copies of a labelled sentence with each mission name swapped for another catalogue name. A corpus of a few dozen
 * letters names few missions; swapping teaches the model the places a mission's name stands in ("bijdrage aan X",
 * "de missie X wordt verlengd") and the shapes names take, rather than the names themselves. The choice is seeded
 * by the sentence, so the same corpus always gives the same copies.
 */
final class NameSubstitution {

    private final List<String[]> pool;
    private final int copies;

    /**
     * @param missions the catalogue
     * @param exclude  names that must not be used (a held-out letter's names, when evaluating)
     * @param copies   copies per sentence that has a name
     */
    NameSubstitution(List<MissionEntry> missions, Set<String> exclude, int copies) {
        this.copies = copies;
        Set<String> excluded = new java.util.HashSet<>();
        for (String e : exclude) {
            excluded.add(Folding.nameKey(e));
        }
        Set<String> names = new LinkedHashSet<>();
        for (MissionEntry m : missions) {
            List<String> all = new ArrayList<>();
            all.add(m.name());
            if (m.acronym() != null) {
                all.add(m.acronym());
            }
            all.addAll(m.aliases());
            // "European Union Training Mission ( EUTM ) Somalië" as a letter's words is the catalogue's name
            if (all.stream().anyMatch(n -> excluded.contains(Folding.nameKey(n)))) {
                continue;
            }
            for (String n : all) {
                if (n.chars().anyMatch(Character::isUpperCase) && n.split("\\s+").length <= 6) {
                    names.add(n);
                }
            }
        }
        this.pool = names.stream().map(NameSubstitution::words).toList();
    }

    /** The words of a name, split as the pipeline splits text. */
    static String[] words(String name) {
        List<Token> tokens = Tokens.of(Folding.foldSameLength(name));
        return tokens.stream().map(t -> name.substring(t.start(), t.end())).toArray(String[]::new);
    }

    /** The sentence itself, then its copies when it has a name. */
    List<NameSample> expand(NameSample sample) {
        List<NameSample> out = new ArrayList<>();
        out.add(sample);
        if (sample.getNames().length == 0 || pool.isEmpty()) {
            return out;
        }
        Random random = new Random(String.join(" ", sample.getSentence()).hashCode());
        for (int c = 0; c < copies; c++) {
            out.add(substitute(sample, random));
        }
        return out;
    }

    private NameSample substitute(NameSample sample, Random random) {
        String[] words = sample.getSentence();
        List<String> out = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        int i = 0;
        for (Span name : sample.getNames()) {
            while (i < name.getStart()) {
                out.add(words[i++]);
            }
            String[] replacement = pool.get(random.nextInt(pool.size()));
            int start = out.size();
            for (String w : replacement) {
                out.add(w);
            }
            spans.add(new Span(start, out.size(), name.getType()));
            i = name.getEnd();
        }
        while (i < words.length) {
            out.add(words[i++]);
        }
        return new NameSample(sample.getId(), out.toArray(String[]::new), spans.toArray(Span[]::new), null, false);
    }
}
