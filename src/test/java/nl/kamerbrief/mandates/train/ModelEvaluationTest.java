package nl.kamerbrief.mandates.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** Cross-validation by letter on the five letters directly under corpus/, and the figures' formulas. */
class ModelEvaluationTest {

    @Test
    void twoFoldsByLetterGiveConsistentCounts() throws IOException {
        List<LabelledDocument> docs = TrainingFixtures.topLevel();
        MissionModelTrainer trainer = new MissionModelTrainer(TrainingFixtures.RULES.missions(),
                new MissionModelTrainer.Settings(30, 1, 1), TrainingFixtures.features());
        List<String> calls = new ArrayList<>();
        ModelEvaluation e = ModelEvaluation.byLetter(trainer, docs, 2,
                (i, n, held) -> calls.add(i + "/" + n + " " + held));

        List<String> ids = docs.stream().map(LabelledDocument::id).toList();
        assertEquals(List.of(
                "1/2 " + List.of(ids.get(0), ids.get(2), ids.get(4)),
                "2/2 " + List.of(ids.get(1), ids.get(3))), calls);
        assertEquals(5, e.documents());
        assertEquals(2, e.folds());

        int labelled = docs.stream().mapToInt(LabelledDocument::nameCount).sum();
        int spans = 0;
        for (LabelledDocument d : docs) {
            for (NameSample s : d.sentences()) {
                spans += s.getNames().length;
            }
        }
        assertEquals(spans, labelled);
        assertEquals(labelled, e.expected());
        assertTrue(e.expected() > 100, "names: " + e.expected());

        // unseen: labelled names that no letter of the other fold contains
        int unseen = 0;
        for (int fold = 0; fold < 2; fold++) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < docs.size(); i++) {
                if (i % 2 != fold) {
                    seen.addAll(docs.get(i).names());
                }
            }
            for (int i = 0; i < docs.size(); i++) {
                if (i % 2 == fold) {
                    for (NameSample s : docs.get(i).sentences()) {
                        for (Span g : s.getNames()) {
                            unseen += seen.contains(TrainingFixtures.words(s, g)) ? 0 : 1;
                        }
                    }
                }
            }
        }
        assertEquals(unseen, e.unseen());

        assertTrue(e.predicted() > 0, "nothing predicted");
        assertTrue(e.correct() > 0, "nothing correct");
        assertTrue(e.correct() <= e.predicted(), e::toString);
        assertTrue(e.correct() <= e.expected(), e::toString);
        assertTrue(e.unseenFound() <= e.unseen(), e::toString);
        assertTrue(e.unseen() <= e.expected(), e::toString);
        assertTrue(e.unseenFound() <= e.correct(), e::toString);
        assertEquals((double) e.correct() / e.predicted(), e.precision(), 1e-12);
        assertEquals((double) e.correct() / e.expected(), e.recall(), 1e-12);
    }

    @Test
    void foldsAreAtLeastTwoAndAtMostOnePerLetter() throws IOException {
        List<LabelledDocument> three = List.of(
                TrainingFixtures.doc("2022-06-17-kennisgeving-eufor-althea"),
                TrainingFixtures.doc("2010-02-01-brief-verlenging-ntm-i-irak"),
                TrainingFixtures.doc("2013-04-10-brief-ocean-shield-helikopter"));
        MissionModelTrainer trainer = new MissionModelTrainer(TrainingFixtures.RULES.missions(),
                new MissionModelTrainer.Settings(5, 1, 0), null);
        List<String> calls = new ArrayList<>();
        ModelEvaluation one = ModelEvaluation.byLetter(trainer, three, 1, (i, n, held) -> calls.add(i + "/" + n));
        assertEquals(2, one.folds());
        assertEquals(List.of("1/2", "2/2"), calls);
        calls.clear();
        ModelEvaluation many = ModelEvaluation.byLetter(trainer, three, 99, (i, n, held) -> calls.add(held.get(0)));
        assertEquals(3, many.folds());
        assertEquals(three.stream().map(LabelledDocument::id).toList(), calls);
        assertEquals(three.stream().mapToInt(LabelledDocument::nameCount).sum(), many.expected());
    }

    @Test
    void precisionRecallF1() {
        ModelEvaluation e = new ModelEvaluation(5, 2, 10, 8, 6, 4, 1);
        assertEquals(0.75, e.precision(), 1e-12);
        assertEquals(0.6, e.recall(), 1e-12);
        assertEquals(2 * 0.75 * 0.6 / 1.35, e.f1(), 1e-12);
        assertEquals(0.25, e.unseenRecall(), 1e-12);

        ModelEvaluation nothing = new ModelEvaluation(1, 2, 0, 0, 0, 0, 0);
        assertEquals(0.0, nothing.precision());
        assertEquals(0.0, nothing.recall());
        assertEquals(0.0, nothing.f1());
        assertEquals(0.0, nothing.unseenRecall());

        ModelEvaluation allWrong = new ModelEvaluation(1, 2, 3, 2, 0, 0, 0);
        assertEquals(0.0, allWrong.f1());
        ModelEvaluation perfect = new ModelEvaluation(1, 2, 3, 3, 3, 3, 3);
        assertEquals(1.0, perfect.f1(), 1e-12);
        assertEquals(1.0, perfect.unseenRecall(), 1e-12);
    }
}
