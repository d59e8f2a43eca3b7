package nl.kamerbrief.mandates.assemble;

import static nl.kamerbrief.mandates.assemble.Letters.covers;
import static nl.kamerbrief.mandates.assemble.Letters.doesNotCover;
import static nl.kamerbrief.mandates.assemble.Letters.find;
import static nl.kamerbrief.mandates.assemble.Letters.one;
import static nl.kamerbrief.mandates.assemble.Letters.quoteAtOffsets;
import static nl.kamerbrief.mandates.assemble.Letters.run;
import static nl.kamerbrief.mandates.assemble.Letters.supports;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import nl.kamerbrief.mandates.pipeline.Pipeline;
import nl.kamerbrief.mandates.text.CharSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Spec section 2, evidence: the sentence (or list item) a record comes from, or the adjacent sentences when mission,
 * size and date are spread over them; the quote is the text at its offsets; the record keeps the spans of the
 * statements its mission, size and date come from. Section 5: a quote supports the gold's when enough of their words
 * are shared.
 */
class EvidenceTest {

    /** The corpus letters with gold records (the negatives have none). */
    static Stream<String> letters() throws IOException {
        List<String> out = new ArrayList<>();
        for (String dir : new String[] {"", "more/"}) {
            try (Stream<Path> files = Files.list(Path.of("corpus", dir))) {
                files.map(p -> p.getFileName().toString())
                        .filter(n -> n.endsWith(".txt") || n.endsWith(".md"))
                        .filter(n -> Files.exists(Path.of("corpus/gold", dir, stem(n) + ".json")))
                        .sorted().forEach(n -> out.add(dir + n));
            }
        }
        return out.stream();
    }

    private static String stem(String name) {
        return name.substring(0, name.lastIndexOf('.'));
    }

    @Test
    void thirtyFiveLettersHaveGold() throws IOException {
        assertEquals(35, letters().count());
    }

    /**
     * Every record of every letter: the quote is the text at its offsets; the size (else the end date) the record
     * states is inside its quote, and the size inside the statements the record keeps as its parts. (An end date may
     * come from a statement made once for many: "Generieke looptijd ... tot en met juni 2028", whose items the gold
     * quotes alone.)
     */
    @ParameterizedTest
    @MethodSource("letters")
    void everyRecordQuotesWhereItsValuesStand(String file) {
        Pipeline.Result r = Letters.corpus(file);
        String text = r.text().text().toString();
        List<String> problems = new ArrayList<>();
        for (MandateRecord m : r.records()) {
            String what = Letters.line(m) + ": ";
            Evidence e = m.evidence();
            if (!text.substring(e.span().start(), e.span().end()).equals(e.quote())) {
                problems.add(what + "the quote is not the text at " + e.span());
            }
            String count = m.personnel().count() == null ? null : m.personnel().text();
            String end = m.endDate() == null ? null : m.endDate().text();
            if (count != null && !e.quote().contains(count)) {
                problems.add(what + "the size '" + count + "' is not in the quote");
            } else if (count == null && end != null && !e.quote().contains(end)
                    && !e.quote().contains(m.mission().text())) {
                problems.add(what + "neither the end date '" + end + "' nor the mission is in the quote");
            }
            if (count != null && e.parts().stream().noneMatch(p -> text.substring(p.start(), p.end())
                    .contains(count))) {
                problems.add(what + "'" + count + "' is in none of the statements it comes from " + e.parts());
            }
        }
        assertTrue(problems.isEmpty(), () -> file + ":\n" + String.join("\n", problems));
    }

    /**
     * Spec section 5, evidence support, against the gold of every letter: for each gold mission that has a catalogue
     * name, every predicted record of that mission quotes what some gold record of it quotes.
     */
    @ParameterizedTest
    @MethodSource("letters")
    void predictedQuotesSupportTheGoldQuotes(String file) throws IOException {
        String dir = file.contains("/") ? file.substring(0, file.indexOf('/') + 1) : "";
        String name = file.substring(dir.length());
        JsonNode gold = new ObjectMapper().readTree(Path.of("corpus/gold", dir, stem(name) + ".json").toFile());
        Map<String, List<String>> goldQuotes = new HashMap<>();
        Map<String, String> catalogue = catalogueNames();
        for (JsonNode g : gold.get("records")) {
            String id = catalogue.get(fold(g.get("mission").asText()));
            if (id != null) {
                goldQuotes.computeIfAbsent(id, k -> new ArrayList<>()).add(g.get("quote").asText());
            }
        }
        Pipeline.Result r = Letters.corpus(file);
        List<String> problems = new ArrayList<>();
        for (MandateRecord m : r.records()) {
            List<String> quotes = goldQuotes.get(m.mission().id());
            if (quotes != null && quotes.stream().noneMatch(q -> supports(m.evidence().quote(), q))) {
                problems.add(Letters.line(m) + "\n    supports none of the gold quotes " + quotes);
            }
        }
        assertTrue(problems.isEmpty(), () -> file + ":\n" + String.join("\n", problems));
    }

