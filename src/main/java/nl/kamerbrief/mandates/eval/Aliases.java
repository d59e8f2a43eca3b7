package nl.kamerbrief.mandates.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Mission name aliases, as the {@code Aliases} class of {@code score.py} reads them: one mission per line, names
 * separated by tabs, the first name canonical. Names are compared folded (case, accents, punctuation, Dutch/English
 * place names). The first file and line that define a folded name win; a line whose first non-blank name starts
 * with {@code #} is a comment; a line's canonical name is itself looked up in the aliases read so far.
 */
public final class Aliases {

    private final Map<String, String> key;

    private Aliases(Map<String, String> key) {
        this.key = Map.copyOf(key);
    }

    /**
     * Reads the alias files in order (UTF-8; lines as Python's {@code str.splitlines} splits them).
     *
     * @throws IOException when a file cannot be read or is not UTF-8 (every file given must exist:
     *                     {@code score.py}'s command line drops missing files before this step)
     */
    public static Aliases load(List<Path> files) throws IOException {
        Map<String, String> key = new HashMap<>();
        for (Path f : files) {
            for (String line : Py.splitLines(Py.decodeUtf8(Files.readAllBytes(f)))) {
                List<String> names = new ArrayList<>();
                for (String n : line.split("\t", -1)) {
                    if (!Py.strip(n).isEmpty()) {
                        names.add(n);
                    }
                }
                if (names.isEmpty() || names.get(0).startsWith("#")) {
                    continue;
                }
                String f0 = Py.fold(names.get(0));
                String canon = key.getOrDefault(f0, f0);
                for (String n : names) {
                    key.putIfAbsent(Py.fold(n), canon);
                }
            }
        }
        return new Aliases(key);
    }

    /** No aliases: names are only folded. */
    public static Aliases none() {
        return new Aliases(Map.of());
    }

    /** The canonical folded name of a mission name ({@code null} folds to the empty string). */
    public String canon(String name) {
        return canonOf(name);
    }

    /** {@code canon} for any JSON value, with Python's {@code name or ""}. */
    String canonOf(Object name) {
        String f = Py.fold(name);
        return key.getOrDefault(f, f);
    }
}
