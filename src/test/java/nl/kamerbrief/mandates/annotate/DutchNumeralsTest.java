package nl.kamerbrief.mandates.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
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

    /** Every number from 0 to 9999, written out by the small Dutch number writer below, parses back. */
    @Test
    void parsesEveryNumberUpToTenThousandWrittenOut() {
        List<String> wrong = new ArrayList<>();
        for (int n = 0; n < 10_000; n++) {
            String word = Dutch.write(n);
            Integer parsed = NUMERALS.parse(word);
            if (parsed == null || parsed != n) {
                wrong.add(word + "=" + n + " (got " + parsed + ")");
            }
        }
        assertTrue(wrong.isEmpty(), () -> wrong.size() + " numbers misread, the first: "
                + wrong.subList(0, Math.min(20, wrong.size())));
    }

    @Test
    void theWriterItselfFollowsDutchSpelling() {
        assertEquals("nul", Dutch.write(0));
        assertEquals("eenentwintig", Dutch.write(21));
        assertEquals("tweeëntwintig", Dutch.write(22));
        assertEquals("drieëndertig", Dutch.write(33));
        assertEquals("vijfenzeventig", Dutch.write(75));
        assertEquals("honderd", Dutch.write(100));
        assertEquals("honderdvijftig", Dutch.write(150));
        assertEquals("tweehonderdvijftig", Dutch.write(250));
        assertEquals("duizendtweehonderd", Dutch.write(1200));
        assertEquals("tweeduizend", Dutch.write(2000));
        assertEquals("negenduizendnegenhonderdnegenennegentig", Dutch.write(9999));
    }

    /** A small Dutch number writer: units 1-19, tens, "en"/"ën" between unit and ten, honderd/duizend glued. */
    static final class Dutch {

        private static final String[] UNITS = {"nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht",
                "negen", "tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien",
                "achttien", "negentien"};
        private static final String[] TENS = {"", "", "twintig", "dertig", "veertig", "vijftig", "zestig",
                "zeventig", "tachtig", "negentig"};

        static String write(int n) {
            if (n == 0) {
                return "nul";
            }
            StringBuilder b = new StringBuilder();
            int thousands = n / 1000;
            int hundreds = n / 100 % 10;
            int rest = n % 100;
            if (thousands > 0) {
                b.append(thousands == 1 ? "" : UNITS[thousands]).append("duizend");
            }
            if (hundreds > 0) {
                b.append(hundreds == 1 ? "" : UNITS[hundreds]).append("honderd");
            }
            if (rest > 0) {
                b.append(belowHundred(rest));
            }
            return b.toString();
        }

        private static String belowHundred(int n) {
            if (n < 20) {
                return UNITS[n];
            }
            int unit = n % 10;
            if (unit == 0) {
                return TENS[n / 10];
            }
            String u = UNITS[unit];
            // "tweeëntwintig", "drieëndertig": a trema where "e" + "en" would run together
            return u + (u.endsWith("e") ? "ën" : "en") + TENS[n / 10];
        }
    }
}
