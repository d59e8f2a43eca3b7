package nl.kamerbrief.mandates.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import nl.kamerbrief.mandates.annotate.missions.MissionModel;
import nl.kamerbrief.mandates.rules.MissionEntry;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the mission name finder with OpenNLP's maximum-entropy trainer and the context features of
 * {@code rules/models/missions-features.xml}, on the labelled letters plus their name-swapped copies. One thread and a fixed sample order make two runs on the same
 * corpus and rules give the same model; {@link #digest} names that training data.
 */
public final class MissionModelTrainer {

    /**
     * The training settings.
     *
     * @param iterations maximum-entropy iterations
     * @param cutoff     features seen fewer times are dropped
     * @param copies     name-swapped copies per sentence with a name
     */
    public record Settings(int iterations, int cutoff, int copies) {
        public static final Settings DEFAULT = new Settings(300, 1, 4);
    }

    private final List<MissionEntry> catalogue;
    private final Settings settings;
    private final byte[] features;

    /**
     * @param features an OpenNLP feature generator descriptor ({@code rules/models/missions-features.xml}), or null
     *                 for OpenNLP's default name-finder features
     */
    public MissionModelTrainer(List<MissionEntry> catalogue, Settings settings, byte[] features) {
        this.catalogue = List.copyOf(catalogue);
        this.settings = settings;
        this.features = features == null ? null : features.clone();
    }

    public Settings settings() {
        return settings;
    }

    /** A model trained on {@code docs}; names in {@code exclude} are not used as swaps. */
    public TokenNameFinderModel train(List<LabelledDocument> docs, Set<String> exclude) throws IOException {
        List<NameSample> samples = samples(docs, exclude);
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
        params.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
        params.put(TrainingParameters.THREADS_PARAM, 1);
        TokenNameFinderFactory factory = new TokenNameFinderFactory(features, java.util.Map.of(), new BioCodec());
        return NameFinderME.train("nld", MissionModel.TYPE, ObjectStreamUtils.createObjectStream(samples), params,
                factory);
    }

    /** The sentences of {@code docs} with their copies, in corpus order. */
    List<NameSample> samples(List<LabelledDocument> docs, Set<String> exclude) {
        NameSubstitution swap = new NameSubstitution(catalogue, exclude, settings.copies());
        List<NameSample> out = new ArrayList<>();
        for (LabelledDocument d : docs) {
            for (NameSample s : d.sentences()) {
                out.addAll(swap.expand(s));
            }
        }
        return out;
    }

    /** SHA-256 of the training samples and the settings: equal digests, equal training. */
    public String digest(List<LabelledDocument> docs) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(settings.toString().getBytes(StandardCharsets.UTF_8));
            if (features != null) {
                md.update(features);
            }
            for (NameSample s : samples(docs, Set.of())) {
                md.update(s.toString().getBytes(StandardCharsets.UTF_8));
                md.update((byte) '\n');
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
