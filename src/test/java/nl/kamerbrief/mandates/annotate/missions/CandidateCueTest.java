package nl.kamerbrief.mandates.annotate.missions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import nl.kamerbrief.mandates.annotate.AnnotatedText;
import nl.kamerbrief.mandates.annotate.Layer;
import nl.kamerbrief.mandates.annotate.Segment;
import nl.kamerbrief.mandates.annotate.Texts;
import org.junit.jupiter.api.Test;

/** The fast candidate-sentence test answers what the one alternation ({@code find()}) answers. */
class CandidateCueTest {

    private static final Pattern ALTERNATION = MissionModel.candidateCue(Texts.RULES);
    private static final CandidateCue CUE = new CandidateCue(MissionModel.cueAlternatives(Texts.RULES));

    @Test
    void sentencesWithADigitAPersonnelNounAMonthOrDecisionLanguageAreCandidates() {
        assertTrue(CUE.test("de bijdrage loopt tot 2027."));
        assertTrue(CUE.test("het kabinet zendt militairen naar irak."));
        assertTrue(CUE.test("de missie loopt tot eind december."));
        assertTrue(CUE.test("het kabinet heeft besloten de bijdrage te verlengen."));
        assertFalse(CUE.test("de minister dankt de kamer voor haar vragen."));
        // a personnel noun only as the end of another word is no cue ("\b" before it)
        assertFalse(CUE.test("dat is onmilitairen taal."));
    }

    @Test
    void everySegmentOfEveryLetterGetsTheAlternationsAnswer() throws Exception {
        int segments = 0;
        int candidates = 0;
        for (Path letter : Texts.corpusLetters().toList()) {
            AnnotatedText t = Texts.annotate(letter.toString(), Texts.corpus(letter.toString()), Layer.SEGMENTS);
            for (Segment s : t.segments()) {
                String folded = t.view().foldedText(s.span());
                boolean expected = ALTERNATION.matcher(folded).find();
                assertEquals(expected, CUE.test(folded), letter + ": " + folded);
                segments++;
                candidates += expected ? 1 : 0;
            }
        }
        assertTrue(segments > 1000, "segments compared: " + segments);
        assertTrue(candidates > 100 && candidates < segments, "candidates: " + candidates + " of " + segments);
    }
}
