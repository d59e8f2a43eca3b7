package nl.kamerbrief.mandates.annotate.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import nl.kamerbrief.mandates.annotate.Action;
import nl.kamerbrief.mandates.annotate.ActionCue;
import nl.kamerbrief.mandates.annotate.AnnotatedText;
import nl.kamerbrief.mandates.annotate.Layer;
import nl.kamerbrief.mandates.annotate.Texts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decision language on real sentences of the corpus (and variations of them): the strongest cue of a sentence,
 * and negation turning or dropping a cue (rules/actions.tsv, rules/negations.tsv).
 */
class ActionAnnotatorTest {

    /** The strongest decision a sentence states, or "none". */
    private static String strongest(String sentence) {
        AnnotatedText t = Texts.annotate("2024-01-01-actions", sentence, Layer.ACTIONS);
        return t.actions().stream().max(Comparator.comparingInt(ActionCue::rank))
                .map(c -> c.action().name().toLowerCase()).orElse("none");
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
        // corpus sentences (2022 samenhang, 2025 beslisnota, more/ excerpts)
        "Het kabinet heeft besloten de Nederlandse bijdrage aan EUTM Mali per 1 mei 2019 te beëindigen.|terminate",
        "Daarnaast verlengt het kabinet het bestaande mandaat van vijftien civiele en politie-experts in Kosovo.|extend",
        "De Nederlandse bijdrage aan de NAVO-trainingsmissie in Irak wordt met een jaar voortgezet.|extend",
        "Het kabinet verkent de mogelijkheden om hier een vervolg aan te geven.|explore",
        "Bij nader inzien heeft het kabinet besloten af te zien van deze additionele inzet.|decline",
        "Het kabinet heeft besloten de bijdrage uit te breiden van acht naar 15 functionarissen.|expand",
        "De Nederlandse bijdrage aan de missie wordt verminderd tot twee stafofficieren.|reduce",
        "Het kabinet verhoogt de bijdrage aan KFOR van vijf naar acht militairen.|expand",
        "De Koninklijke Marechaussee levert momenteel een stafofficier.|continue",
        "Nederland levert op dit moment twee stafofficieren aan het hoofdkwartier.|continue",
    })
    void theStrongestDecisionOfASentence(String sentence, String expected) {
        assertEquals(expected, strongest(sentence));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
        // a negated extension ends the contribution; a negated new contribution is declined
        "Het kabinet heeft besloten de bijdrage aan UNIFIL niet te verlengen.|terminate",
        "Het kabinet verlengt de bijdrage aan UNIFIL niet.|terminate",
        "Het kabinet heeft besloten geen bijdrage te leveren aan de missie.|decline",
        // a negated expansion says nothing: the contribution goes on as it is
        "Het kabinet heeft geen plannen om deze bijdrage uit te breiden.|none",
        // 'niet alleen' negates nothing
        "De bijdrage wordt niet alleen verlengd maar ook uitgebreid.|expand",
        // a negation in another clause does not reach the cue
        "Dat was niet voorzien, maar het kabinet verlengt de bijdrage.|extend",
        // a negation too far before the cue does not reach it
        "Er is geen twijfel dat het kabinet na lang en zorgvuldig overleg met alle partners de bijdrage verlengt.|extend",
    })
    void negation(String sentence, String expected) {
        assertEquals(expected, strongest(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Het kabinet heeft besloten de Nederlandse bijdrage te verlengen.|verlengen",
        "Het kabinet beëindigt de bijdrage met twee militairen.|beëindigt",
    })
    void aCueCoversItsWords(String sentence, String words) {
        AnnotatedText t = Texts.annotate("2024-01-01-actions", sentence, Layer.ACTIONS);
        List<String> covered = t.actions().stream().map(c -> Texts.covered(t, c)).toList();
        assertTrue(covered.contains(words), "cues " + covered);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "De Verenigde Naties telt 193 lidstaten.",
        "Het rapport beschrijft de geschiedenis van de missie.",
    })
    void noDecisionInPlainStatements(String sentence) {
        AnnotatedText t = Texts.annotate("2024-01-01-actions", sentence, Layer.ACTIONS);
        assertTrue(t.actions().stream().noneMatch(c -> c.action() != Action.CONTINUE),
                () -> "cues " + t.actions());
    }
}
