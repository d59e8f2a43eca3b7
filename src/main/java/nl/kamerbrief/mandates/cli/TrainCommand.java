package nl.kamerbrief.mandates.cli;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import nl.kamerbrief.mandates.annotate.missions.MissionModel;
import nl.kamerbrief.mandates.batch.AtomicFiles;
import nl.kamerbrief.mandates.rules.RuleException;
import nl.kamerbrief.mandates.rules.RuleSet;
import nl.kamerbrief.mandates.train.LabelledDocument;
import nl.kamerbrief.mandates.train.MissionModelTrainer;
import nl.kamerbrief.mandates.train.ModelEvaluation;
import nl.kamerbrief.mandates.train.ModelManifest;
import nl.kamerbrief.mandates.train.TrainingCorpus;
import opennlp.tools.namefind.TokenNameFinderModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code mandates train}: trains the mission name finder on the rules' reading of a corpus, evaluates it letter by
 * letter, and writes {@code rules/models/missions-nl.bin} with its manifest; {@code --check} tells whether the
 * model there was trained on the current corpus and rules.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        header = "Train the mission name finder and report its quality.",
        description = {"Train the mission name finder (OpenNLP maximum entropy) on the missions the rules find in",
                "the corpus, report its leave-one-letter-out precision and recall, and write it with a manifest",
                "to <rules>/models/" + MissionModel.FILE + ". The same corpus and rules give the same model."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  trained (--check: the model matches the corpus and rules)",
                "  1  --check: the model is missing or was trained on other data",
                "  2  usage error or invalid rules"})
final class TrainCommand implements Callable<Integer> {

    @Mixin
    Common common;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus",
            description = "The letters to learn from (default: ${DEFAULT-VALUE}; gold/ and hidden folders skipped).")
    Path corpus;

    @Option(names = "--no-evaluate", description = "Skip the evaluation (faster).")
    boolean noEvaluate;

    @Option(names = "--folds", paramLabel = "N", defaultValue = "0",
            description = "Evaluate in N folds by letter (default: one per letter, leave-one-letter-out).")
    int folds;

    @Option(names = "--iterations", paramLabel = "N", description = "Maximum-entropy iterations (default: 300).")
    Integer iterations;

    @Option(names = "--cutoff", paramLabel = "N", description = "Drop features seen fewer times (default: 1).")
    Integer cutoff;

    @Option(names = "--copies", paramLabel = "N",
            description = "Name-swapped copies per sentence with a name (default: 4).")
    Integer copies;

    @Option(names = "--models", paramLabel = "DIR",
            description = "Where the model and its manifest go (default: <rules>/models).")
    Path modelsDir;

    @Option(names = "--check", description = "Only check that the trained model matches the corpus and rules.")
    boolean check;

    @Override
    public Integer call() throws Exception {
        common.applyLogLevel();
        if (!Files.isDirectory(corpus)) {
            common.err().println("mandates train: no corpus folder " + corpus);
            return 2;
        }
        RuleSet rules;
        try {
            rules = RuleSet.load(common.rulesDir());
        } catch (RuleException e) {
            common.err().println("mandates: the rules in " + common.rulesDir() + " are not valid:\n" + e.getMessage());
            return 2;
        }
        Path models = modelsDir != null ? modelsDir : rules.dir().resolve("models");
        Path modelFile = models.resolve(MissionModel.FILE);
        Path manifestFile = models.resolve(MissionModel.MANIFEST);
        List<LabelledDocument> docs = TrainingCorpus.read(corpus, rules);
        MissionModelTrainer.Settings def = MissionModelTrainer.Settings.DEFAULT;
        MissionModelTrainer.Settings settings = new MissionModelTrainer.Settings(
                iterations != null ? iterations : def.iterations(), cutoff != null ? cutoff : def.cutoff(),
                copies != null ? copies : def.copies());
        Path featureFile = rules.dir().resolve("models").resolve(MissionModel.FEATURES);
        byte[] features = Files.exists(featureFile) ? Files.readAllBytes(featureFile) : null;
        MissionModelTrainer trainer = new MissionModelTrainer(rules.missions(), settings, features);
        String digest = trainer.digest(docs);
        int sentences = docs.stream().mapToInt(d -> d.sentences().size()).sum();
        int names = docs.stream().mapToInt(LabelledDocument::nameCount).sum();
        common.err().printf("mandates train: %d letters, %d candidate sentences, %d mission names%n", docs.size(),
                sentences, names);
        if (check) {
            if (!Files.exists(modelFile) || !Files.exists(manifestFile)) {
                common.out().println("no trained model in " + models + "; run: mandates train");
                return 1;
            }
            ModelManifest m = ModelManifest.read(manifestFile);
            if (!digest.equals(m.trainingDigest())) {
                common.out().println("the model in " + models + " was trained on other data (corpus or rules changed);"
                        + " run: mandates train");
                return 1;
            }
            common.out().println("the model in " + models + " matches the corpus and rules (" + digest.substring(0, 12)
                    + ")");
            return 0;
        }
        ModelManifest.Evaluation evaluation = null;
        if (!noEvaluate) {
            boolean tty = System.console() != null;
            ModelEvaluation e = ModelEvaluation.byLetter(trainer, docs, folds <= 0 ? docs.size() : folds,
                    (i, n, held) -> {
                        if (tty) {
                            common.err().printf("\rmandates train: evaluating fold %d of %d", i, n);
                        } else if (i == 1) {
                            common.err().printf("mandates train: evaluating in %d folds%n", n);
                        }
                    });
            if (tty) {
                common.err().println();
            }
            evaluation = ModelManifest.Evaluation.of(e);
            common.out().printf(Locale.ROOT, "%s over %d letters: precision %.3f recall %.3f F1 %.3f"
                            + " (%d names, %d proposed, %d right); unseen names found %d/%d (%.3f)%n",
                    evaluation.method().split(",")[0], e.documents(), e.precision(), e.recall(), e.f1(), e.expected(), e.predicted(), e.correct(),
                    e.unseenFound(), e.unseen(), e.unseenRecall());
        }
        TokenNameFinderModel model = trainer.train(docs, Set.of());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.serialize(bytes);
        Files.createDirectories(models);
        AtomicFiles.write(modelFile, bytes.toByteArray());
        new ModelManifest(MissionModel.FILE, opennlpVersion(), corpus.toString().replace('\\', '/'), docs.size(),
                sentences, names, trainer.settings(), digest, evaluation).write(manifestFile);
        common.out().println("wrote " + modelFile + " and " + manifestFile);
        return 0;
    }

    private static String opennlpVersion() {
        return opennlp.tools.util.Version.currentVersion().toString();
    }
}
