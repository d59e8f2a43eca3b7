package nl.kamerbrief.mandates.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Property (issue 15): every number from 0 to 9999, written out in Dutch words in every spelling
 * {@link DutchNumberWriter} knows, parses back to itself; and words made from numbers that are no count (ordinals,
 * plurals) parse to nothing. The writer is checked first against spellings of the Taalunie's rules, by hand.
 */
class DutchNumberWordsPropertyTest {

    private static final DutchNumerals NUMERALS = Texts.NUMERALS;

    @Test
    void theWriterSpellsAsTheRulesSay() {
        assertEquals("nul", DutchNumberWriter.standard(0));
        assertEquals("achttien", DutchNumberWriter.standard(18));
        assertEquals("eenentwintig", DutchNumberWriter.standard(21));
        assertEquals("drieëndertig", DutchNumberWriter.standard(33));
        assertEquals("tweeënveertig", DutchNumberWriter.standard(42));
        assertEquals("tachtig", DutchNumberWriter.standard(80));
        assertEquals("honderd", DutchNumberWriter.standard(100));
        assertEquals("honderdvijf", DutchNumberWriter.standard(105));
        assertEquals("duizend", DutchNumberWriter.standard(1000));
        assertEquals("tweeduizendvijfhonderd", DutchNumberWriter.standard(2500));
        assertEquals("negenduizendnegenhonderdnegenennegentig", DutchNumberWriter.standard(9999));
        assertEquals(List.of("een", "één", "Een", "EEN"), DutchNumberWriter.spellings(1));
        assertTrue(DutchNumberWriter.spellings(1200).contains("twaalfhonderd"));
        assertTrue(DutchNumberWriter.spellings(1950).contains("negentienhonderdvijftig"));
        assertTrue(DutchNumberWriter.spellings(101).contains("honderdeneen"));
        assertTrue(DutchNumberWriter.spellings(150).contains("eenhonderdvijftig"));
        assertTrue(DutchNumberWriter.spellings(1001).contains("eenduizendeen"));
        assertTrue(DutchNumberWriter.spellings(22).contains("tweeentwintig"));
        assertTrue(DutchNumberWriter.spellings(2000).contains("Tweeduizend"));
    }

    @Test
    void everyNumberUpToTenThousandWrittenOutParsesBackToItself() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (int n = 0; n <= 9999; n++) {
            for (String word : DutchNumberWriter.spellings(n)) {
                Integer parsed = NUMERALS.parse(word);
                checked++;
                if (parsed == null || parsed != n) {
                    wrong.add(word + " = " + n + " (read " + parsed + ")");
                }
            }
        }
        assertTrue(checked > 40_000, "spellings checked: " + checked);
        assertTrue(wrong.isEmpty(), () -> wrong.size() + " spellings misread, the first: "
                + wrong.subList(0, Math.min(20, wrong.size())));
    }

    /** "tweeënveertigste", "honderdste", "honderden", "duizenden": an ordinal or a plural is no count. */
    @Test
    void ordinalsAndPluralsOfNumbersAreNoNumbers() {
        List<String> read = new ArrayList<>();
        for (int n = 20; n <= 9999; n++) {
            String word = DutchNumberWriter.standard(n);
            if (n % 100 == 0 || n % 100 >= 20) {
                // the ordinal of a number ending in a ten, honderd or duizend takes "ste"
                check(word + "ste", read);
            }
            if (n % 100 == 0 && n % 1000 != 0 && n < 1000 || n % 1000 == 0) {
                check(word + "en", read);
            }
        }
        assertTrue(read.isEmpty(), () -> read.size() + " read as numbers, the first: "
                + read.subList(0, Math.min(20, read.size())));
    }

    private static void check(String word, List<String> read) {
        Integer v = NUMERALS.parse(word);
        if (v != null) {
            read.add(word + " = " + v);
        }
    }
}
