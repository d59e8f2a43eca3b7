package nl.kamerbrief.mandates.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kamerbrief.mandates.annotate.Texts;
import nl.kamerbrief.mandates.rules.RuleSet;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * Shared by the training tests: the real rules, the whole {@code corpus/} read once as {@code mandates train} reads
 * it (expensive, so loaded lazily and kept for the JVM), the five letters directly under {@code corpus/}, the
 * feature descriptor, and the catalogue's names read straight from {@code rules/missions.json}.
 */
final class TrainingFixtures {

    static final RuleSet RULES = Texts.RULES;

    /** The five letters directly under corpus/ (not more/ or negatives/). */
    static final List<String> TOP_LEVEL = List.of(
            "2018-06-toekomstige-bijdragen-missies",
            "2022-06-17-kennisgeving-eufor-althea",
            "2022-06-17-samenhang-missies-2022-2025",
            "2025-02-13-beslisnota-inzet-2025-2028",
            "2025-05-verslag-so-inzet-2025-2028");

    private TrainingFixtures() {
    }

    private static final class Corpus {
        static final List<LabelledDocument> ALL;

        static {
            try {
                ALL = TrainingCorpus.read(Path.of("corpus"), RULES);
            } catch (IOException e) {
                throw new ExceptionInInitializerError(e);
            }
        }
    }

    /** Every letter of corpus/, as TrainCommand reads it. */
    static List<LabelledDocument> all() {
        return Corpus.ALL;
    }

    /** The five letters directly under corpus/, in read order. */
    static List<LabelledDocument> topLevel() {
        return all().stream().filter(d -> TOP_LEVEL.contains(d.id())).toList();
    }

    static LabelledDocument doc(String id) {
        return all().stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("corpus has no letter " + id));
    }

    /** rules/models/missions-features.xml */
    static byte[] features() {
        try {
            return Files.readAllBytes(Path.of("rules", "models", "missions-features.xml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The words of a span, joined by single spaces. */
    static String words(NameSample s, Span span) {
        return String.join(" ", Arrays.copyOfRange(s.getSentence(), span.getStart(), span.getEnd()));
    }

    /** The labelled names of a sample, as joined words, in order. */
    static List<String> labels(NameSample s) {
        List<String> out = new ArrayList<>();
        for (Span span : s.getNames()) {
            out.add(words(s, span));
        }
        return out;
    }

    /** The one sample whose joined words contain {@code phrase}; fails when none or several do. */
    static NameSample sentence(LabelledDocument d, String phrase) {
        List<NameSample> hits = d.sentences().stream()
                .filter(s -> String.join(" ", s.getSentence()).contains(phrase)).toList();
        if (hits.size() != 1) {
            throw new AssertionError("expected one sample of " + d.id() + " containing '" + phrase + "', found "
                    + hits.size());
        }
        return hits.get(0);
    }

    /** A name with its whitespace removed, so differently tokenized spellings compare equal. */
    static String compact(String s) {
        return s.replaceAll("\\s+", "");
    }

    /**
     * The names of each mission of rules/missions.json (name, acronym, aliases; not context aliases), by id, read
     * with Jackson rather than the project's reader.
     */
    static Map<String, Set<String>> catalogueNames() {
        try {
            JsonNode root = new ObjectMapper().readTree(Path.of("rules", "missions.json").toFile());
            JsonNode missions = root.isArray() ? root : root.get("missions");
            Map<String, Set<String>> out = new LinkedHashMap<>();
            for (JsonNode m : missions) {
                Set<String> names = new LinkedHashSet<>();
                names.add(m.get("name").asText());
                if (m.hasNonNull("acronym")) {
                    names.add(m.get("acronym").asText());
                }
                if (m.has("aliases")) {
                    m.get("aliases").forEach(a -> names.add(a.asText()));
                }
                out.put(m.get("id").asText(), names);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
