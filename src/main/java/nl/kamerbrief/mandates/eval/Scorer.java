package nl.kamerbrief.mandates.eval;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Scores mandate records against gold files exactly as {@code tools/score.py} does (spec/records.md section 5):
 * mission F1 over (document, mission) pairs, count and end-date recall and precision, evidence validity and
 * evidence support. Only predictions for documents that have a gold file count.
 */
public final class Scorer {

    /** JSON as Python's {@code json.loads} reads it: NaN and Infinity allowed, nothing after the value. */
    private static final ObjectReader JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build()
            .reader();

    private final Aliases aliases;

    /** A scorer that folds mission names with these aliases. */
    public Scorer(Aliases aliases) {
        this.aliases = Objects.requireNonNull(aliases, "aliases");
    }

    /**
     * Loads the gold files directly in each folder (not subfolders): every {@code *.json} entry, in code point order
     * of the names within a folder, the folders in the order given, keyed by file stem. A folder that does not exist
     * holds no gold (as Python's {@code Path.glob}).
     *
     * @return document id to gold document, in load order
     * @throws IllegalArgumentException when a stem is in two folders (naming the id), or a file is not JSON
     */
    public static Map<String, JsonNode> loadGold(List<Path> goldDirs) throws IOException {
        Map<String, JsonNode> gold = new LinkedHashMap<>();
        for (Path dir : goldDirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            List<Path> files = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path p : entries) {
                    if (p.getFileName().toString().endsWith(".json")) {
                        files.add(p);
                    }
                }
            }
            files.sort((a, b) -> Py.compareCodePoints(a.getFileName().toString(), b.getFileName().toString()));
            for (Path p : files) {
                String name = p.getFileName().toString();
                int dot = name.lastIndexOf('.');
                String stem = dot > 0 ? name.substring(0, dot) : name;
                if (gold.containsKey(stem)) {
                    throw new IllegalArgumentException("document id " + stem + " has gold in two folders");
                }
                gold.put(stem, parse(Py.decodeUtf8(Files.readAllBytes(p)), "gold file " + p));
            }
        }
        return gold;
    }

    /**
     * Reads {@code outDir/records.jsonl}: UTF-8, one JSON value per line, lines split on {@code \n} only (a U+2028
     * inside a JSON string is not a line end), blank lines skipped.
     *
     * @throws IllegalArgumentException when a line is not JSON, naming its 1-based line number
     */
    public static List<JsonNode> loadPredictions(Path outDir) throws IOException {
        String text = Py.decodeUtf8(Files.readAllBytes(outDir.resolve("records.jsonl")));
        List<JsonNode> records = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (Py.strip(lines[i]).isEmpty()) {
                continue;
            }
            records.add(parse(lines[i], "records.jsonl line " + (i + 1)));
        }
        return records;
    }

    /** One JSON value, or an IllegalArgumentException "WHAT is not JSON: ...". */
    private static JsonNode parse(String text, String what) {
        if (text.startsWith("\uFEFF")) {
            throw new IllegalArgumentException(what + " is not JSON: Unexpected UTF-8 BOM");
        }
        try {
            return JSON.readTree(text);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(what + " is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** A (document id, canonical mission name) pair. */
    private record Pair(String doc, String mission) implements Comparable<Pair> {
        @Override
        public int compareTo(Pair o) {
            int c = Py.compareCodePoints(doc, o.doc);
            return c != 0 ? c : Py.compareCodePoints(mission, o.mission);
        }

        @Override
        public String toString() {
            return "(" + Py.strRepr(doc) + ", " + Py.strRepr(mission) + ")";
        }
    }

    /** A distinct evidence: document, str(start), str(end), quote. */
    private record EvidenceKey(String doc, String start, String end, Object quote) {
    }

    /** What a field scores: recall and precision, their counts, and the verbose lines. */
    private record FieldScore(double recall, double precision, int goldAll, int predictedAll, List<String> misses,
                              List<String> extras) {
    }

    /**
     * Scores predictions against gold as {@code score.py} does.
     *
     * @param gold        document id to gold document, iterated in its own order (use {@link #loadGold})
     * @param predictions the predicted records in file order
     * @param outDir      the folder with {@code text/<id>.txt} for the evidence check
     * @throws IllegalArgumentException where {@code score.py} stops with a TypeError or KeyError (malformed gold, a
     *                                  list as document id, a non-string quote of a gold mission, ...)
     */
    public ScoreReport score(Map<String, JsonNode> gold, List<JsonNode> predictions, Path outDir) throws IOException {
        Map<String, Object> goldDocs = new LinkedHashMap<>();
        gold.forEach((id, node) -> goldDocs.put(id, Py.value(node)));
        List<Object> preds = new ArrayList<>(predictions.size());
        predictions.forEach(p -> preds.add(Py.value(p)));

        Map<Pair, List<Map<?, ?>>> byPairGold = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : goldDocs.entrySet()) {
            if (!(entry.getValue() instanceof Map)) {
                throw new IllegalArgumentException("gold of " + entry.getKey() + " is not a JSON object");
            }
            Map<?, ?> g = (Map<?, ?>) entry.getValue();
            Object records = g.containsKey("records") ? g.get("records") : List.of();
            for (Object rec : iterate(records, entry.getKey())) {
                if (!(rec instanceof Map) || !((Map<?, ?>) rec).containsKey("mission")) {
                    throw new IllegalArgumentException("a gold record of " + entry.getKey() + " has no mission");
                }
                Pair pair = new Pair(entry.getKey(), aliases.canonOf(((Map<?, ?>) rec).get("mission")));
                byPairGold.computeIfAbsent(pair, k -> new ArrayList<>()).add((Map<?, ?>) rec);
            }
        }

        Map<Pair, List<Object>> byPairPred = new LinkedHashMap<>();
        for (Object r : preds) {
            Object doc = Py.get(r, "document", "id");
            if (Py.inStrDict(doc, goldDocs)) {
                Pair pair = goldPair(byPairGold, (String) doc, Py.get(r, "mission", "name"));
                byPairPred.computeIfAbsent(pair, k -> new ArrayList<>()).add(r);
            }
        }

        Set<Pair> gp = byPairGold.keySet();
        Set<Pair> pp = byPairPred.keySet();
        int tp = (int) gp.stream().filter(pp::contains).count();
        double mp = ratio(tp, pp.size());
        double mr = ratio(tp, gp.size());

        FieldScore count = field(byPairGold, byPairPred, "count", p -> Py.get(p, "personnel", "count"),
                (g, v) -> v != null && Py.eq(g.get("count"), v), "count");
        FieldScore end = field(byPairGold, byPairPred, "end", p -> Py.get(p, "end_date", "value"),
                (g, v) -> dateMatch(g.get("end"), g.get("end_precision"), v), "end");

        // Evidence validity: distinct (document, str(start), str(end), quote), quote at its code point offsets.
        int evOk = 0;
        int evAll = 0;
        Map<String, int[]> texts = new HashMap<>();
        Set<EvidenceKey> seen = new HashSet<>();
        for (Object r : preds) {
            Object doc = Py.get(r, "document", "id");
            Object q = Py.get(r, "evidence", "quote");
            Object s = Py.get(r, "evidence", "start");
            Object e = Py.get(r, "evidence", "end");
            if (!Py.inStrDict(doc, goldDocs)) {
                continue;
            }
            EvidenceKey key = new EvidenceKey((String) doc, Py.str(s), Py.str(e), Py.hashKey(q));
            if (!seen.add(key)) {
                continue;
            }
            evAll++;
            if (!texts.containsKey(doc)) {
                Path textPath = outDir.resolve("text").resolve(doc + ".txt");
                texts.put((String) doc, Files.exists(textPath)
                        ? Py.decodeUtf8(Files.readAllBytes(textPath)).codePoints().toArray() : null);
            }
            int[] t = texts.get(doc);
            if (t != null && Py.truthy(q) && offset(s) && offset(e)) {
                BigInteger start = (BigInteger) s;
                BigInteger stop = (BigInteger) e;
                if (start.compareTo(stop) < 0 && stop.compareTo(BigInteger.valueOf(t.length)) <= 0
                        && q instanceof String
                        && Arrays.equals(t, start.intValueExact(), stop.intValueExact(),
                                         ((String) q).codePoints().toArray(), 0,
                                         ((String) q).codePointCount(0, ((String) q).length()))) {
                    evOk++;
                }
            }
        }

        // Evidence support: distinct quotes (quote or "") per predicted gold pair.
        int supOk = 0;
        int supAll = 0;
        for (Map.Entry<Pair, List<Object>> entry : byPairPred.entrySet()) {
            List<Map<?, ?>> grecs = byPairGold.get(entry.getKey());
            if (grecs == null || grecs.isEmpty()) {
                continue;
            }
            Map<Object, Object> quotes = new LinkedHashMap<>();
            for (Object p : entry.getValue()) {
                Object q = Py.get(p, "evidence", "quote");
                Object v = Py.truthy(q) ? q : "";
                quotes.putIfAbsent(Py.hashKey(v), v);
            }
            for (Object pq : quotes.values()) {
                supAll++;
                for (Map<?, ?> g : grecs) {
                    Object gq = g.get("quote");
                    if (supports(Py.truthy(gq) ? gq : "", pq)) {
                        supOk++;
                        break;
                    }
                }
            }
        }

        Set<String> docsWithPredictions = new HashSet<>();
        for (Object r : preds) {
            Object doc = Py.get(r, "document", "id");
            if (Py.inStrDict(doc, goldDocs)) {
                docsWithPredictions.add((String) doc);
            }
        }

        List<String> details = new ArrayList<>();
        gp.stream().filter(p -> !pp.contains(p)).sorted().forEach(p -> details.add("  missed mission: " + p));
        pp.stream().filter(p -> !gp.contains(p)).sorted().forEach(p -> details.add("  extra mission: " + p));
        details.addAll(count.misses());
        details.addAll(end.misses());
        details.addAll(count.extras());
        details.addAll(end.extras());

        return new ScoreReport(goldDocs.size(), docsWithPredictions.size(), mp, mr, f1(mp, mr), tp, gp.size(),
                pp.size(), count.recall(), count.precision(), count.goldAll(), count.predictedAll(), end.recall(),
                end.precision(), end.goldAll(), end.predictedAll(), ratio(evOk, evAll), evOk, evAll,
                ratio(supOk, supAll), supOk, supAll, details);
    }

    /** What Python's {@code for rec in records} iterates, or the TypeError it raises. */
    private static List<?> iterate(Object records, String doc) {
        if (records instanceof List) {
            return (List<?>) records;
        }
        if ((records instanceof String || records instanceof Map) && !Py.truthy(records)) {
            return List.of();
        }
        throw new IllegalArgumentException("the records of gold " + doc + " are not a list");
    }

    /**
     * The gold pair a predicted name stands for: its own pair when the gold has it, else the one gold mission of the
     * document of which the name is the gold name plus trailing place words, else its own pair.
     */
    private Pair goldPair(Map<Pair, List<Map<?, ?>>> byPairGold, String doc, Object name) {
        Pair pair = new Pair(doc, aliases.canonOf(name));
        if (byPairGold.containsKey(pair)) {
            return pair;
        }
        List<Pair> fits = new ArrayList<>();
        for (Pair g : byPairGold.keySet()) {
            if (g.doc().equals(doc) && pair.mission().startsWith(g.mission() + " ")
                    && Py.PLACE_TOKENS.containsAll(Py.splitWords(pair.mission().substring(g.mission().length())))) {
                fits.add(g);
            }
        }
        return fits.size() == 1 ? fits.get(0) : pair;
    }

    /**
     * Recall over gold records with a value; precision over the distinct values predicted per pair (sorted by their
     * {@code str}), including pairs the gold does not have.
     */
    private static FieldScore field(Map<Pair, List<Map<?, ?>>> byPairGold, Map<Pair, List<Object>> byPairPred,
                                    String goldKey, Function<Object, Object> predFn,
                                    BiPredicate<Map<?, ?>, Object> match, String label) {
        int gHit = 0;
        int gAll = 0;
        int pHit = 0;
        int pAll = 0;
        List<String> misses = new ArrayList<>();
        List<String> extras = new ArrayList<>();
        for (Map.Entry<Pair, List<Map<?, ?>>> entry : byPairGold.entrySet()) {
            List<Object> prs = byPairPred.getOrDefault(entry.getKey(), List.of());
            for (Map<?, ?> g : entry.getValue()) {
                Object want = g.get(goldKey);
                if (want == null) {
                    continue;
                }
                gAll++;
                boolean hit = false;
                for (Object p : prs) {
                    if (match.test(g, predFn.apply(p))) {
                        hit = true;
                        break;
                    }
                }
                if (hit) {
                    gHit++;
                } else {
                    List<Object> got = new ArrayList<>();
                    prs.forEach(p -> got.add(predFn.apply(p)));
                    misses.add("  " + label + " miss " + entry.getKey() + ": gold " + Py.str(want)
                            + ", predicted " + Py.repr(got));
                }
            }
        }
        for (Map.Entry<Pair, List<Object>> entry : byPairPred.entrySet()) {
            List<Map<?, ?>> grecs = byPairGold.getOrDefault(entry.getKey(), List.of());
            Map<Object, Object> distinct = new LinkedHashMap<>();
            for (Object p : entry.getValue()) {
                Object v = predFn.apply(p);
                if (v != null) {
                    distinct.putIfAbsent(Py.hashKey(v), v);
                }
            }
            List<Object> values = new ArrayList<>(distinct.values());
            values.sort(Comparator.comparing(Py::str, Py::compareCodePoints));
            for (Object v : values) {
                pAll++;
                boolean hit = false;
                for (Map<?, ?> g : grecs) {
                    if (g.get(goldKey) != null && match.test(g, v)) {
                        hit = true;
                        break;
                    }
                }
                if (hit) {
                    pHit++;
                } else {
                    extras.add("  " + label + " extra " + entry.getKey() + ": predicted " + Py.str(v) + ", not in gold");
                }
            }
        }
        return new FieldScore(ratio(gHit, gAll), ratio(pHit, pAll), gAll, pAll, misses, extras);
    }

    /**
     * A predicted end date matches a gold one: it reads as an ISO date and is the same string, or has the same first
     * four characters when the gold precision is season, half or quarter.
     */
    static boolean dateMatch(Object goldValue, Object goldPrecision, Object predValue) {
        if (!Py.truthy(goldValue) || !(predValue instanceof String) || !Py.isIsoDate((String) predValue)) {
            return false;
        }
        if ("season".equals(goldPrecision) || "half".equals(goldPrecision) || "quarter".equals(goldPrecision)) {
            if (goldValue instanceof String) {
                return Py.head((String) goldValue, 4).equals(Py.head((String) predValue, 4));
            }
            if (goldValue instanceof List) {
                return false;
            }
            throw new IllegalArgumentException("'" + Py.typeName(goldValue) + "' object is not subscriptable");
        }
        return Py.eq(goldValue, predValue);
    }

    /** An evidence offset: an int (not a bool), at least 0. */
    private static boolean offset(Object v) {
        return v instanceof BigInteger && ((BigInteger) v).signum() >= 0;
    }

    /**
     * A predicted quote supports a gold quote: at least half of its folded words are in the gold quote, or it holds
     * at least half of the gold quote's words while at least a quarter of its own words are in it.
     */
    static boolean supports(Object goldQuote, Object predictedQuote) {
        Set<String> g = new HashSet<>(Py.splitWords(Py.fold(goldQuote)));
        Set<String> p = new HashSet<>(Py.splitWords(Py.fold(predictedQuote)));
        int both = (int) g.stream().filter(p::contains).count();
        return !g.isEmpty() && !p.isEmpty()
                && (both >= 0.5 * p.size() || (both >= 0.5 * g.size() && both >= 0.25 * p.size()));
    }

    private static double ratio(int a, int b) {
        return b != 0 ? (double) a / b : 1.0;
    }

    private static double f1(double p, double r) {
        return p + r != 0 ? 2 * p * r / (p + r) : 0.0;
    }
}
