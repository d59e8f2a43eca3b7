package nl.kamerbrief.mandates.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.kamerbrief.mandates.ingest.pdf.WordListBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The word list: hunspell stems without their flags, corpus words without the halves of line-end hyphenation. */
class WordListBuilderTest {

    @TempDir
    Path dir;

    @Test
    void buildsFromADictionaryAndACorpus() throws Exception {
        Path dic = dir.resolve("nl.dic");
        Files.writeString(dic, "6\nNederlands/LlLr\npolitie/CcCe\n€10-biljet/Ze\nx\nNAVO-top\nkantel/Ca\n");
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "De missiebij-\ndragen van de Koninklijke Marechaussee \n"
                + "lopen af.\n");
        Files.writeString(corpus.resolve("b.md"), "# Kop\n\n*EUFOR* Althea, 2022\n");
        Files.writeString(corpus.resolve("c.json"), "{\"skipped\": \"woord\"}");
        List<String> words = WordListBuilder.build(dic, corpus);
        assertEquals(List.of("af", "althea", "de", "eufor", "kantel", "koninklijke", "kop", "lopen", "marechaussee",
                "nederlands", "politie", "van"), words);
    }

    @Test
    void theListInRulesRecordsHowItWasBuilt() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("rules/words-nl.txt"));
        assertTrue(lines.get(0).startsWith("# "));
        assertTrue(lines.stream().limit(6).anyMatch(l -> l.contains("hunspell-nl 2:2.20.19")), "the version");
        List<String> words = lines.stream().filter(l -> !l.startsWith("#")).toList();
        assertTrue(words.size() > 160_000);
        for (int i = 1; i < words.size(); i += 1000) {
            assertTrue(words.get(i - 1).compareTo(words.get(i)) < 0, "sorted and distinct");
        }
        assertTrue(words.contains("kabinetsperiode") && words.contains("nederlandse"));
        assertTrue(!words.contains("missiebij") && !words.contains("politieexperts"));
    }
}
