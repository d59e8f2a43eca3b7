package nl.kamerbrief.mandates.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A list of Dutch words ({@code rules/words-nl.txt}: one lower-case word per line, built from the Debian
 * {@code hunspell-nl} dictionary and the corpus by {@code mandates rules words}), with the common inflections
 * taken off before a lookup ("nederlandse" is found through "nederlands").
 */
public final class DutchWords {

    /** Endings tried off a word, longest first. */
    private static final List<String> ENDINGS = List.of("heden", "ingen", "ende", "sten", "ste", "ers", "ere", "ten",
            "den", "en", "er", "es", "te", "de", "e", "s", "n", "t", "d");

    public static final DutchWords NONE = new DutchWords(Set.of());

    private final Set<String> words;

    public DutchWords(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    /** The list in a file, or {@link #NONE} when the file is missing. */
    public static DutchWords load(Path file) throws IOException {
        if (file == null || !Files.exists(file)) {
            return NONE;
        }
        Set<String> w = new HashSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String s = line.strip();
            if (!s.isEmpty() && !s.startsWith("#")) {
                w.add(s.toLowerCase(Locale.ROOT));
            }
        }
        return new DutchWords(w);
    }

    public int size() {
        return words.size();
    }

    /** Whether {@code word} (any case) is a Dutch word or an inflection of one. */
    public boolean contains(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (words.contains(w)) {
            return true;
        }
        for (String e : ENDINGS) {
            if (w.length() > e.length() + 2 && w.endsWith(e) && words.contains(w.substring(0, w.length() - e.length()))) {
                return true;
            }
        }
        return false;
    }
}
