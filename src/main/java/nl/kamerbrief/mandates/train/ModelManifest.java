package nl.kamerbrief.mandates.train;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.kamerbrief.mandates.batch.AtomicFiles;

/**
 * What a trained model was trained on and how well it did, kept beside it ({@code missions-nl.json}) so anyone can
 * tell whether the model in {@code rules/models/} still matches the corpus and rules ({@code mandates train
 * --check}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModelManifest(
        @JsonProperty("model") String model,
        @JsonProperty("opennlp") String opennlp,
        @JsonProperty("corpus") String corpus,
        @JsonProperty("documents") int documents,
        @JsonProperty("sentences") int sentences,
        @JsonProperty("names") int names,
        @JsonProperty("settings") MissionModelTrainer.Settings settings,
        @JsonProperty("training_digest") String trainingDigest,
        @JsonProperty("evaluation") Evaluation evaluation) {

    /** The leave-one-letter-out figures, rounded to three decimals. */
    public record Evaluation(
            @JsonProperty("method") String method,
            @JsonProperty("documents") int documents,
            @JsonProperty("folds") int folds,
            @JsonProperty("expected") int expected,
            @JsonProperty("predicted") int predicted,
            @JsonProperty("correct") int correct,
            @JsonProperty("precision") double precision,
            @JsonProperty("recall") double recall,
            @JsonProperty("f1") double f1,
            @JsonProperty("unseen_names") int unseen,
            @JsonProperty("unseen_recall") double unseenRecall) {

        public static Evaluation of(ModelEvaluation e) {
            String method = (e.folds() >= e.documents() ? "leave-one-letter-out" : e.folds() + "-fold by letter")
                    + ", exact spans, against the rules' names";
            return new Evaluation(method, e.documents(), e.folds(), e.expected(), e.predicted(), e.correct(), round(e.precision()), round(e.recall()), round(e.f1()),
                    e.unseen(), round(e.unseenRecall()));
        }

        private static double round(double d) {
            return Math.round(d * 1000) / 1000.0;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public static ModelManifest read(Path file) throws IOException {
        return JSON.readValue(Files.readAllBytes(file), ModelManifest.class);
    }

    public void write(Path file) throws IOException {
        AtomicFiles.write(file, JSON.writeValueAsString(this) + "\n");
    }
}
