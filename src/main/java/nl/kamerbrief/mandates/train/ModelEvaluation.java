package nl.kamerbrief.mandates.train;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.kamerbrief.mandates.annotate.missions.MissionModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Evaluation by letter: each letter's names are found by a model trained without it (its names not swapped in
 * either) and compared with the names the rules label there (exact spans). "Unseen" names are those no training
 * letter contains: the model's reason to exist, since the rules find the rest.
 *
 * @param documents   letters evaluated
 * @param folds       models trained (the letters' number: leave one letter out)
 * @param expected    names labelled in them
 * @param predicted   names the models proposed
 * @param correct     proposed names with exactly a labelled span
 * @param unseen      labelled names no other letter contains
 * @param unseenFound of those, found
 */
public record ModelEvaluation(int documents, int folds, int expected, int predicted, int correct, int unseen, int unseenFound) {

    public double precision() {
        return predicted == 0 ? 0 : (double) correct / predicted;
    }

    public double recall() {
        return expected == 0 ? 0 : (double) correct / expected;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double unseenRecall() {
        return unseen == 0 ? 0 : (double) unseenFound / unseen;
    }

    /** Progress per fold. */
    public interface Listener {
        void fold(int index, int total, List<String> heldOut);
    }

    /**
     * Cross-validation by letter over {@code docs}: fold k holds out every letter whose index modulo
     * {@code folds} is k; {@code folds} of the letters' number or more is leave-one-letter-out.
     */
    public static ModelEvaluation byLetter(MissionModelTrainer trainer, List<LabelledDocument> docs, int folds,
                                           Listener listener) throws IOException {
        int k = Math.max(2, Math.min(folds, docs.size()));
        int expected = 0;
        int predicted = 0;
        int correct = 0;
        int unseen = 0;
        int unseenFound = 0;
        for (int fold = 0; fold < k; fold++) {
            List<LabelledDocument> held = new ArrayList<>();
            List<LabelledDocument> rest = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                (i % k == fold ? held : rest).add(docs.get(i));
            }
            listener.fold(fold + 1, k, held.stream().map(LabelledDocument::id).toList());
            Set<String> seen = new HashSet<>();
            rest.forEach(d -> seen.addAll(d.names()));
            Set<String> heldNames = new HashSet<>();
            held.forEach(d -> heldNames.addAll(d.names()));
            NameFinderME finder = new NameFinderME(trainer.train(rest, heldNames));
            for (LabelledDocument d : held) {
                for (NameSample s : d.sentences()) {
                    if (s.isClearAdaptiveDataSet()) {
                        finder.clearAdaptiveData();
                    }
                    List<Span> gold = List.of(s.getNames());
                    List<Span> found = MissionModel.accepted(finder, s.getSentence());
                    expected += gold.size();
                    predicted += found.size();
                    for (Span f : found) {
                        if (gold.stream().anyMatch(g -> g.getStart() == f.getStart() && g.getEnd() == f.getEnd())) {
                            correct++;
                        }
                    }
                    for (Span g : gold) {
                        String name = String.join(" ",
                                java.util.Arrays.copyOfRange(s.getSentence(), g.getStart(), g.getEnd()));
                        if (!seen.contains(name)) {
                            unseen++;
                            if (found.stream().anyMatch(f -> f.getStart() == g.getStart()
                                    && f.getEnd() == g.getEnd())) {
                                unseenFound++;
                            }
                        }
                    }
                }
            }
        }
        return new ModelEvaluation(docs.size(), k, expected, predicted, correct, unseen, unseenFound);
    }
}
