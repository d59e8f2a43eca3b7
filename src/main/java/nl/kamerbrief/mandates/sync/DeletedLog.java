package nl.kamerbrief.mandates.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code .sync/deleted.jsonl}: one line per document a source marked deleted ({@code Verwijderd eq true}), with
 * the local file it concerns; the file itself is kept. A deletion seen again (the overlap of two runs) is not
 * written twice.
 */
final class DeletedLog {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String FILE = "deleted.jsonl";

    private final Path file;
    private final Set<String> seen = new HashSet<>();

    DeletedLog(Path syncDir) throws IOException {
        this.file = syncDir.resolve(FILE);
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                try {
                    JsonNode n = JSON.readTree(line);
                    if (n != null) {
                        seen.add(key(n.path("source").asText(), n.path("guid").asText(n.path("id").asText()),
                                n.path("visible_since").asText("")));
                    }
                } catch (IOException e) {
                    // a line cut short by a crash: the deletion is recorded again
                }
            }
        }
    }

    /** Records a deletion; returns false when it was recorded before. */
    boolean record(FoundDocument d, String dossier, String localFile) throws IOException {
        String vis = d.visibleSince() == null ? "" : d.visibleSince().toString();
        if (!seen.add(key(d.source(), d.guid() != null ? d.guid() : d.stem(), vis))) {
            return false;
        }
        ObjectNode n = JSON.createObjectNode();
        n.put("source", d.source());
        n.put("dossier", dossier);
        n.put("id", d.stem());
        n.put("guid", d.guid());
        n.put("kamerstuk", d.kamerstuk());
        n.put("title", d.title());
        n.put("visible_since", d.visibleSince() == null ? null : vis);
        n.put("local_file", localFile);
        n.put("recorded_at", Instant.now().toString());
        byte[] line = (JSON.writeValueAsString(n) + "\n").getBytes(StandardCharsets.UTF_8);
        Files.createDirectories(file.getParent());
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer buf = ByteBuffer.wrap(line);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
        return true;
    }

    private static String key(String source, String id, String visibleSince) {
        return String.join("\u0000", List.of(source, id, visibleSince));
    }
}
