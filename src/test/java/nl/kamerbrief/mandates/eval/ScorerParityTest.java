package nl.kamerbrief.mandates.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs the Java scorer and the reference {@code score.py} on the same fixtures and asserts that they print the same
 * bytes, with and without {@code --verbose}.
 */
class ScorerParityTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The shared folder (gold, corpus, tools), next to the project. */
    private static final Path SHARED = sharedFolder();

    private static final Path SCORE_PY = SHARED.resolve("tools/score.py");

    /** A text with an emoji (two UTF-16 units, one code point) before the quoted sentences. */
    private static final String TEXT = "Kamerbrief \uD83D\uDE00 over missies.\r\n"
            + "Nederland levert maximaal acht experts aan EUAM Oekraïne tot en met 31 juli 2025.\r\n"
            + "De bijdrage aan UNMIK\u2028blijft één persoon.\n"
            + "SOLE in Colombia krijgt twee militairen.";

    private static final String Q_EUAM =
            "Nederland levert maximaal acht experts aan EUAM Oekraïne tot en met 31 juli 2025.";
    private static final String Q_UNMIK = "De bijdrage aan UNMIK\u2028blijft één persoon.";
    private static final String Q_SOLE = "SOLE in Colombia krijgt twee militairen.";

    private static boolean python;

    @TempDir
    Path tmp;

    @BeforeAll
    static void findPython() {
        python = Files.isRegularFile(SCORE_PY) && run(List.of("python3", "--version")).exit() == 0;
    }

    private static Path sharedFolder() {
        String property = System.getProperty("mandates.shared");
        if (property != null) {
            return Path.of(property);
        }
        Path sibling = Path.of("").toAbsolutePath().resolveSibling("shared");
        return Files.isDirectory(sibling) ? sibling : Path.of("/work/shared");
    }

    // ------------------------------------------------------------------ the cases

    @Test
    void aliasesAndPlaceSuffixes() throws IOException {
        Path gold = dir("gold");
        String doc = "2024-03-01-brief";
        writeGold(gold, doc,
                goldRec("EUAM Oekraïne", 8, "2025-07-31", "day", Q_EUAM),
                goldRec("UNMIK", 1, null, null, Q_UNMIK),
                goldRec("SOLE", 2, null, null, Q_SOLE),
                goldRec("EUCAP", 3, null, null, "EUCAP krijgt drie mensen."),
                goldRec("EUCAP Sahel", 4, null, null, "EUCAP Sahel krijgt vier mensen."),
                goldRec("Patriots Slowakije", null, "2024-12-31", "year", "Patriots blijven in Slowakije."));
        Path aliases = tmp.resolve("aliases.tsv");
        Files.writeString(aliases, String.join("\n",
                "# comment\tEUCAP",
                "EUAM Oekraïne\tEUAM Ukraine\tEU Advisory Mission Ukraine",
                "\t\tSOLE\tSOLE mission\t ",
                "Foo\tEUAM Ukraine",                       // EUAM Ukraine is taken: the first line wins
                "EU Advisory Mission Ukraine\tBar",         // canonical name is itself an alias: Bar -> euam ukraine
                "\u00a0#not a comment\tBaz",                // a non-breaking space first: not a comment
                "Qux\u2028Quux\tZap",                       // U+2028 ends an alias line (str.splitlines)
                "Patriots Slowakije\tPatriot Slovakia\r",
                ""), StandardCharsets.UTF_8);
        Path out = outDir(doc, TEXT);
        writeRecords(out,
                rec(doc, "EU Advisory Mission Ukraine", 8, "2025-07-31", Q_EUAM, cp(TEXT, Q_EUAM), cpEnd(TEXT, Q_EUAM)),
                rec(doc, "Bar", 8, null, Q_EUAM, cp(TEXT, Q_EUAM), cpEnd(TEXT, Q_EUAM)),
                rec(doc, "UNMIK Kosovo", 1, null, Q_UNMIK, cp(TEXT, Q_UNMIK), cpEnd(TEXT, Q_UNMIK)),
                rec(doc, "SOLE Colombia", 2, null, Q_SOLE, cp(TEXT, Q_SOLE), cpEnd(TEXT, Q_SOLE)),
                rec(doc, "SOLE mission", 2, null, Q_SOLE, cp(TEXT, Q_SOLE), cpEnd(TEXT, Q_SOLE)),
                rec(doc, "UNMIK Force", 1, null, Q_UNMIK, cp(TEXT, Q_UNMIK), cpEnd(TEXT, Q_UNMIK)),
                rec(doc, "EUCAP Sahel Mali", 4, null, "EUCAP Sahel Mali krijgt vier mensen.", 0, 5),
                rec(doc, "EUCAP Sahel", 4, null, "EUCAP Sahel krijgt vier mensen.", 0, 5),
                rec(doc, "Patriot Slovakia", null, "2024-12-31", "Patriots blijven.", 0, 5),
                rec(doc, "Baz", null, null, "x", 0, 1),
                rec(doc, "Zap", null, null, "x", 0, 1),
                rec(doc, "  ", null, null, "x", 0, 1),
                rec(doc, null, null, null, "x", 0, 1));
        ScoreReport r = assertSameOutput(List.of(gold), out, aliases);
        assertEquals(6, r.goldPairs());
        assertEquals(5, r.missionTruePositives());   // euam, unmik, sole, eucap sahel, patriots; EUCAP missed
        assertTrue(r.format(true).contains("  extra mission: ('2024-03-01-brief', 'eucap sahel mali')"));
        assertTrue(r.format(true).contains("  extra mission: ('2024-03-01-brief', 'not a comment')"));
        assertTrue(r.format(true).contains("  extra mission: ('2024-03-01-brief', 'quux')"));
        assertTrue(r.format(true).contains("  extra mission: ('2024-03-01-brief', '')"));
        assertTrue(r.format(true).contains("  missed mission: ('2024-03-01-brief', 'eucap')"));
    }

    @Test
    void negativeDocumentWithPredictions() throws IOException {
        Path gold = dir("gold");
        Path negatives = dir("gold/negatives");
        writeGold(gold, "2020-pos", goldRec("UNDOF", 2, "2020-06-30", "day", "Twee militairen bij UNDOF."));
        Files.writeString(negatives.resolve("2020-neg.json"),
                "{\"document\": {\"id\": \"2020-neg\"}, \"records\": []}", StandardCharsets.UTF_8);
        Files.writeString(negatives.resolve("2020-neg2.json"), "{\"document\": {\"id\": \"2020-neg2\"}}",
                StandardCharsets.UTF_8);
        Path out = outDir("2020-pos", "Twee militairen bij UNDOF.");
        Files.writeString(out.resolve("text/2020-neg.txt"), "Duitsland stuurt 900 militairen naar KFOR.");
        writeRecords(out,
                rec("2020-pos", "UNDOF", 2, "2020-06-30", "Twee militairen bij UNDOF.", 0, 26),
                rec("2020-neg", "KFOR", 900, "2020-12-31", "Duitsland stuurt 900 militairen naar KFOR.", 0, 42),
                rec("2020-neg", "KFOR", 900, "2020-12-31", "Duitsland stuurt 900 militairen naar KFOR.", 0, 42),
                rec("2020-neg2", "Irini", 0, null, "nergens", 0, 7),
                rec("not-in-gold", "UNIFIL", 5, null, "x", 0, 1),
                rec(5, "UNIFIL", 5, null, "x", 0, 1));
        appendLines(out, "{\"mission\": {\"name\": \"no document\"}}", "[1, 2]", "\"a string\"", "42");
        ScoreReport r = assertSameOutput(List.of(gold, negatives), out, emptyAliases());
        assertEquals(3, r.goldDocuments());
        assertEquals(3, r.documentsWithPredictions());
        assertEquals(1.0 / 3, r.missionPrecision(), 1e-12);
        assertEquals(1.0, r.missionRecall());
        assertEquals(3, r.predictedCounts());  // 2, 900 and 0 (0 is a value, only None is not)
        assertEquals(1, r.supportAll());      // only UNDOF is a gold pair; negatives have none
    }

    @Test
    void seasonHalfQuarterCompareTheYear() throws IOException {
        Path gold = dir("gold");
        String doc = "2023-05-01-seizoenen";
        writeGold(gold, doc,
                goldRec("Zomer", null, "2023-06-21", "season", "q"),
                goldRec("Medio", null, "2025-06-30", "half", "q"),
                goldRec("Kwartaal", null, "2026-03-31", "quarter", "q"),
                goldRec("Jaar", null, "2024-12-31", "year", "q"),
                goldRec("Dag", null, "2024-05-01", "day", "q"),
                goldRec("Leeg", null, "", "day", "q"),
                goldRec("Ongeldig", null, "2022-01-01", "season", "q"));
        Path out = outDir(doc, "q");
        writeRecords(out,
                rec(doc, "Zomer", null, "2023-09-22", "q", 0, 1),
                rec(doc, "Medio", null, "20250101", "q", 0, 1),            // basic format parses
                rec(doc, "Kwartaal", null, "2026-W10-1", "q", 0, 1),       // an ISO week date parses
                rec(doc, "Jaar", null, "2024-12-30", "q", 0, 1),           // year precision: exact
                rec(doc, "Jaar", null, "2024-13-01", "q", 0, 1),
                rec(doc, "Dag", null, "2024-05-01", "q", 0, 1),
                rec(doc, "Dag", null, 20240501, "q", 0, 1),
                rec(doc, "Leeg", null, "2024-01-01", "q", 0, 1),
                rec(doc, "Ongeldig", null, "2022", "q", 0, 1),
                rec(doc, "Ongeldig", null, "2022-02-30", "q", 0, 1),
                rec(doc, "Ongeldig", null, "20220101xx", "q", 0, 1));     // 10 bytes: the tail is not read
        ScoreReport r = assertSameOutput(List.of(gold), out, emptyAliases());
        assertEquals(7, r.goldEnds());
        assertEquals(5, r.endRecall() * 7, 1e-9);  // Zomer, Medio, Kwartaal, Dag, Ongeldig (via 20220101xx)
    }

    @Test
    void duplicateValuesCountOnce() throws IOException {
        Path gold = dir("gold");
        String doc = "2019-duplicaten";
        writeGold(gold, doc,
                goldRec("UNTSO", 5, "2025-12-31", "year", "Vijf militairen bij UNTSO."),
                goldRec("UNTSO", 1, null, null, "Eén militair bij UNTSO."),
                goldRec("UNDOF", 3, null, null, "Drie bij UNDOF."));
        String text = "Vijf militairen bij UNTSO. Eén militair bij UNTSO. Drie bij UNDOF.";
        Path out = outDir(doc, text);
        writeRecords(out,
                rec(doc, "UNTSO", 5, "2025-12-31", "Vijf militairen bij UNTSO.", 0, 26),
                rec(doc, "UNTSO", 5, "2025-12-31", "Vijf militairen bij UNTSO.", 0, 26),
                rec(doc, "UNTSO", 5.0, "2025-12-31", "Vijf militairen bij UNTSO.", "0", "26"),
                rec(doc, "UNTSO", true, null, "Eén militair bij UNTSO.", 27, 50),    // True == 1 in Python
                rec(doc, "UNTSO", 1e16, null, "Eén militair bij UNTSO.", 27, 50.0),
                rec(doc, "UNTSO", 0.1, null, "Eén militair bij UNTSO.", 27, 50),
                rec(doc, "UNTSO", "acht", null, "Eén militair bij UNTSO.", 27, 50),
                rec(doc, "UNDOF", 2.5, null, "Drie bij UNDOF.", 51, 66),
                rec(doc, "UNDOF", 3.0, null, "Drie bij UNDOF.", 51, 66),
                rec(doc, "UNDOF", 1e-5, null, "Drie bij UNDOF.", 51, 66));
        ScoreReport r = assertSameOutput(List.of(gold), out, emptyAliases());
        assertEquals(3, r.goldCounts());
        assertEquals(1.0, r.countRecall());
        assertEquals(8, r.predictedCounts());   // 5, True, 1e16, 0.1, 'acht'; 2.5, 3.0, 1e-05
        assertEquals(4, r.evidenceAll());       // (0,26) and ("0","26") are one; 50 and 50.0 are two
        String verbose = r.format(true);
        assertTrue(verbose.contains("  count extra ('2019-duplicaten', 'untso'): predicted 1e+16, not in gold"));
        assertTrue(verbose.contains("  count extra ('2019-duplicaten', 'undof'): predicted 1e-05, not in gold"));
    }

    @Test
    void badOffsetsAndCodePoints() throws IOException {
        Path gold = dir("gold");
        String doc = "2025-emoji";
        writeGold(gold, doc, goldRec("EUAM Oekraïne", 8, "2025-07-31", "day", Q_EUAM));
        Path out = outDir(doc, TEXT);
        int start = cp(TEXT, Q_EUAM);
        int end = cpEnd(TEXT, Q_EUAM);
        int utf16 = TEXT.indexOf(Q_EUAM);
        assertNotEquals(start, utf16);
        int length = TEXT.codePointCount(0, TEXT.length());
        writeRecords(out,
                rec(doc, "EUAM Oekraine", 8, null, Q_EUAM, start, end),                       // right
                rec(doc, "EUAM Oekraine", 8, null, Q_EUAM, utf16, utf16 + Q_EUAM.length()),   // UTF-16 offsets
                rec(doc, "EUAM Oekraine", 8, null, Q_EUAM, -1, end),
                rec(doc, "EUAM Oekraine", 8, null, Q_EUAM, true, end),
                rec(doc, "EUAM Oekraine", 8, null, Q_EUAM, String.valueOf(start), end),
                rec(doc, "EUAM Oekraine", 8, null, Q_EUAM, (double) start, end),
                rec(doc, "EUAM Oekraine", 8, null, Q_EUAM, start, start),
                rec(doc, "EUAM Oekraine", 8, null, Q_EUAM, end, start),
                rec(doc, "EUAM Oekraine", 8, null, Q_EUAM, start, length + 1),
                rec(doc, "EUAM Oekraine", 8, null, Q_EUAM, null, null),
                rec(doc, "EUAM Oekraine", 8, null, Q_EUAM, new java.math.BigInteger("99999999999999999999"), end),
                rec(doc, "EUAM Oekraine", 8, null, TEXT, 0, length),                          // the whole text is valid
                rec(doc, "EUAM Oekraine", 8, null, Q_EUAM + " ", start, end + 1));
        ScoreReport r = assertSameOutput(List.of(gold), out, emptyAliases());
        assertEquals(12, r.evidenceAll());  // "31" and 31 print alike: one evidence
        assertEquals(2, r.evidenceOk());
        assertEquals(3, r.supportAll());
        assertEquals(3, r.supportOk());   // the short whole text holds most of the gold passage
    }

    @Test
    void quotesThatAreNoStrings() throws IOException {
        Path gold = dir("gold");
        String doc = "2021-quotes";
        writeGold(gold, doc, goldRec("UNMIK", 1, null, null, Q_UNMIK), goldRec("KFOR", 2, null, null, null));
        Path out = outDir(doc, TEXT);
        writeRecords(out,
                rec(doc, "UNMIK", 1, null, false, 0, 1),
                rec(doc, "UNMIK", 1, null, null, 0, 1),
                rec(doc, "UNMIK", 1, null, 0, 0, 1),
                rec(doc, "UNMIK", 1, null, "", 0, 1),
                rec(doc, "KFOR", 2, null, Q_UNMIK, cp(TEXT, Q_UNMIK), cpEnd(TEXT, Q_UNMIK)),
                rec(doc, "EUFOR", 9, null, true, 0, 1),       // a truthy non-string quote, on no gold mission
                rec(doc, "EUFOR", 9, null, 1, 0, 1));          // == True: the same evidence
        ScoreReport r = assertSameOutput(List.of(gold), out, emptyAliases());
        assertEquals(5, r.evidenceAll());  // False (== 0), None, "", the quote, True (== 1)
        assertEquals(1, r.evidenceOk());
        assertEquals(2, r.supportAll());   // "" for UNMIK, the quote for KFOR (whose gold quote is None)
        assertEquals(0, r.supportOk());
    }

    @Test
    void lineSeparatorsInsideQuotes() throws IOException {
        Path gold = dir("gold");
        String doc = "2022-lijnen";
        String text = "Eerste regel.\r\nDe bijdrage aan UNMIK\u2028blijft één persoon.\u2029Verder\u0085niets.\r\nEinde";
        String quote = "De bijdrage aan UNMIK\u2028blijft één persoon.\u2029Verder\u0085niets.\r\n";
        writeGold(gold, doc, goldRec("UNMIK", 1, null, null, "De bijdrage aan UNMIK blijft één persoon."));
        Path out = outDir(doc, text);
        writeRecords(out, rec(doc, "UNMIK", 1, null, quote, cp(text, quote), cpEnd(text, quote)));
        appendLines(out, "\u2028", "  \t", "\u00a0");
        appendRecords(out, List.of(rec(doc, "UNMIK\u2028Kosovo", 1, null, quote, cp(text, quote), cpEnd(text, quote))));
        String raw = Files.readString(out.resolve("records.jsonl"));
        assertTrue(raw.contains("UNMIK\u2028blijft"), "the U+2028 stands unescaped in records.jsonl");
        assertEquals(2, Scorer.loadPredictions(out).size());
        ScoreReport r = assertSameOutput(List.of(gold), out, emptyAliases());
        assertEquals(1, r.evidenceAll());
        assertEquals(1, r.evidenceOk());
        assertEquals(1.0, r.missionF1());
    }

    @Test
    void missingTextFile() throws IOException {
        Path gold = dir("gold");
        writeGold(gold, "2023-met-tekst", goldRec("UNIFIL", 1, null, null, "Eén bij UNIFIL."));
        writeGold(gold, "2023-zonder-tekst", goldRec("UNIFIL", 1, null, null, "Eén bij UNIFIL."));
        Path out = outDir("2023-met-tekst", "Eén bij UNIFIL.");
        writeRecords(out,
                rec("2023-met-tekst", "UNIFIL", 1, null, "Eén bij UNIFIL.", 0, 15),
                rec("2023-zonder-tekst", "UNIFIL", 1, null, "Eén bij UNIFIL.", 0, 15));
        ScoreReport r = assertSameOutput(List.of(gold), out, emptyAliases());
        assertEquals(2, r.evidenceAll());
        assertEquals(1, r.evidenceOk());
    }

    @Test
    void verboseReprOfIdsAndValues() throws IOException {
        Path gold = dir("gold");
        String quoteDoc = "2024-o'brien";
        String bothDoc = "2024-it's-\"x\"";
        writeGold(gold, quoteDoc,
                goldRec("EUTM", 4, "2024-12-31", "day", "q"),
                goldRec("NMI", "vier", "2024-12-31", "day", "q"));
        writeGold(gold, bothDoc, goldRec("Atalanta", 12, "2025-01-01", "day", "q"));
        Path out = outDir(quoteDoc, "q");
        writeRecords(out,
                rec(quoteDoc, "EUTM", null, "2024'12", "q", 0, 1),
                rec(quoteDoc, "EUTM", 3, "a\\b\nc", "q", 0, 1),
                rec(quoteDoc, "EUTM", 2.0, "tab\there \u00e9 \u200b", "q", 0, 1),
                rec(quoteDoc, "NMI", "vier", null, "q", 0, 1),
                rec(bothDoc, "Atalanta", 11, "\"quoted\"", "q", 0, 1),
                rec(bothDoc, "Ocean Shield", 1, "2025-01-01", "q", 0, 1));
        ScoreReport r = assertSameOutput(List.of(gold), out, emptyAliases());
        String verbose = r.format(true);
        assertTrue(verbose.contains("  count miss (\"2024-o'brien\", 'eutm'): gold 4, predicted [None, 3, 2.0]"),
                verbose);
        assertTrue(verbose.contains("('2024-it\\'s-\"x\"', 'ocean shield')"), verbose);
    }

    /** 1/16 and 5/16 are ties in %.3f: Python rounds the binary value half to even ("0.062"), Java's %.3f up. */
    @Test
    void roundsAsPythonFormats() throws IOException {
        Path gold = dir("gold");
        String doc = "2016-zestien";
        writeGold(gold, doc, goldRec("UNMISS", 16, null, null, "zestien"));
        Path out = outDir(doc, "zestien ".repeat(16));
        List<Map<String, Object>> records = new ArrayList<>();
        records.add(rec(doc, "UNMISS", 16, null, "zestien", 0, 7));
        for (int i = 1; i < 16; i++) {  // 16 distinct evidences, 5 of them at their place
            records.add(rec(doc, "Missie " + i, i, null, i < 5 ? "zestien" : "elders", 8 * i, 8 * i + 7));
        }
        writeRecords(out, records);
        ScoreReport r = assertSameOutput(List.of(gold), out, emptyAliases());
        assertEquals(0.0625, r.missionPrecision());
        assertEquals(0.3125, r.evidenceValid());
        assertTrue(r.format(false).contains("mission: precision 0.062 recall 1.000 F1 0.118"), r.format(false));
        assertTrue(r.format(false).contains("evidence valid: 0.312 (5 of 16)"), r.format(false));
    }

    @Test
    void stopsWhereScorePyStops() throws IOException {
        assumeTrue(python, "python3 or score.py not found");
        // A truthy quote that is no string, on a gold mission: fold() raises a TypeError.
        Path gold = dir("gold");
        writeGold(gold, "2024-x", goldRec("UNTSO", 1, null, null, "q"));
        Path out = outDir("2024-x", "q");
        writeRecords(out, rec("2024-x", "UNTSO", 1, null, 7, 0, 1));
        Path aliases = emptyAliases();
        assertNotEquals(0, python(List.of(gold), out, aliases, false).exit());
        Scorer scorer = new Scorer(Aliases.load(List.of(aliases)));
        assertThrows(IllegalArgumentException.class,
                () -> scorer.score(Scorer.loadGold(List.of(gold)), Scorer.loadPredictions(out), out));

        // A list as quote cannot be hashed.
        writeRecords(out, rec("2024-x", "UNKNOWN", 1, null, List.of("a"), 0, 1));
        assertNotEquals(0, python(List.of(gold), out, aliases, false).exit());
        assertThrows(IllegalArgumentException.class,
                () -> scorer.score(Scorer.loadGold(List.of(gold)), Scorer.loadPredictions(out), out));

        // A line that is not JSON.
        Files.writeString(out.resolve("records.jsonl"), "{}\n\n{\"a\": 1} x\n{}\n");
        Run bad = python(List.of(gold), out, aliases, false);
        assertNotEquals(0, bad.exit());
        assertTrue(bad.stderr().contains("records.jsonl line 3 is not JSON"), bad.stderr());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Scorer.loadPredictions(out));
        assertTrue(e.getMessage().startsWith("records.jsonl line 3 is not JSON"), e.getMessage());

        // The same document id in two gold folders.
        Path other = dir("other");
        writeGold(other, "2024-x", goldRec("UNTSO", 1, null, null, "q"));
        Run twice = python(List.of(gold, other), out, aliases, false);
        assertTrue(twice.stderr().contains("document id 2024-x has gold in two folders"), twice.stderr());
        e = assertThrows(IllegalArgumentException.class, () -> Scorer.loadGold(List.of(gold, other)));
        assertTrue(e.getMessage().contains("2024-x"), e.getMessage());
    }

    /** The development gold scored against records made from it: every measure 1.000 in both scorers. */
    @Test
    void developmentGoldAgainstItself() throws IOException {
        Path corpus = SHARED.resolve("corpus");
        List<Path> goldDirs = List.of(SHARED.resolve("gold"), SHARED.resolve("gold/more"),
                SHARED.resolve("gold/negatives"));
        assumeTrue(goldDirs.stream().allMatch(Files::isDirectory) && Files.isDirectory(corpus),
                "no development set");
        Map<String, JsonNode> gold = Scorer.loadGold(goldDirs);
        assertTrue(gold.size() > 40, "gold documents: " + gold.size());
        Path pred = Files.createDirectories(tmp.resolve("out/text")).getParent();
        List<Map<String, Object>> records = new ArrayList<>();
        for (Map.Entry<String, JsonNode> doc : gold.entrySet()) {
            Path source = corpusFile(List.of(corpus, corpus.resolve("more"), corpus.resolve("negatives")), doc.getKey());
            Files.copy(source, pred.resolve("text/" + doc.getKey() + ".txt"));
            String text = Py.decodeUtf8(Files.readAllBytes(source));
            for (JsonNode g : doc.getValue().path("records")) {
                String quote = g.get("quote").textValue();
                assertTrue(text.contains(quote), doc.getKey() + ": " + quote);
                records.add(rec(doc.getKey(), g.get("mission").textValue(), Py.value(g.get("count")),
                        Py.value(g.get("end")), quote, cp(text, quote), cpEnd(text, quote)));
            }
        }
        writeRecords(pred, records);
        Path aliases = SHARED.resolve("tools/aliases.tsv");
        ScoreReport report = new Scorer(Aliases.load(List.of(aliases)))
                .score(gold, Scorer.loadPredictions(pred), pred);
        report.summary().forEach((k, v) -> assertEquals(1.0, v, k));
        assertEquals(gold.size(), report.goldDocuments());
        String scores = "scores mission_f1=1.000 count_recall=1.000 count_precision=1.000 end_recall=1.000"
                + " end_precision=1.000 evidence_valid=1.000 evidence_support=1.000\n";
        assertTrue(report.format(true).endsWith(scores), report.format(true));
        if (python) {
            assertTrue(python(goldDirs, pred, aliases, false).stdout().endsWith(scores));
            assertSameOutput(goldDirs, pred, aliases);
        }
    }

    // ------------------------------------------------------------------ comparing

    /** Runs both scorers, asserts the same stdout with and without --verbose, returns the Java report. */
    private ScoreReport assertSameOutput(List<Path> goldDirs, Path out, Path aliases) throws IOException {
        ScoreReport report = new Scorer(Aliases.load(List.of(aliases)))
                .score(Scorer.loadGold(goldDirs), Scorer.loadPredictions(out), out);
        if (!python) {
            return report; // the Java side still ran; the comparison needs python3
        }
        for (boolean verbose : new boolean[] {false, true}) {
            Run run = python(goldDirs, out, aliases, verbose);
            assertEquals(0, run.exit(), run.stderr());
            assertEquals(run.stdout(), report.format(verbose), "verbose=" + verbose);
        }
        return report;
    }

    private record Run(int exit, String stdout, String stderr) {
    }

    private static Run python(List<Path> goldDirs, Path out, Path aliases, boolean verbose) {
        List<String> command = new ArrayList<>(List.of("python3", SCORE_PY.toString(), "--gold"));
        goldDirs.forEach(d -> command.add(d.toString()));
        command.addAll(List.of("--pred", out.toString(), "--aliases", aliases.toString()));
        if (verbose) {
            command.add("--verbose");
        }
        return run(command);
    }

    private static Run run(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("PYTHONIOENCODING", "utf-8");
        builder.environment().put("PYTHONHASHSEED", "0");
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            CompletableFuture<String> stdout = read(process.getInputStream());
            CompletableFuture<String> stderr = read(process.getErrorStream());
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("timeout: " + command);
            }
            return new Run(process.exitValue(), stdout.join(), stderr.join());
        } catch (IOException e) {
            return new Run(-1, "", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static CompletableFuture<String> read(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    // ------------------------------------------------------------------ fixtures

    private Path dir(String name) throws IOException {
        return Files.createDirectories(tmp.resolve(name));
    }

    private Path emptyAliases() throws IOException {
        Path p = tmp.resolve("no-aliases.tsv");
        if (!Files.exists(p)) {
            Files.createFile(p);
        }
        return p;
    }

    /** An output folder with text/ID.txt holding the text. */
    private Path outDir(String doc, String text) throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out/text")).getParent();
        Files.write(out.resolve("text/" + doc + ".txt"), text.getBytes(StandardCharsets.UTF_8));
        return out;
    }

    private static Path corpusFile(List<Path> dirs, String id) throws IOException {
        for (Path dir : dirs) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
                for (Path f : files) {
                    String name = f.getFileName().toString();
                    if (Files.isRegularFile(f) && name.lastIndexOf('.') > 0
                            && name.substring(0, name.lastIndexOf('.')).equals(id)) {
                        return f;
                    }
                }
            }
        }
        throw new AssertionError("no corpus file for " + id);
    }

    /** The code point offset of the quote in the text. */
    private static int cp(String text, String quote) {
        int at = text.indexOf(quote);
        assertTrue(at >= 0, quote);
        return text.codePointCount(0, at);
    }

    private static int cpEnd(String text, String quote) {
        return cp(text, quote) + quote.codePointCount(0, quote.length());
    }

    private static Map<String, Object> obj(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    private static Map<String, Object> goldRec(String mission, Object count, Object end, Object precision,
                                               Object quote) {
        return obj("mission", mission, "action", null, "count", count, "qualifier", null, "previous", null,
                "categories", List.of("military"), "end", end, "end_precision", precision, "end_inclusive", true,
                "quote", quote);
    }

    private static Map<String, Object> rec(Object doc, Object name, Object count, Object end, Object quote,
                                           Object start, Object stop) {
        return obj("schema_version", "1", "document", obj("id", doc, "date", null, "kamerstuk", null),
                "mission", obj("name", name), "personnel", obj("count", count), "end_date", obj("value", end),
                "evidence", obj("quote", quote, "start", start, "end", stop, "page", null), "confidence", 0.5);
    }

    @SafeVarargs
    private static void writeGold(Path dir, String id, Map<String, Object>... records) throws IOException {
        Map<String, Object> gold = obj("document", obj("id", id, "date", null, "kamerstuk", null),
                "records", list(records));
        Files.writeString(dir.resolve(id + ".json"), MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(gold),
                StandardCharsets.UTF_8);
    }

    /** Writes records.jsonl, one JSON line per record; Jackson leaves U+2028 unescaped. */
    @SafeVarargs
    private static void writeRecords(Path out, Map<String, Object>... records) throws IOException {
        writeRecords(out, list(records));
    }

    @SafeVarargs
    private static List<Map<String, Object>> list(Map<String, Object>... records) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Map<String, Object> r : records) {
            list.add(r);
        }
        return list;
    }

    private static void writeRecords(Path out, List<Map<String, Object>> records) throws IOException {
        Files.writeString(out.resolve("records.jsonl"), "", StandardCharsets.UTF_8);
        appendRecords(out, records);
    }

    private static void appendRecords(Path out, List<Map<String, Object>> records) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> r : records) {
            lines.add(MAPPER.writeValueAsString(r));
        }
        appendLines(out, lines.toArray(String[]::new));
    }

    private static void appendLines(Path out, String... lines) throws IOException {
        Path file = out.resolve("records.jsonl");
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8) + String.join("\n", lines) + "\n",
                StandardCharsets.UTF_8);
    }
}
