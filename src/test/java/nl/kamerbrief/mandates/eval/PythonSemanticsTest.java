package nl.kamerbrief.mandates.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Python behaviour the scorer copies, checked against values printed by Python 3.11 (no python3 needed). */
class PythonSemanticsTest {

    @TempDir
    Path tmp;

    @Test
    void formatsThreeDecimalsAsPython() {
        assertEquals("0.062", Py.format3(0.0625));
        assertEquals("0.312", Py.format3(0.3125));
        assertEquals("0.123", Py.format3(0.1235));   // shortest repr 0.1235, binary value below it
        assertEquals("0.001", Py.format3(0.0005));
        assertEquals("1.000", Py.format3(0.9995));
        assertEquals("0.667", Py.format3(2.0 / 3));
        assertEquals("0.688", Py.format3(0.6875));
        assertEquals("1.000", Py.format3(1.0));
    }

    @Test
    void foldsAsPython() {
        assertEquals("euam ukraine", Py.fold("EUAM Oekraïne"));
        assertEquals("south sudan", Py.fold("Zuid-Soedan"));
        assertEquals("ivory coast", Py.fold("  Ivoorkust!"));
        assertEquals("istanbul", Py.fold("İstanbul"));
        assertEquals("fi kosovo", Py.fold("\uFB01 Kosovo"));
        assertEquals("western sahara", Py.fold("Westelijke Sahara"));
        assertEquals("eucap sahel mali niger", Py.fold("EUCAP Sahel Mali/Niger"));
        assertEquals("xii", Py.fold("\u216B"));
        assertEquals("", Py.fold((Object) null));
        assertEquals("", Py.fold((Object) Boolean.FALSE));
        assertThrows(IllegalArgumentException.class, () -> Py.fold((Object) Boolean.TRUE));
        assertEquals(92, Py.PLACE_TOKENS.size());
        assertTrue(Py.PLACE_TOKENS.containsAll(List.of("ivory", "coast", "sahel", "balkans", "western")));
        assertFalse(Py.PLACE_TOKENS.contains("of") || Py.PLACE_TOKENS.contains("republic"));
    }

    @Test
    void reprsAsPython() {
        assertEquals("\"o'brien\"", Py.strRepr("o'brien"));
        assertEquals("'it\\'s \"x\"'", Py.strRepr("it's \"x\""));
        assertEquals("'a\\\\b\\nc\\t'", Py.strRepr("a\\b\nc\t"));
        assertEquals("'\\u2028\\x85\\x00\\x7f\\xa0é'", Py.strRepr("\u2028\u0085\u0000\u007f\u00a0é"));
        assertEquals("'\uD83D\uDE00\\U000e0001'", Py.strRepr("\uD83D\uDE00\uDB40\uDC01"));
        assertEquals("1e+16", Py.floatRepr(1e16));
        assertEquals("1e-05", Py.floatRepr(1e-5));
        assertEquals("0.0001", Py.floatRepr(1e-4));
        assertEquals("5.0", Py.floatRepr(5.0));
        assertEquals("0.1", Py.floatRepr(0.1));
        assertEquals("1234567890123456.8", Py.floatRepr(1234567890123456.8));
        assertEquals("[None, 3, 2.0, 'x', True, {'a': []}]",
                Py.repr(Arrays.asList(null, BigInteger.valueOf(3), 2.0, "x", true, Map.of("a", List.of()))));
    }

    @Test
    void parsesIsoDatesAsPython() {
        assertTrue(Py.isIsoDate("2024-02-29"));
        assertFalse(Py.isIsoDate("2023-02-29"));
        assertTrue(Py.isIsoDate("20250731"));
        assertTrue(Py.isIsoDate("20250731xx"));
        assertTrue(Py.isIsoDate("2026-W53-1"));
        assertFalse(Py.isIsoDate("2025-W53-1"));
        assertTrue(Py.isIsoDate("2025W01"));
        assertFalse(Py.isIsoDate("2025-07"));
        assertFalse(Py.isIsoDate("2025"));
        assertFalse(Py.isIsoDate("0000-01-01"));
        assertFalse(Py.isIsoDate("2025-07-31T00"));
        assertTrue(Scorer.dateMatch("2023-06-21", "season", "2023-12-31"));
        assertFalse(Scorer.dateMatch("2023-06-21", "day", "2023-12-31"));
        assertFalse(Scorer.dateMatch("2023-06-21", "season", "2023"));
        assertFalse(Scorer.dateMatch("", "season", "2023-01-01"));
    }

    @Test
    void aliasesKeepTheFirstDefinition() throws IOException {
        Path a = tmp.resolve("a.tsv");
        Path b = tmp.resolve("b.tsv");
        Files.writeString(a, "# EUFOR\tAlthea\nEUFOR Althea\tAlthea\r\nOther\tAlthea\n\t\nAlthea\tBiH force\n",
                StandardCharsets.UTF_8);
        Files.writeString(b, "Althea\tSomething else\n", StandardCharsets.UTF_8);
        Aliases aliases = Aliases.load(List.of(a, b));
        assertEquals("eufor althea", aliases.canon("Althea"));
        assertEquals("eufor althea", aliases.canon("ALTHEA"));
        assertEquals("other", aliases.canon("Other"));
        assertEquals("eufor althea", aliases.canon("BiH force"));       // via Althea's canonical name
        assertEquals("eufor althea", aliases.canon("Something else"));  // b.tsv: Althea already folded
        assertEquals("eufor", aliases.canon("EUFOR"));                  // the comment defines nothing
        assertEquals("", aliases.canon(null));
        assertEquals("euam ukraine", Aliases.none().canon("EUAM Oekraïne"));
    }

    @Test
    void loadsGoldDirectlyInEachFolder() throws IOException {
        Path gold = Files.createDirectories(tmp.resolve("gold/more"));
        Files.writeString(tmp.resolve("gold/b.json"), "{\"records\": []}");
        Files.writeString(tmp.resolve("gold/a.b.json"), "{\"records\": []}");
        Files.writeString(tmp.resolve("gold/notes.md"), "x");
        Files.writeString(gold.resolve("c.json"), "{\"records\": []}");
        Map<String, JsonNode> loaded = Scorer.loadGold(List.of(tmp.resolve("gold"), tmp.resolve("missing")));
        assertEquals(List.of("a.b", "b"), List.copyOf(loaded.keySet()));
        Files.writeString(gold.resolve("b.json"), "{}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Scorer.loadGold(List.of(tmp.resolve("gold"), gold)));
        assertTrue(e.getMessage().contains("document id b "), e.getMessage());
    }

    @Test
    void splitsPredictionsOnNewlineOnly() throws IOException {
        Files.writeString(tmp.resolve("records.jsonl"),
                "{\"q\": \"a\u2028b\u0085c\"}\r\n\u2028\n  \n{\"q\": NaN}\n", StandardCharsets.UTF_8);
        List<JsonNode> records = Scorer.loadPredictions(tmp);
        assertEquals(2, records.size());
        assertEquals("a\u2028b\u0085c", records.get(0).get("q").textValue());
        Files.writeString(tmp.resolve("records.jsonl"), "{}\n{\"a\": }\n", StandardCharsets.UTF_8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Scorer.loadPredictions(tmp));
        assertTrue(e.getMessage().startsWith("records.jsonl line 2 is not JSON"), e.getMessage());
    }
}
