package nl.kamerbrief.mandates.annotate;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.kamerbrief.mandates.annotate.dates.DateAnnotator;
import nl.kamerbrief.mandates.annotate.headcounts.HeadcountAnnotator;
import nl.kamerbrief.mandates.annotate.header.HeaderAnnotator;
import nl.kamerbrief.mandates.annotate.missions.MissionAnnotator;
import nl.kamerbrief.mandates.annotate.segments.Segmenter;
import nl.kamerbrief.mandates.ingest.IngestedDocument;
import nl.kamerbrief.mandates.ingest.SourceInfo;
import nl.kamerbrief.mandates.pipeline.Pipeline;
import nl.kamerbrief.mandates.rules.RuleException;
import nl.kamerbrief.mandates.rules.RuleSet;
import nl.kamerbrief.mandates.text.CharSpan;
import nl.kamerbrief.mandates.text.PageMap;
import nl.kamerbrief.mandates.text.Spanned;
import nl.kamerbrief.mandates.text.TextNormalizer;

/**
 * Shared test helper: the real {@code rules/} folder loaded once, the real annotators and the real pipeline (no
 * model), and a way to run them on a string as if it were a letter with a given file stem. Tests run from the
 * project root, so relative paths ({@code rules/}, {@code corpus/}) resolve there.
 */
public final class Texts {

    public static final RuleSet RULES;
    public static final DutchNumerals NUMERALS;
    private static final Pipeline PIPELINE;
    private static final List<Annotator> STAGES;

    static {
        try {
            RULES = RuleSet.load(Path.of("rules"));
            NUMERALS = new DutchNumerals(RULES);
            PIPELINE = new Pipeline(RULES, false);
            STAGES = List.of(
                    new HeaderAnnotator(RULES),
                    new Segmenter(RULES),
                    new DateAnnotator(RULES, NUMERALS),
                    new MissionAnnotator(RULES, null),
                    new HeadcountAnnotator(RULES, NUMERALS),
                    new nl.kamerbrief.mandates.annotate.actions.ActionAnnotator(RULES),
                    new nl.kamerbrief.mandates.annotate.frames.FrameAnnotator(RULES));
        } catch (RuleException | IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Texts() {
    }

    /** An ingested plain-text document with file stem {@code id}, as the text ingestor would make it. */
    public static IngestedDocument document(String id, String raw, Map<String, String> metadata) {
        var text = TextNormalizer.normalize(raw);
        var source = new SourceInfo(id, id + ".txt", Path.of(id + ".txt"), "",
                raw.getBytes(StandardCharsets.UTF_8).length, "text/plain");
        return new IngestedDocument(source, text, PageMap.NONE, metadata, List.of());
    }

    /** The whole pipeline (records included) on a string. */
    public static Pipeline.Result run(String id, String raw) {
        return PIPELINE.process(document(id, raw, Map.of()));
    }

    /** Runs the annotators that add {@code wanted} (and whatever they need), in pipeline order. */
    public static AnnotatedText annotate(String id, String raw, Map<String, String> metadata, Layer... wanted) {
        IngestedDocument doc = document(id, raw, metadata);
        Set<Layer> need = EnumSet.noneOf(Layer.class);
        need.addAll(List.of(wanted));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Annotator a : STAGES) {
                if (need.contains(a.adds()) && need.addAll(a.requires())) {
                    grew = true;
                }
            }
        }
        AnnotatedText t = AnnotatedText.of(DocumentContext.of(id, doc.metadata()), doc.text(), doc.pages());
        for (Annotator a : STAGES) {
            if (need.contains(a.adds())) {
                t = t.with(a.adds(), a.annotate(t));
            }
        }
        return t;
    }

    public static AnnotatedText annotate(String id, String raw, Layer... wanted) {
        return annotate(id, raw, Map.of(), wanted);
    }

    /**
     * The letters of {@code corpus/} (the five, {@code more/} and {@code negatives/}) as paths relative to
     * {@code corpus/}, in sorted order: the data of the corpus-wide checks.
     */
    public static java.util.stream.Stream<Path> corpusLetters() throws IOException {
        List<Path> files = new java.util.ArrayList<>();
        for (String dir : List.of("", "more/", "negatives/")) {
            try (java.util.stream.Stream<Path> s = Files.list(Path.of("corpus/" + dir))) {
                s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md")).sorted()
                        .forEach(p -> files.add(Path.of(dir + p.getFileName())));
            }
        }
        return files.stream();
    }

    /** A corpus file, as written (UTF-8). */
    public static String corpus(String relative) {
        try {
            return Files.readString(Path.of("corpus").resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The source text a span covers. */
    public static String covered(AnnotatedText t, Spanned s) {
        return t.text().substring(s.span());
    }

    /** The source span of the first occurrence of {@code phrase}; fails when the text does not hold it. */
    public static CharSpan find(AnnotatedText t, String phrase) {
        int at = t.text().toString().indexOf(phrase);
        assertTrue(at >= 0, () -> "test text does not contain '" + phrase + "'");
        return new CharSpan(at, at + phrase.length());
    }

    /** The elements whose covered text equals {@code text}. */
    public static <T extends Spanned> List<T> coveringExactly(AnnotatedText t, List<T> layer, String text) {
        List<T> out = new ArrayList<>();
        for (T s : layer) {
            if (covered(t, s).equals(text)) {
                out.add(s);
            }
        }
        return out;
    }

    /** The one element whose covered text is {@code text} and that passes {@code filter}; fails listing all. */
    public static <T extends Spanned> T only(AnnotatedText t, List<T> layer, String text, Predicate<T> filter) {
        List<T> hits = coveringExactly(t, layer, text).stream().filter(filter).toList();
        if (hits.size() != 1) {
            fail("expected one element covering '" + text.replace("\n", "\\n") + "', found " + hits.size()
                    + "; the layer holds:\n" + describe(t, layer));
        }
        return hits.get(0);
    }

    public static <T extends Spanned> T only(AnnotatedText t, List<T> layer, String text) {
        return only(t, layer, text, x -> true);
    }

    /** The elements overlapping a source span. */
    public static <T extends Spanned> List<T> overlapping(List<T> layer, CharSpan span) {
        return layer.stream().filter(s -> s.span().overlaps(span)).toList();
    }

    /** One line per element, with its covered text, for failure messages. */
    public static <T extends Spanned> String describe(AnnotatedText t, List<T> layer) {
        return layer.stream()
                .map(s -> "  [" + covered(t, s).replace("\n", "\\n") + "] " + s)
                .collect(Collectors.joining("\n"));
    }
}
