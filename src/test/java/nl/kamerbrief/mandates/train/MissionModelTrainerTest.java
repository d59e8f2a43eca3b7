package nl.kamerbrief.mandates.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.kamerbrief.mandates.rules.MissionEntry;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/**
 * Training on the five letters directly under corpus/ with few iterations (fast), the real catalogue and the real
 * feature descriptor: the same data gives the same model and digest; other settings or features, another digest.
 */
class MissionModelTrainerTest {

    private static final MissionModelTrainer.Settings FAST = new MissionModelTrainer.Settings(30, 1, 1);
    private static final List<MissionEntry> CATALOGUE = TrainingFixtures.RULES.missions();

    private static MissionModelTrainer trainer(MissionModelTrainer.Settings settings, byte[] features) {
        return new MissionModelTrainer(CATALOGUE, settings, features);
    }

    /** Every span the model finds in every sentence of the letters, with its probability, one line per sentence. */
    private static String predictions(TokenNameFinderModel model, List<LabelledDocument> docs) {
        NameFinderME finder = new NameFinderME(model);
        StringBuilder out = new StringBuilder();
        for (LabelledDocument d : docs) {
            for (NameSample s : d.sentences()) {
                if (s.isClearAdaptiveDataSet()) {
                    finder.clearAdaptiveData();
                }
                for (Span f : finder.find(s.getSentence())) {
                    out.append(f.getStart()).append('-').append(f.getEnd()).append(' ').append(f.getType())
                            .append(' ').append(Double.doubleToLongBits(f.getProb())).append(' ')
                            .append(TrainingFixtures.words(s, f)).append(';');
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    @Test
    void trainingTwiceGivesTheSameDigestAndTheSamePredictions() throws IOException {
        List<LabelledDocument> docs = TrainingFixtures.topLevel();
        assertEquals(5, docs.size());
        byte[] features = TrainingFixtures.features();
        MissionModelTrainer a = trainer(FAST, features);
        MissionModelTrainer b = trainer(FAST, features.clone());
        assertEquals(a.digest(docs), b.digest(docs));
        assertTrue(a.digest(docs).matches("[0-9a-f]{64}"), a.digest(docs));

        String first = predictions(a.train(docs, Set.of()), docs);
        String second = predictions(b.train(docs, Set.of()), docs);
        assertEquals(first, second);
        // the model learnt something: it finds names, among them ones the rules labelled
        long found = first.chars().filter(c -> c == ';').count();
        assertTrue(found >= 20, "names found: " + found);
        assertTrue(first.contains(" EUFOR Althea;"), "EUFOR Althea not found by the model trained on it");
    }

    @Test
    void theDigestChangesWithTheSettingsAndTheFeatures() {
        List<LabelledDocument> docs = TrainingFixtures.topLevel();
        byte[] features = TrainingFixtures.features();
        String base = trainer(FAST, features).digest(docs);

        Set<String> digests = new HashSet<>();
        digests.add(base);
        digests.add(trainer(new MissionModelTrainer.Settings(31, 1, 1), features).digest(docs));
        digests.add(trainer(new MissionModelTrainer.Settings(30, 2, 1), features).digest(docs));
        digests.add(trainer(new MissionModelTrainer.Settings(30, 1, 2), features).digest(docs));
        digests.add(trainer(FAST, null).digest(docs));
        byte[] edited = (new String(features, StandardCharsets.UTF_8).replace("<int name=\"prevLength\">3</int>",
                "<int name=\"prevLength\">2</int>")).getBytes(StandardCharsets.UTF_8);
        assertTrue(!Arrays.equals(features, edited), "the descriptor no longer has a 3-word window to edit");
        digests.add(trainer(FAST, edited).digest(docs));
        byte[] oneMoreByte = Arrays.copyOf(features, features.length + 1);
        oneMoreByte[features.length] = '\n';
        digests.add(trainer(FAST, oneMoreByte).digest(docs));
        assertEquals(7, digests.size(), "every variant has its own digest");

        // and with the data: one letter fewer
        assertNotEquals(base, trainer(FAST, features).digest(docs.subList(0, 4)));
    }

    /** The samples are the sentences plus, for each sentence with a name, {@code copies} swapped copies. */
    @Test
    void samplesAreEachSentenceThenItsCopies() {
        List<LabelledDocument> docs = TrainingFixtures.topLevel();
        int sentences = docs.stream().mapToInt(d -> d.sentences().size()).sum();
        long named = docs.stream().flatMap(d -> d.sentences().stream()).filter(s -> s.getNames().length > 0).count();
        assertTrue(named > 50, "sentences with a name: " + named);
        List<NameSample> samples = trainer(new MissionModelTrainer.Settings(30, 1, 4), null).samples(docs, Set.of());
        assertEquals(sentences + 4 * named, samples.size());
        // corpus order: the first sample is the first letter's first sentence, and it starts the letter
        assertEquals(docs.get(0).sentences().get(0), samples.get(0));
        assertTrue(samples.get(0).isClearAdaptiveDataSet());
        assertEquals(docs.size(), samples.stream().filter(NameSample::isClearAdaptiveDataSet).count());
    }
}
