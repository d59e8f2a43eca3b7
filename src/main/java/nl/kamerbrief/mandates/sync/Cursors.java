package nl.kamerbrief.mandates.sync;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * One cursor per source and dossier, {@code .sync/cursor-<source>-<dossier>.json}: the latest visibility time
 * (OData {@code ApiGewijzigdOp}, SRU {@code dcterms:modified}) up to which every document has been handled, its
 * file and sidecar on disk. It only moves forward, and only after the files are durably written.
 */
final class Cursors {

    private static final ObjectMapper JSON = new ObjectMapper();

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Cursor(@JsonProperty("source") String source, @JsonProperty("dossier") String dossier,
                  @JsonProperty("visible_since") String visibleSince, @JsonProperty("updated_at") String updatedAt) {
    }

    private final Path dir;

    Cursors(Path syncDir) {
        this.dir = syncDir;
    }

    Path file(String source, String dossier) {
        return dir.resolve("cursor-" + source + "-" + dossier.replaceAll("[^A-Za-z0-9-]", "_") + ".json");
    }

    /** The cursor of a source and dossier, or null before the first run. A broken cursor file is an error. */
    Instant get(String source, String dossier) throws IOException {
        Path f = file(source, dossier);
        if (!Files.exists(f)) {
            return null;
        }
        try {
            Cursor c = JSON.readValue(Files.readAllBytes(f), Cursor.class);
            Instant t = Times.instant(c.visibleSince());
            if (t == null) {
                throw new IOException("no time in it");
            }
            return t;
        } catch (IOException e) {
            throw new IOException("the cursor " + f + " cannot be read (" + e.getMessage() + "); delete it to list "
                    + "the dossier again from the start (files already here are not fetched again)", e);
        }
    }

    /** Moves the cursor to {@code to} when that is later than where it stands. */
    void advance(String source, String dossier, Instant to) throws IOException {
        Instant now = get(source, dossier);
        if (now != null && !to.isAfter(now)) {
            return;
        }
        Cursor c = new Cursor(source, dossier, to.toString(), Instant.now().toString());
        DurableFiles.write(file(source, dossier),
                (JSON.writeValueAsString(c) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
