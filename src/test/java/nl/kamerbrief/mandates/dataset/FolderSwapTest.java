package nl.kamerbrief.mandates.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder replaced whole: never half written, never over a folder of another kind, no leftovers. */
class FolderSwapTest {

    @TempDir
    Path tmp;

    @Test
    void theNewFolderReplacesTheOldOneWholeAndAFailedWriteLeavesTheOldOne() throws Exception {
        Path target = tmp.resolve("dataset");
        try (FolderSwap swap = FolderSwap.begin(target, "dataset.json", "a dataset folder")) {
            Files.writeString(swap.staging().resolve("dataset.json"), "old");
            Files.writeString(swap.staging().resolve("only-old.txt"), "old");
            swap.commit();
        }
        try (FolderSwap swap = FolderSwap.begin(target, "dataset.json", "a dataset folder")) {
            Files.writeString(swap.staging().resolve("dataset.json"), "half");
            assertEquals("old", Files.readString(target.resolve("dataset.json")), "not visible before commit");
            // no commit: as if the build failed here
        }
        assertEquals("old", Files.readString(target.resolve("dataset.json")));
        try (FolderSwap swap = FolderSwap.begin(target, "dataset.json", "a dataset folder")) {
            Files.writeString(swap.staging().resolve("dataset.json"), "new");
            swap.commit();
        }
        assertEquals("new", Files.readString(target.resolve("dataset.json")));
        assertFalse(Files.exists(target.resolve("only-old.txt")));
        assertEquals(List.of("dataset"), names(tmp), "no staging or old folder left beside it");
        assertEquals("rwxr-xr-x", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(target)));
    }

    @Test
    void aFolderOfAnotherKindIsNotReplacedButAnEmptyOneIs() throws Exception {
        Path other = Files.createDirectories(tmp.resolve("other"));
        Files.writeString(other.resolve("thesis.docx"), "mine");
        NotAFolderOfKindException e = assertThrows(NotAFolderOfKindException.class,
                () -> FolderSwap.begin(other, "dataset.json", "a dataset folder"));
        assertTrue(e.getMessage().contains("has no dataset.json"), e.getMessage());
        assertTrue(Files.exists(other.resolve("thesis.docx")));
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        try (FolderSwap swap = FolderSwap.begin(empty, "dataset.json", "a dataset folder")) {
            Files.writeString(swap.staging().resolve("dataset.json"), "{}");
            swap.commit();
        }
        assertTrue(Files.exists(empty.resolve("dataset.json")));
    }

    @Test
    void leftoversOfAKilledRunAreRemovedOnceOld() throws Exception {
        Path stale = Files.createDirectories(tmp.resolve(".dataset.tmp-123/text"));
        Files.setLastModifiedTime(stale.getParent(), FileTime.from(Instant.now().minusSeconds(7200)));
        Path young = Files.createDirectories(tmp.resolve(".dataset.tmp-456"));
        try (FolderSwap swap = FolderSwap.begin(tmp.resolve("dataset"), "dataset.json", "a dataset folder")) {
            assertFalse(Files.exists(stale.getParent()));
            assertTrue(Files.exists(young), "a run may still be writing it");
        }
    }

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
