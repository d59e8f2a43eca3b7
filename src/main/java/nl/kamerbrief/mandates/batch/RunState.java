package nl.kamerbrief.mandates.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What the last complete run over an output folder read ({@code .mandates-state.json}): per input its path, id and
 * SHA-256 (and its sync sidecar's), and the pipeline version and rules digest it ran with. An incremental run reuses
 * the output of every input whose path and bytes (and sidecar) are unchanged, as long as version and rules are the
 * same.
 */
record RunState(@JsonProperty("version") String version, @JsonProperty("rules_digest") String rulesDigest,
                @JsonProperty("any_language") boolean anyLanguage, @JsonProperty("inputs") List<Input> inputs) {

    static final String FILE = ".mandates-state.json";

    /** One input: its path, id and SHA-256, and the SHA-256 of its sync sidecar (absent when it has none). */
    record Input(@JsonProperty("path") String path, @JsonProperty("id") String id,
                 @JsonProperty("sha256") String sha256,
                 @JsonProperty("sidecar_sha256") @JsonInclude(JsonInclude.Include.NON_NULL) String sidecarSha256) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The state of {@code outDir}, or null when there is none or it cannot be read (then nothing is reused). */
    static RunState load(Path outDir) {
        Path f = outDir.resolve(FILE);
        if (!Files.exists(f)) {
            return null;
        }
        try {
            return JSON.readValue(Files.readAllBytes(f), RunState.class);
        } catch (IOException e) {
            return null;
        }
    }

    void save(Path outDir) throws IOException {
        AtomicFiles.writeIfChanged(outDir.resolve(FILE), JSON.writeValueAsString(this) + "\n");
    }
}
