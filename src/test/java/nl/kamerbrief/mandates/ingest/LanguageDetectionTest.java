package nl.kamerbrief.mandates.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The language of a letter: a cheap check for ordinary Dutch letters, the model for everything else. */
class LanguageDetectionTest {

    private static final String GERMAN = "Die Bundesregierung hat beschlossen, den Beitrag der Bundeswehr zur Mission "
            + "der Vereinten Nationen in Mali bis zum 31. Mai 2024 zu verlängern. Das Mandat umfasst bis zu 1400 "
            + "Soldatinnen und Soldaten. Der Bundestag wird über den Antrag abstimmen, und die Ministerin hat erklärt, "
            + "dass die Lage schwierig bleibt. Die Opposition hat Fragen gestellt und die Regierung hat geantwortet.";
    private static final String FRENCH = "Le gouvernement a décidé de prolonger la contribution des forces armées à "
            + "la mission des Nations unies au Mali jusqu'au 31 mai 2024. Le mandat comprend jusqu'à 1400 militaires. "
            + "Le parlement votera sur la proposition et la ministre a déclaré que la situation reste difficile pour "
            + "les soldats et pour la population civile de la région.";
    private static final String AFRIKAANS = "Die regering het besluit om die bydrae van die weermag tot die "
            + "vredesmissie van die Verenigde Nasies in Mali te verleng tot 31 Mei 2024. Die mandaat sluit tot 1400 "
            + "soldate in. Die parlement sal oor die voorstel stem en die minister het gesê dat die situasie moeilik "
            + "bly. Dit is nie duidelik of die bydrae na 2024 voortgesit sal word nie, het sy gesê.";

    @Test
    void almostEveryLetterOfTheCorpusIsDecidedDutchWithoutTheModel() throws Exception {
        List<Path> letters = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Path.of("corpus"))) {
            walk.filter(Files::isRegularFile).filter(p -> !p.toString().contains("gold")).sorted().forEach(letters::add);
        }
        List<Path> byModel = new ArrayList<>();
        for (Path p : letters) {
            String text = Files.readString(p, StandardCharsets.UTF_8);
            if (!LanguageDetection.clearlyDutch(text)) {
                byModel.add(p);
            }
            assertEquals("nl", LanguageDetection.of(text), p.toString());
        }
        assertTrue(byModel.size() * 10 <= letters.size(), "left to the model: " + byModel);
    }

    @Test
    void otherLanguagesAreLeftToTheModel() throws Exception {
        String english = Files.readString(Path.of("src/test/resources/bad/english-letter.txt"), StandardCharsets.UTF_8);
        for (String text : List.of(english, GERMAN, FRENCH, AFRIKAANS)) {
            assertFalse(LanguageDetection.clearlyDutch(text), text.substring(0, 40));
        }
        assertEquals("en", LanguageDetection.of(english));
        assertEquals("de", LanguageDetection.of(GERMAN));
        assertEquals("fr", LanguageDetection.of(FRENCH));
    }

    @Test
    void aShortDutchTextIsLeftToTheModel() {
        assertFalse(LanguageDetection.clearlyDutch("Het kabinet verlengt de bijdrage aan UNTSO met een jaar."));
    }
}
