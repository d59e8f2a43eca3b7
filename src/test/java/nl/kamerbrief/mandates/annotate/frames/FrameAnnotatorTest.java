package nl.kamerbrief.mandates.annotate.frames;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.kamerbrief.mandates.annotate.AnnotatedText;
import nl.kamerbrief.mandates.annotate.Frame;
import nl.kamerbrief.mandates.annotate.FrameCue;
import nl.kamerbrief.mandates.annotate.Layer;
import nl.kamerbrief.mandates.annotate.Texts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sentence frames on real sentences of the corpus: who acts (the Netherlands or another country), the mission's own
 * size or mandate, corrections, hedges. These decide whether a number is a Dutch contribution at all.
 */
class FrameAnnotatorTest {

    private static List<Frame> frames(String sentence) {
        AnnotatedText t = Texts.annotate("2024-01-01-frames", sentence, Layer.FRAMES);
        return t.frames().stream().map(FrameCue::frame).toList();
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
        "Het kabinet verlengt de bijdrage met twaalf militairen aan UNTSO.|DUTCH_AGENT",
        "In mei 2022 heeft de Koninklijke Marechaussee een Forensisch- en Opsporingsteam ingezet.|DUTCH_AGENT",
        "Zo neemt het Duitse leger deel met 900 militairen.|FOREIGN_AGENT",
        "Duitsland levert sinds februari 2024 een fregat aan de operatie.|FOREIGN_AGENT",
        "Het mandaat van de missie loopt tot november 2022.|OWN_MANDATE",
        "In totaal telt de missie ongeveer 70 medewerkers.|MISSION_SIZE",
        "Per abuis is in de Kamerbrief opgenomen dat de bijdrage tot eind 2027 loopt.|CORRECTION",
        "Dit moet zijn tot en met eind juni 2028.|CORRECTION_VALUE",
        "Nederland levert twee stafofficieren, met de mogelijkheid deze bijdrage uit te breiden tot 5 functies.|HEDGE",
        "Het is de grootste jaarlijkse NAVO-oefening in het gebied.|EXERCISE",
        "Nederland levert 2 extra marechaussees.|INCREMENT",
        "Nederland heeft een mandaat voor twee personen.|MANDATE_SIZE",
    })
    void aFrameOnARealSentence(String sentence, Frame expected) {
        List<Frame> found = frames(sentence);
        assertTrue(found.contains(expected), () -> expected + " not in " + found);
    }

    @ParameterizedTest(name = "{1} absent: {0}")
    @CsvSource(delimiter = '|', value = {
        "Nederland levert vier stafofficieren aan de missie.|FOREIGN_AGENT",
        "Het kabinet verlengt de bijdrage tot en met 31 december 2027.|OWN_MANDATE",
        "Nederland levert maximaal twaalf militairen.|MISSION_SIZE",
        "Zo neemt het Duitse leger deel met 900 militairen.|DUTCH_AGENT",
    })
    void noFrameWhereTheSentenceSaysOtherwise(String sentence, Frame absent) {
        assertFalse(frames(sentence).contains(absent), () -> absent + " in " + frames(sentence));
    }
}
