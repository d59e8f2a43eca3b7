package nl.kamerbrief.mandates.sync;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes that survive a crash or a power cut: the bytes go to a temporary file beside the target, the file is
 * forced to disk, renamed over the target, and the folder is forced too, so the rename itself is on disk before
 * the caller moves on (a cursor must never get ahead of the files it stands for).
 */
final class DurableFiles {

    /** Temporary files start with a dot and end in this (hidden, so no reader takes them for a letter). */
    static final String TEMP_SUFFIX = ".part";

    private DurableFiles() {
    }

    /** Writes {@code content} to {@code target} durably: the target holds the old bytes or the new, never half. */
    static void write(Path target, byte[] content) throws IOException {
        Path tmp = writeTemp(target.toAbsolutePath().getParent(), "." + target.getFileName(), content);
        try {
            move(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Writes {@code content} to a new forced temporary file in {@code dir}, named {@code prefix.*.part}. */
    static Path writeTemp(Path dir, String prefix, byte[] content) throws IOException {
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, prefix + ".", TEMP_SUFFIX);
        try {
            if (Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(content);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            return tmp;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    /** Renames {@code from} over {@code to} (atomically where the file system can) and forces both folders. */
    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
        forceFolder(to.toAbsolutePath().getParent());
        Path fromDir = from.toAbsolutePath().getParent();
        if (!fromDir.equals(to.toAbsolutePath().getParent())) {
            forceFolder(fromDir);
        }
    }

    /** Deletes a file and forces its folder, so the deletion is on disk too. */
    static void delete(Path file) throws IOException {
        if (Files.deleteIfExists(file)) {
            forceFolder(file.toAbsolutePath().getParent());
        }
    }

    /** Forces a folder's entries to disk (a no-op where the platform cannot open a folder, as on Windows). */
    static void forceFolder(Path dir) throws IOException {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            if (System.getProperty("os.name", "").startsWith("Windows")) {
                return;
            }
            throw e;
        }
    }

    /** Removes the temporary files a killed run left in {@code dir}. */
    static int removeLeftovers(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int n = 0;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, ".*" + TEMP_SUFFIX)) {
            for (Path p : ds) {
                if (Files.deleteIfExists(p)) {
                    n++;
                }
            }
        }
        return n;
    }
}
