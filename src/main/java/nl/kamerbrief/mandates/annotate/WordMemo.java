package nl.kamerbrief.mandates.annotate;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers what a pure function of a word gave (which rule a word matches, what number it spells), so that an
 * annotator asking the same of "de" ten thousand times runs its regular expressions once. Safe to share between
 * threads; bounded: once it holds {@code capacity} words it computes the rest each time without keeping them.
 * Null results are remembered too.
 */
public final class WordMemo<V> {

    private static final Object NULL = new Object();

    private final Function<String, V> compute;
    private final int capacity;
    private final Map<String, Object> known = new ConcurrentHashMap<>();

    public WordMemo(Function<String, V> compute, int capacity) {
        this.compute = compute;
        this.capacity = capacity;
    }

    /** A memo of the 50,000 first words asked: a letter's vocabulary is a few thousand. */
    public WordMemo(Function<String, V> compute) {
        this(compute, 50_000);
    }

    @SuppressWarnings("unchecked")
    public V get(String word) {
        Object v = known.get(word);
        if (v == null) {
            V computed = compute.apply(word);
            if (known.size() < capacity) {
                known.putIfAbsent(word, computed == null ? NULL : computed);
            }
            return computed;
        }
        return v == NULL ? null : (V) v;
    }
}
