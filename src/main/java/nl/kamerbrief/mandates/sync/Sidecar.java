package nl.kamerbrief.mandates.sync;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * What is known of a fetched file, beside it as {@code <stem>.meta.json} ({@code kst-29521-446.pdf} has
 * {@code kst-29521-446.meta.json}). {@code extract} reads {@code date}, {@code kamerstuk} and {@code title} from
 * it (see {@code ingest.Sidecar}); the rest tells where the file came from and lets the next sync know it has it.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Sidecar(@JsonProperty("id") String id,
                      @JsonProperty("file") String file,
                      @JsonProperty("source") String source,
                      @JsonProperty("guid") String guid,
                      @JsonProperty("kamerstuk") String kamerstuk,
                      @JsonProperty("date") String date,
                      @JsonProperty("title") String title,
                      @JsonProperty("dossier_title") String dossierTitle,
                      @JsonProperty("type") String type,
                      @JsonProperty("url") String url,
                      @JsonProperty("media_type") String mediaType,
                      @JsonProperty("bytes") Long bytes,
                      @JsonProperty("sha256") String sha256,
                      @JsonProperty("visible_since") String visibleSince,
                      @JsonProperty("version") String version,
                      @JsonProperty("fetched_at") String fetchedAt) {

    /** A sidecar's name ends in this; extract never reads such a file as a letter. */
    public static final String SUFFIX = ".meta.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The sidecar of a file named {@code fileName} in {@code dir}. */
    static Path beside(Path dir, String stem) {
        return dir.resolve(stem + SUFFIX);
    }

    byte[] toJson() {
        try {
            return (JSON.writeValueAsString(this) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a sidecar as JSON", e);
        }
    }

    static Sidecar read(byte[] json) throws IOException {
        return JSON.readValue(json, Sidecar.class);
    }

    /** The time the source last changed it, or null. */
    java.time.Instant visibleSinceInstant() {
        return Times.instant(visibleSince);
    }
}
