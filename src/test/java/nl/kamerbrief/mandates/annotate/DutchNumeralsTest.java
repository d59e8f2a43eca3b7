package nl.kamerbrief.mandates.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Dutch numeral grammar (spec section 2: "vijfenzeventig", "honderdvijftig", "tweeduizend", ...). */
class DutchNumeralsTest {

    private static final DutchNumerals NUMERALS = Texts.NUMERALS;

    /** The rows of spec section 2 and the examples of rules/numerals.tsv. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "vijfenzeventig, 75",
            "honderdvijftig, 150",
            "tweeduizend, 2000",
            "tweeëntwintig, 22",
            "tweehonderdvijftig, 250",
            "duizendtweehonderd, 1200",
            "1.200, 1200",
            "2.350, 2350",
            "zestig, 60",
            "vijftien, 15",
            "twaalf, 12",
            "acht, 8",
            "honderd, 100",
            "één, 1",
            "een, 1",
            "nul, 0",
            "175, 175",
            "Vijftien, 15",
            "twaalfhonderd, 1200",
            "drieëndertig, 33",
    })
    void parsesTheNumeralsOfTheSpec(String word, int value) {
        assertEquals(value, NUMERALS.parse(word), word);
    }

    /** "tientallen" and "enkele" are not numbers (spec section 2), nor is any ordinary word. */
    @ParameterizedTest
    @ValueSource(strings = {"tientallen", "enkele", "enige", "aantal", "militairen", "eenheid", "honderden",
            "duizenden", ""})
    void wordsThatAreNoNumber(String word) {
        assertNull(NUMERALS.parse(word), word);
    }

    @Test
    void aDozenIsACountedNounAndATientalARoughAmount() {
        assertEquals(12, NUMERALS.noun("dozijn"));
        assertEquals(10, NUMERALS.approximate("tiental"));
        assertNull(NUMERALS.noun("tiental"));
        assertNull(NUMERALS.approximate("dozijn"));
    }

    @Test
    void numberWordsAreRecognisedFolded() {
        assertTrue(NUMERALS.isNumberWord("tweeentwintig"));
        assertTrue(NUMERALS.isNumberWord("een"));
        assertFalse(NUMERALS.isNumberWord("tientallen"));
        assertFalse(NUMERALS.isNumberWord("enkele"));
    }
}
