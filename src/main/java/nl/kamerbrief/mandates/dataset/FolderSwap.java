package nl.kamerbrief.mandates.dataset;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Writes a whole folder so that readers see the old one or the new one, never a half: everything is written into a
 * staging folder beside the target, which then takes the target's place (the old folder is renamed aside and
 * removed). A folder that exists, is not empty and lacks the marker file of its kind is never replaced: it is not
 * ours to delete.
 */
public final class FolderSwap implements AutoCloseable {

    private final Path target;
    private final Path staging;
    private boolean committed;

    private FolderSwap(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /**
     * Starts writing {@code target}.
     *
     * @param marker the file every folder of this kind holds ({@code dataset.json}, {@code index.html})
     * @param kind what the folder is, for the error message
     */
    public static FolderSwap begin(Path target, String marker, String kind) throws IOException,
            NotAFolderOfKindException {
        Path abs = target.toAbsolutePath().normalize();
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new NotAFolderOfKindException(target + " exists and is not a folder");
        }
        if (Files.isDirectory(abs) && !Files.exists(abs.resolve(marker)) && !isEmpty(abs)) {
            throw new NotAFolderOfKindException(target + " exists and is not " + kind + " (it has no " + marker
                    + "): not replaced; name a new or empty folder");
        }
        Path parent = abs.getParent();
        Files.createDirectories(parent);
        removeLeftovers(parent, abs.getFileName().toString());
        Path staging = Files.createTempDirectory(parent, "." + abs.getFileName() + ".tmp-");
        // a temporary folder is private; the folder it becomes is readable by all, as one made in place would be
        if (Files.getFileStore(staging).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return new FolderSwap(abs, staging);
    }

    /** Where to write the new folder's content. */
    public Path staging() {
        return staging;
    }

    /** The staging folder becomes the target. */
    public void commit() throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
            Files.delete(old);
            move(target, old);
        }
        move(staging, target);
        committed = true;
        if (old != null) {
            deleteTree(old);
        }
    }

    /** Removes the staging folder unless committed. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            deleteTree(staging);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /**
     * Removes what a run that was killed while writing {@code name} left beside it: staging and old folders more
     * than an hour old (a younger one may belong to a run still writing).
     */
    private static void removeLeftovers(Path parent, String name) throws IOException {
        FileTime hourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
        try (DirectoryStream<Path> s = Files.newDirectoryStream(parent, "." + name + ".{tmp,old}-*")) {
            for (Path p : s) {
                if (Files.isDirectory(p) && Files.getLastModifiedTime(p).compareTo(hourAgo) < 0) {
                    deleteTree(p);
                }
            }
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
