package nl.kamerbrief.mandates.sync;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches a document's file and stores it with its sidecar so that a crash at any moment leaves either both or
 * neither: the sidecar is first written to {@code .sync/pending/}, then the file (temporary file, fsync, rename,
 * fsync of the folder), then the sidecar is renamed into place. A pending sidecar found at start whose file is on
 * disk with its checksum is completed; any other is dropped, and the document is fetched again.
 */
final class Downloader {

    private static final Logger LOG = LoggerFactory.getLogger(Downloader.class);

    private final Path dir;
    private final Path pending;
    private final HttpFetcher http;

    Downloader(Path dir, Path syncDir, HttpFetcher http) {
        this.dir = dir;
        this.pending = syncDir.resolve("pending");
        this.http = http;
    }

    /** Completes or drops what a killed run left half done; removes its temporary files. */
    void recover() throws IOException {
        DurableFiles.removeLeftovers(dir);
        DurableFiles.removeLeftovers(pending);
        DurableFiles.removeLeftovers(pending.getParent());
        if (!Files.isDirectory(pending)) {
            return;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(pending, "*" + Sidecar.SUFFIX)) {
            for (Path p : ds) {
                Sidecar s;
                try {
                    s = Sidecar.read(Files.readAllBytes(p));
                } catch (IOException e) {
                    DurableFiles.delete(p);
                    continue;
                }
                Path file = s.file() == null ? null : dir.resolve(s.file());
                if (file != null && Files.isRegularFile(file) && sha256(Files.readAllBytes(file)).equals(s.sha256())) {
                    DurableFiles.move(p, dir.resolve(p.getFileName()));
                    LOG.info("{}: completed the sidecar a killed run left pending", s.file());
                } else {
                    DurableFiles.delete(p);
                }
            }
        }
    }

    /** Fetches {@code d}'s file and stores it with its sidecar, replacing {@code previous} (may be null). */
    Sidecar fetch(FoundDocument d, LocalCopies.Copy previous) throws FetchException, IOException {
        if (d.fileUrl() == null) {
            throw new FetchException("the source gives no link to a file (XML or PDF)", true);
        }
        Fetched f = http.get(d.fileUrl(), "*/*", FileKinds.file(d.expectedType()));
        byte[] body = f.body();
        if (d.expectedBytes() != null && d.expectedBytes() > 0 && d.expectedBytes() != body.length) {
            LOG.warn("{}: {} bytes where the source lists {}; kept (the listing may describe another version)",
                    d.fileUrl(), body.length, d.expectedBytes());
        }
        String type = FileKinds.sniff(body);
        String fileName = d.stem() + "." + FileKinds.extension(type);
        Sidecar s = sidecar(d, fileName, type, body.length, sha256(body), Instant.now().toString());
        store(s, body, previous);
        return s;
    }

    /** Writes the sidecar of a letter already on disk (fetched before, or put there by hand). */
    Sidecar describe(FoundDocument d, LocalCopies.Copy copy) throws IOException {
        byte[] body = Files.readAllBytes(dir.resolve(copy.fileName()));
        String fetched = copy.sidecar() != null ? copy.sidecar().fetchedAt() : null;
        Sidecar s = sidecar(d, copy.fileName(), FileKinds.sniff(body), body.length, sha256(body), fetched);
        store(s, null, copy);
        return s;
    }

    private Sidecar sidecar(FoundDocument d, String fileName, String type, long bytes, String sha, String fetchedAt) {
        return new Sidecar(d.stem(), fileName, d.source(), d.guid(), d.kamerstuk(),
                d.date() == null ? null : d.date().toString(), d.title(), d.dossierTitle(), d.type(),
                d.fileUrl() == null ? null : d.fileUrl().toString(), type, bytes, sha,
                d.visibleSince() == null ? null : d.visibleSince().toString(), d.version(), fetchedAt);
    }

    /** Pending sidecar, file (when {@code body} is given), sidecar in place; then the previous copy's leftovers. */
    private void store(Sidecar s, byte[] body, LocalCopies.Copy previous) throws IOException {
        Path pendingSidecar = pending.resolve(s.id() + Sidecar.SUFFIX);
        DurableFiles.write(pendingSidecar, s.toJson());
        if (body != null) {
            DurableFiles.write(dir.resolve(s.file()), body);
        }
        DurableFiles.move(pendingSidecar, Sidecar.beside(dir, s.id()));
        if (previous != null) {
            if (previous.fileName() != null && !previous.fileName().equals(s.file())) {
                DurableFiles.delete(dir.resolve(previous.fileName()));
            }
            if (!previous.stem().equals(s.id())) {
                DurableFiles.delete(Sidecar.beside(dir, previous.stem()));
            }
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