    private static Map<String, String> catalogueNames() throws IOException {
        Map<String, String> out = new HashMap<>();
        JsonNode missions = new ObjectMapper().readTree(Path.of("rules/missions.json").toFile()).get("missions");
        for (JsonNode m : missions) {
            out.put(fold(m.get("name").asText()), m.get("id").asText());
        }
        return out;
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /**
     * The brief's pattern: mission and decision in one sentence, the size in the next. The quote spans both (adjacent
     * sentences the values are spread over) and not the unrelated sentence after; the parts keep both statements, so
     * the offsets of the mission, the size and the date each lie in a part.
     */
    @Test
    void adjacentSentencesAndTheirParts() {
        Pipeline.Result r = run("2024-05-01-brief", """
                Het kabinet heeft besloten de Nederlandse bijdrage aan UNTSO te verlengen tot en met 31 juli 2025. \
                Nederland levert hiervoor maximaal twaalf militairen. Met deze bijdrage behoudt Nederland een \
                waardevolle informatiepositie in het gebied.
                """);
        MandateRecord m = one(r, "untso");
        quoteAtOffsets(r, m);
        covers(r, m, "Het kabinet heeft besloten de Nederlandse bijdrage aan UNTSO te verlengen tot en met 31 juli "
                + "2025. Nederland levert hiervoor maximaal twaalf militairen.");
        doesNotCover(r, m, "Met deze bijdrage behoudt");
        for (String value : new String[] {"UNTSO", "maximaal twaalf militairen", "tot en met 31 juli 2025"}) {
            CharSpan at = find(r, value);
            assertTrue(m.evidence().parts().stream().anyMatch(p -> p.contains(at)),
                    () -> "no part of " + m.evidence().parts() + " holds '" + value + "' at " + at);
        }
        assertEquals("UNTSO", m.mission().text());
        assertEquals("maximaal twaalf militairen", m.personnel().text());
        assertEquals("tot en met 31 juli 2025", m.endDate().text());
    }

    /**
     * Samenhangbrief 2022, USSC (gold quote spans both sentences): the decision sentence and the size sentence; the
     * parts hold the mission, the size and the date where they stand.
     */
    @Test
    void usscQuoteSpansTheDecisionAndTheSize() {
        Pipeline.Result r = run("2022-06-17-samenhang", """
                USSC heeft tevens een 
                belangrijke liaisonfunctie in de bevordering van de samenwerking tussen 
                de Palestijnse en de Israëlische veiligheidssector. Het kabinet heeft 
                besloten de bijdrage aan USSC tot en met 31 juli 2025 te verlengen en 
                inhoudelijk meer focus aan te brengen door zich te concentreren op 
                functies op het gebied van rechtsstaat, mensenrechten, gender en 
                wetshandhaving, ter vergroting van de effectiviteit van de bijdrage en 
                versterking van de link met EUPOL COPPS. Het mandaat wordt uitgebreid 
                van zes naar maximaal zeven personen (militair/civiel/politie). 

                Te beëindigen inzet 
                """);
        MandateRecord m = one(r, "ussc");
        quoteAtOffsets(r, m);
        assertTrue(m.evidence().quote().startsWith("Het kabinet heeft"), m.evidence().quote());
        assertTrue(m.evidence().quote().endsWith("(militair/civiel/politie)."), m.evidence().quote());
        for (String value : new String[] {"bijdrage aan USSC", "maximaal zeven personen",
            "tot en met 31 juli 2025"}) {
            CharSpan at = find(r, value);
            assertTrue(m.evidence().parts().stream().anyMatch(p -> p.contains(at)),
                    () -> "no part of " + m.evidence().parts() + " holds '" + value + "'");
        }
        assertTrue(supports(m.evidence().quote(), """
                Het kabinet heeft 
                besloten de bijdrage aan USSC tot en met 31 juli 2025 te verlengen en 
                inhoudelijk meer focus aan te brengen door zich te concentreren op 
                functies op het gebied van rechtsstaat, mensenrechten, gender en 
                wetshandhaving, ter vergroting van de effectiviteit van de bijdrage en 
                versterking van de link met EUPOL COPPS. Het mandaat wordt uitgebreid 
                van zes naar maximaal zeven personen (militair/civiel/politie)."""), m.evidence().quote());
    }

    /**
     * Beslisnota 2025 (gold): three missions in one list item share the item as their quote, and each record's parts
     * hold its own number ("vier personen", "twintig", "tien").
     */
    @Test
    void threeRecordsFromOneListItemQuoteTheItem() {
        Pipeline.Result r = run("2025-02-13-beslisnota", """
                ### **1. Te beëindigen en afschaling nationale kaders (recent en op korte termijn)**

                #### Sahel

                - Geen grootschalige inzet meer (onder het vorige kabinet diverse bijdragen aan missies in de Sahel, waaronder vier personen aan EUTM Mali, twintig aan MINUSMA en tien aan EUCAP Sahel Niger).
                """);
        String item = "Geen grootschalige inzet meer (onder het vorige kabinet diverse bijdragen aan missies in de Sahel, "
                + "waaronder vier personen aan EUTM Mali, twintig aan MINUSMA en tien aan EUCAP Sahel Niger).";
        String[][] cases = {{"eutm-mali", "vier personen"}, {"minusma", "twintig"}, {"eucap-sahel-niger", "tien"}};
        for (String[] c : cases) {
            MandateRecord m = one(r, c[0]);
            quoteAtOffsets(r, m);
            covers(r, m, item);
            assertEquals(c[1], m.personnel().text(), Letters.line(m));
            assertTrue(supports(m.evidence().quote(), item), Letters.line(m));
        }
        doesNotCover(r, one(r, "eutm-mali"), "#### Sahel");
    }

    /**
     * Verslag 2025, the Aspides correction (gold quote spans both sentences): the record's quote holds the corrected
     * date's sentence, and the superseded date is not the record's date text.
     */
    @Test
    void aCorrectionsQuoteHoldsTheCorrection() {
        Pipeline.Result r = run("2025-05-verslag", """
                Per abuis is in de Kamerbrief ‘internationale inzet van Nederlandse militairen, civiel 
                experts en politiefunctionarissen 2025-2028 ’(Kamerstuk 29521, nr. 493) opgenomen dat 
                het nationaal kader voor Aspides van circa 10 functionarissen verlengd wordt tot en met 
                eind mei 2025. Dit moet zijn tot en met eind juni 2028, gelijk aan de overige nationale 
                kaders in de brief.
                """);
        MandateRecord m = one(r, "eunavfor-aspides");
        quoteAtOffsets(r, m);
        covers(r, m, "Dit moet zijn tot en met eind juni 2028");
        covers(r, m, "circa 10 functionarissen");
        assertEquals("tot en met eind juni 2028", m.endDate().text());
    }

    /** Spec section 2: "the 1-based page where the source has pages (else null)"; a .txt letter has none. */
    @Test
    void aLetterWithoutPagesHasNoPage() {
        Pipeline.Result r = Letters.corpus("2022-06-17-samenhang-missies-2022-2025.txt");
        assertTrue(!r.records().isEmpty());
        for (MandateRecord m : r.records()) {
            assertNull(m.evidence().page(), () -> Letters.line(m));
        }
    }

    /** The kennisgeving 2022 (gold): the one record quotes the sentence of the exploration and its end date. */
    @Test
    void theKennisgevingQuotesTheGoldSentence() {
        Pipeline.Result r = Letters.corpus("2022-06-17-kennisgeving-eufor-althea.txt");
        MandateRecord m = one(r, "eufor-althea");
        quoteAtOffsets(r, m);
        assertTrue(supports(m.evidence().quote(), "Bovenstaande vormt aanleiding voor het kabinet om zich naast de "
                + "diplomatieke en civiele inzet op de Balkan te oriënteren op een mogelijke Nederlandse militaire "
                + "bijdrage aan EUFOR Althea, gericht op de periode tot en met 31 juli 2025."), m.evidence().quote());
        assertTrue(m.evidence().quote().contains(m.endDate().text()), Letters.line(m));
    }
}
