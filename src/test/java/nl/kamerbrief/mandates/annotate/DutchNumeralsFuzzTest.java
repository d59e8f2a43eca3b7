package nl.kamerbrief.mandates.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import nl.kamerbrief.mandates.rules.RuleException;
import nl.kamerbrief.mandates.rules.RuleSet;
import nl.kamerbrief.mandates.text.Folding;

/**
 * The numeral parser on any string (issue 15): it never throws, and what it reads as a number is a count a letter
 * could state. Seeds in {@code DutchNumeralsFuzzTestInputs/}; fuzzing mode: see README, "Fuzzing".
 */
class DutchNumeralsFuzzTest {

    /** The numerals alone (not {@link Texts}, whose pipeline would slow the fuzzer's start). */
    private static final DutchNumerals NUMERALS;

    static {
        try {
            NUMERALS = new DutchNumerals(RuleSet.load(Path.of("rules")));
        } catch (RuleException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @FuzzTest
    void anyWordIsANumberOrNone(FuzzedDataProvider data) {
        String word = data.consumeRemainingAsString();
        Integer value = NUMERALS.parse(word);
        String folded = Folding.foldSameLength(word);
        if (value != null) {
            assertTrue(value >= 0, () -> "'" + word + "' read as the negative " + value);
            if (!word.isEmpty() && !Character.isDigit(word.charAt(0))) {
                // a word read as a number is a number word, folded or not
                assertTrue(NUMERALS.isNumberWord(folded), () -> "'" + word + "' parses but is no number word");
                assertEquals(value, NUMERALS.parse(folded), () -> "'" + word + "' and its folded form differ");
            }
        }
        NUMERALS.noun(folded);
        NUMERALS.approximate(folded);
    }
}
