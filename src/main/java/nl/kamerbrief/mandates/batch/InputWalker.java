package nl.kamerbrief.mandates.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.kamerbrief.mandates.ingest.Sidecar;

/**
 * The inputs of a run: files as given, and folders walked recursively, each in sorted path order. A folder named
 * {@code gold} and hidden files and folders are not entered (gold annotations, sync state, locks and state files
 * live there), and a sync sidecar ({@code *.meta.json}) is never an input, even when named on the command line:
 * it describes the letter beside it.
 */
public final class InputWalker {

    /** One input file and the path the user gave for it (or the walked path under a given folder). */
    public record Input(Path path, String asGiven) {
    }

    private InputWalker() {
    }

    public static List<Input> collect(List<String> given) throws IOException {
        List<Input> out = new ArrayList<>();
        for (String g : given) {
            Path p = Path.of(g);
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    List<Path> files = walk.filter(f -> !skipped(p, f) && Files.isRegularFile(f)).sorted().toList();
                    for (Path f : files) {
                        out.add(new Input(f, f.toString()));
                    }
                }
            } else if (!Sidecar.isSidecar(p)) {
                out.add(new Input(p, g));
            }
        }
        return out;
    }

    private static boolean skipped(Path root, Path f) {
        Path rel = root.relativize(f);
        if (Sidecar.isSidecar(f)) {
            return true;
        }
        for (Path part : rel) {
            String name = part.toString();
            if (name.startsWith(".") || name.equals("gold")) {
                return true;
            }
        }
        return false;
    }
}
