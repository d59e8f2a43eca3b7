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

    /** The words, or null until a lazy list is first asked. */
    private volatile Set<String> words;
    private final Path source;

    public DutchWords(Set<String> words) {
        this.words = Set.copyOf(words);
        this.source = null;
    }

    private DutchWords(Path source) {
        this.source = source;
    }

    /** The list in a file, or {@link #NONE} when the file is missing. */
    public static DutchWords load(Path file) throws IOException {
        if (file == null || !Files.exists(file)) {
            return NONE;
        }
        return new DutchWords(read(file));
    }

    /**
     * The list in a file, read when a word is first looked up: a run over text letters only never pays for the
     * 170,000 words (start-up). A file that cannot be read then counts as an empty list, with a warning.
     */
    public static DutchWords loadLazily(Path file) {
        return file == null || !Files.exists(file) ? NONE : new DutchWords(file);
    }

    private static Set<String> read(Path file) throws IOException {
        Set<String> w = new HashSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String s = line.strip();
            if (!s.isEmpty() && !s.startsWith("#")) {
                w.add(s.toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(w);
    }

    private Set<String> words() {
        Set<String> w = words;
        if (w == null) {
            synchronized (this) {
                w = words;
                if (w == null) {
                    try {
                        w = read(source);
                    } catch (IOException e) {
                        org.slf4j.LoggerFactory.getLogger(DutchWords.class).warn(
                                "cannot read the word list {}: {}; PDF hyphenation falls back to rules alone", source,
                                e.toString());
                        w = Set.of();
                    }
                    words = w;
                }
            }
        }
        return w;
    }

    public int size() {
        return words().size();
    }

    /** Whether {@code word} (any case) is a Dutch word or an inflection of one. */
    public boolean contains(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Set<String> words = words();
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
