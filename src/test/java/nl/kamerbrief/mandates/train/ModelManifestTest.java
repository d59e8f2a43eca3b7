package nl.kamerbrief.mandates.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.kamerbrief.mandates.annotate.missions.MissionModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest beside the model, and whether the committed model matches the corpus and rules. */
class ModelManifestTest {

    private static final Path MODELS = Path.of("rules", "models");

    /**
     * As {@code mandates train --check} does: the training data of corpus/ with the default settings and the
     * committed feature descriptor must have the digest the committed manifest records.
     */
    @Test
    void theCommittedModelWasTrainedOnTheCurrentCorpusAndRules() throws IOException {
        assertTrue(Files.isRegularFile(MODELS.resolve(MissionModel.FILE)), "no committed model; run ./mandates train");
        ModelManifest m = ModelManifest.read(MODELS.resolve(MissionModel.MANIFEST));
        List<LabelledDocument> docs = TrainingFixtures.all();
        MissionModelTrainer trainer = new MissionModelTrainer(TrainingFixtures.RULES.missions(),
                MissionModelTrainer.Settings.DEFAULT, Files.readAllBytes(MODELS.resolve(MissionModel.FEATURES)));
        assertEquals(trainer.digest(docs), m.trainingDigest(),
                () -> "rules/models/" + MissionModel.FILE + " was trained on other data (corpus, rules, features or"
                        + " settings changed; manifest: " + m.documents() + " letters, " + m.sentences()
                        + " sentences, " + m.names() + " names, " + m.settings() + "; now: " + docs.size()
                        + " letters, " + docs.stream().mapToInt(d -> d.sentences().size()).sum() + " sentences, "
                        + docs.stream().mapToInt(LabelledDocument::nameCount).sum() + " names, "
                        + MissionModelTrainer.Settings.DEFAULT + "): run ./mandates train");
        assertEquals(MissionModel.FILE, m.model());
        assertEquals(docs.size(), m.documents());
        assertEquals(docs.stream().mapToInt(d -> d.sentences().size()).sum(), m.sentences());
        assertEquals(docs.stream().mapToInt(LabelledDocument::nameCount).sum(), m.names());
    }

    @Test
    void evaluationFiguresAreRoundedAndTheMethodNamed() {
        ModelManifest.Evaluation loo = ModelManifest.Evaluation.of(new ModelEvaluation(3, 3, 9, 7, 5, 4, 1));
        assertEquals("leave-one-letter-out, exact spans, against the rules' names", loo.method());
        assertEquals(0.714, loo.precision()); // 5/7 = 0.71428...
        assertEquals(0.556, loo.recall()); // 5/9 = 0.55555...
        assertEquals(0.625, loo.f1()); // 2pr/(p+r) = 10/16
        assertEquals(0.25, loo.unseenRecall());
        assertEquals(4, loo.unseen());

        ModelManifest.Evaluation twoFold = ModelManifest.Evaluation.of(new ModelEvaluation(5, 2, 9, 7, 5, 4, 1));
        assertEquals("2-fold by letter, exact spans, against the rules' names", twoFold.method());
    }

    @Test
    void writeThenReadGivesTheSameManifest(@TempDir Path dir) throws IOException {
        ModelManifest m = new ModelManifest("missions-nl.bin", "2.5.11", "corpus", 3, 30, 12,
                new MissionModelTrainer.Settings(30, 1, 1), "ab".repeat(32),
                ModelManifest.Evaluation.of(new ModelEvaluation(3, 3, 9, 7, 5, 4, 1)));
        Path file = dir.resolve("m.json");
        m.write(file);
        assertEquals(m, ModelManifest.read(file));
        assertTrue(Files.readString(file).contains("\"training_digest\""));

        ModelManifest noEvaluation = new ModelManifest("missions-nl.bin", "2.5.11", "corpus", 3, 30, 12,
                MissionModelTrainer.Settings.DEFAULT, "cd".repeat(32), null);
        noEvaluation.write(file);
        assertEquals(noEvaluation, ModelManifest.read(file));
        assertTrue(!Files.readString(file).contains("evaluation"), "a null evaluation is left out");
    }
}
