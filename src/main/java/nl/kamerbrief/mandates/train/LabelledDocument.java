package nl.kamerbrief.mandates.train;

import java.util.List;
import java.util.Set;
import opennlp.tools.namefind.NameSample;

/**
 * One letter's training sentences, labelled with the mission names the rules found.
 *
 * @param id        the letter's id (file stem)
 * @param sentences its candidate sentences, in order, the first one clearing adaptive data
 * @param names     the mission names labelled in it, as written
 */
public record LabelledDocument(String id, List<NameSample> sentences, Set<String> names) {

    public LabelledDocument {
        sentences = List.copyOf(sentences);
        names = Set.copyOf(names);
    }

    public int nameCount() {
        return sentences.stream().mapToInt(s -> s.getNames().length).sum();
    }
}
