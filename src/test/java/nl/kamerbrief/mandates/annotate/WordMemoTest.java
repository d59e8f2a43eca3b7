package nl.kamerbrief.mandates.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The memo answers what the function answers, asks it once per word, and keeps no more than it may. */
class WordMemoTest {

    @Test
    void asksTheFunctionOncePerWordNullsIncluded() {
        List<String> asked = new ArrayList<>();
        WordMemo<Integer> numbers = new WordMemo<>(w -> {
            asked.add(w);
            return w.equals("drie") ? 3 : null;
        });
        assertEquals(3, numbers.get("drie"));
        assertNull(numbers.get("de"));
        assertEquals(3, numbers.get("drie"));
        assertNull(numbers.get("de"));
        assertEquals(List.of("drie", "de"), asked);
    }

    @Test
    void pastItsCapacityItComputesWithoutKeeping() {
        List<String> asked = new ArrayList<>();
        WordMemo<Integer> lengths = new WordMemo<>(w -> {
            asked.add(w);
            return w.length();
        }, 2);
        for (String w : List.of("een", "twee", "drie", "een", "twee", "drie")) {
            assertEquals(w.length(), lengths.get(w));
        }
        assertEquals(List.of("een", "twee", "drie", "drie"), asked);
    }
}
