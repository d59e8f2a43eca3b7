package nl.kamerbrief.mandates.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.kamerbrief.mandates.annotate.AnnotatedText;
import nl.kamerbrief.mandates.annotate.DateMention;
import nl.kamerbrief.mandates.annotate.DocumentHeader;
import nl.kamerbrief.mandates.annotate.EntityMention;
import nl.kamerbrief.mandates.annotate.Headcount;
import nl.kamerbrief.mandates.annotate.Layer;
import nl.kamerbrief.mandates.annotate.Qualifier;
import nl.kamerbrief.mandates.annotate.Segment;
import nl.kamerbrief.mandates.assemble.MandateRecord;
import nl.kamerbrief.mandates.assemble.Personnel;
import nl.kamerbrief.mandates.ingest.IngestedDocument;
import nl.kamerbrief.mandates.ingest.Ingestion;
import nl.kamerbrief.mandates.ingest.MediaTypes;
import nl.kamerbrief.mandates.ingest.SourceInfo;
import nl.kamerbrief.mandates.rules.MissionEntry;
import nl.kamerbrief.mandates.rules.RuleSet;
import nl.kamerbrief.mandates.text.CharSpan;
import nl.kamerbrief.mandates.text.Spanned;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants that must hold for every letter, whatever the rules find in it: every layer of the annotated text
 * and every record, over the whole corpus (and one letter with characters beyond U+FFFF).
 */
class CorpusInvariantsTest {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern KAMERSTUK = Pattern.compile("[0-9]+(-[A-Za-z0-9]+)+");
    private static final Pattern PERIOD =
            Pattern.compile("P(?!$)([0-9]+Y)?([0-9]+M)?([0-9]+W)?([0-9]+D)?(T(?=[0-9])([0-9]+H)?([0-9]+M)?([0-9]+S)?)?");

    private static RuleSet rules;
    private static Pipeline pipeline;
    private static Set<String> catalogue;

    @BeforeAll
    static void load() throws Exception {
        rules = RuleSet.load(Path.of("rules"));
        pipeline = new Pipeline(rules, false);
        catalogue = rules.missions().stream().map(MissionEntry::id).collect(Collectors.toSet());
    }

    /** Every letter under corpus/ (outside gold/ and hidden folders), and the emoji letter of the test resources. */
    static List<Path> letters() throws IOException {
        List<Path> out = new ArrayList<>();
        Path corpus = Path.of("corpus");
        try (Stream<Path> walk = Files.walk(corpus)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                boolean skip = false;
                for (Path part : corpus.relativize(p)) {
                    skip |= part.toString().equals("gold") || part.toString().startsWith(".");
                }
                if (!skip) {
                    out.add(p);
                }
            }
        }
        out.add(Path.of("src", "test", "resources", "letters", "2022-06-17-emoji-missies.txt"));
        return out;
    }

    @Test
    void theCorpusIsThere() throws IOException {
        assertFalse(letters().size() < 2, "no corpus letters found under corpus/");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("letters")
    void layersAndRecordsKeepTheirInvariants(Path letter) throws Exception {
        IngestedDocument doc = ingest(letter);
        Pipeline.Result result = pipeline.process(doc);
        AnnotatedText t = result.text();
        String text = t.text().toString();
        List<String> problems = new ArrayList<>();

        // ---------------------------------------------------------------- every layer
        for (Layer layer : Layer.values()) {
            if (!t.has(layer)) {
                problems.add("layer " + layer + " missing after the pipeline");
                continue;
            }
            List<?> elements = t.layer(layer, cast(layer.type()));
            Spanned previous = null;
            for (Object o : elements) {
                if (!(o instanceof Spanned s)) {
                    continue;
                }
                CharSpan span = s.span();
                if (span.start() < 0 || span.end() > text.length() || span.start() > span.end()) {
                    problems.add(layer + ": " + span + " outside the text of " + text.length() + " chars: " + o);
                    continue;
                }
                if (span.start() == span.end()) {
                    problems.add(layer + ": empty span " + span + ": " + o);
                }
                if (splitsSurrogatePair(text, span.start()) || splitsSurrogatePair(text, span.end())) {
                    problems.add(layer + ": " + span + " cuts a character beyond U+FFFF in two: " + o);
                }
                if (previous != null && Spanned.BY_POSITION.compare(previous, s) > 0) {
                    problems.add(layer + ": not sorted by position: " + previous.span() + " before " + span);
                }
                previous = s;
            }
        }

        // ---------------------------------------------------------------- header
        List<DocumentHeader> headers = t.layer(Layer.HEADER, DocumentHeader.class);
        if (headers.size() > 1) {
            problems.add("HEADER: " + headers.size() + " headers");
        }
        DocumentHeader h = t.header();
        inside(problems, "HEADER date", h.dateSpan(), text);
        inside(problems, "HEADER kamerstuk", h.kamerstukSpan(), text);
        if (h.date() != null && h.dateSource() == null) {
            problems.add("HEADER: a date without a source: " + h);
        }
        if (h.kamerstuk() != null && !KAMERSTUK.matcher(h.kamerstuk()).matches()) {
            problems.add("HEADER: kamerstuk '" + h.kamerstuk() + "' is not dossier-number without spaces");
        }

        // ---------------------------------------------------------------- segments
        List<Segment> segments = t.segments();
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            if (s.index() != i) {
                problems.add("SEGMENTS: segment at position " + i + " has index " + s.index());
            }
            if (i > 0) {
                Segment p = segments.get(i - 1);
                if (p.span().end() > s.span().start()) {
                    problems.add("SEGMENTS: " + p.span() + " and " + s.span() + " overlap");
                }
                if (p.paragraph() > s.paragraph()) {
                    problems.add("SEGMENTS: paragraph numbers go back at " + s.span());
                }
            }
            // the governing heading: an earlier heading, or the segment itself when it is one
            if (s.section() >= 0 && (s.section() > i || !segments.get(s.section()).isHeading())) {
                problems.add("SEGMENTS: segment " + i + " has section " + s.section() + ", which is no heading"
                        + " at or before it");
            }
        }

        // ---------------------------------------------------------------- entities
        for (EntityMention e : t.entities()) {
            if (e.isMission()) {
                if (e.name() == null || e.name().isBlank()) {
                    problems.add("ENTITIES: a mission without a name: " + e);
                }
                if (e.missionId() == null || e.missionId().isBlank()) {
                    problems.add("ENTITIES: a mission without an id: " + e);
                } else if (!SLUG.matcher(e.missionId()).matches()) {
                    problems.add("ENTITIES: mission id '" + e.missionId() + "' is not a slug");
                }
                if (e.known() && !catalogue.contains(e.missionId())) {
                    problems.add("ENTITIES: known mission '" + e.missionId() + "' is not in missions.json");
                }
            }
        }

        // ---------------------------------------------------------------- headcounts
        for (Headcount c : t.headcounts()) {
            if (c.count() < 0 || c.min() != null && c.min() < 0 || c.max() != null && c.max() < 0
                    || c.previous() != null && c.previous() < 0) {
                problems.add("HEADCOUNTS: a negative number: " + c);
            }
            if (c.min() != null && c.max() != null && c.min() > c.max()) {
                problems.add("HEADCOUNTS: min above max: " + c);
            }
            if (c.qualifier() == Qualifier.RANGE && (c.min() == null || c.max() == null)) {
                problems.add("HEADCOUNTS: a range without both ends: " + c);
            }
            if (new HashSet<>(c.categories()).size() != c.categories().size()) {
                problems.add("HEADCOUNTS: a category twice: " + c);
            }
        }

        // ---------------------------------------------------------------- dates
        for (DateMention d : t.dates()) {
            if (d.role() == DateMention.Role.END && d.endDay() == null) {
                problems.add("DATES: an END without its boundary day: " + d + " [" + cover(text, d.span()) + "]");
            }
            if (d.role() == DateMention.Role.START && d.startDay() == null) {
                problems.add("DATES: a START without its day: " + d + " [" + cover(text, d.span()) + "]");
            }
            if (d.role() == DateMention.Role.DURATION
                    && (d.duration() == null || !PERIOD.matcher(d.duration()).matches())) {
                problems.add("DATES: a DURATION without an ISO 8601 period: " + d);
            }
            if (d.startDay() != null && d.endDay() != null && d.startDay().isAfter(d.endDay())) {
                problems.add("DATES: starts after it ends: " + d + " [" + cover(text, d.span()) + "]");
            }
        }

        // ---------------------------------------------------------------- records
        String id = doc.source().id();
        for (MandateRecord r : result.records()) {
            String what = "record " + r.mission().name() + " [" + r.evidence().quote() + "]: ";
            if (!id.equals(r.document().id())) {
                problems.add(what + "document id " + r.document().id() + ", not the file stem " + id);
            }
            if (!java.util.Objects.equals(h.date(), r.document().date())
                    || !java.util.Objects.equals(h.kamerstuk(), r.document().kamerstuk())) {
                problems.add(what + "document date/kamerstuk differ from the header: " + r.document() + " vs " + h);
            }
            // mission
            if (r.mission().name() == null || r.mission().name().isBlank()) {
                problems.add(what + "no mission name");
            }
            if (r.mission().id() == null || !SLUG.matcher(r.mission().id()).matches()) {
                problems.add(what + "mission id '" + r.mission().id() + "' is not a slug");
            }
            if (r.mission().known() && !catalogue.contains(r.mission().id())) {
                problems.add(what + "known mission '" + r.mission().id() + "' is not in missions.json");
            }
            verbatim(problems, what + "mission.text", r.mission().text(), text);
            // personnel
            Personnel p = r.personnel();
            for (Integer n : new Integer[] {p.count(), p.min(), p.max(), p.previous()}) {
                if (n != null && n < 0) {
                    problems.add(what + "a negative number in " + p);
                }
            }
            if (p.min() != null && p.max() != null && p.min() > p.max()) {
                problems.add(what + "min above max: " + p);
            }
            if (p.qualifier() == Qualifier.RANGE && (p.min() == null || p.max() == null
                    || !p.max().equals(p.count()))) {
                problems.add(what + "a range gives min and max and counts the max (spec section 2): " + p);
            }
            if (p.qualifier() == Qualifier.MAX && p.max() != null && !p.max().equals(p.count())) {
                problems.add(what + "'maximaal N' counts N (spec section 2): " + p);
            }
            if (p.shared() && p.count() == null) {
                problems.add(what + "a shared number without a number: " + p);
            }
            if (new HashSet<>(p.categories()).size() != p.categories().size()) {
                problems.add(what + "a category twice: " + p);
            }
            verbatim(problems, what + "personnel.text", p.text(), text);
            // dates
            if (r.endDate() != null) {
                if (r.endDate().value() == null) {
                    problems.add(what + "an end date without a value");
                }
                verbatim(problems, what + "end_date.text", r.endDate().text(), text);
            }
            if (r.startDate() != null) {
                if (r.startDate().value() == null) {
                    problems.add(what + "a start date without a value");
                }
                verbatim(problems, what + "start_date.text", r.startDate().text(), text);
            }
            if (r.startDate() != null && r.endDate() != null && r.startDate().value() != null
                    && r.endDate().value() != null && r.startDate().value().isAfter(r.endDate().value())) {
                problems.add(what + "starts " + r.startDate().value() + " after it ends " + r.endDate().value());
            }
            if (r.duration() != null) {
                if (r.duration().value() == null || !PERIOD.matcher(r.duration().value()).matches()) {
                    problems.add(what + "duration '" + r.duration().value() + "' is no ISO 8601 period");
                }
                verbatim(problems, what + "duration.text", r.duration().text(), text);
            }
            // evidence
            CharSpan ev = r.evidence().span();
            if (ev.start() < 0 || ev.end() > text.length() || ev.start() >= ev.end()) {
                problems.add(what + "evidence " + ev + " is empty or outside the text");
            } else {
                if (!text.substring(ev.start(), ev.end()).equals(r.evidence().quote())) {
                    problems.add(what + "the quote is not the text at " + ev);
                }
                if (r.evidence().quote().isBlank()) {
                    problems.add(what + "a blank quote");
                }
                if (splitsSurrogatePair(text, ev.start()) || splitsSurrogatePair(text, ev.end())) {
                    problems.add(what + "evidence " + ev + " cuts a character beyond U+FFFF in two");
                }
            }
            if (r.evidence().parts().isEmpty()) {
                problems.add(what + "evidence without the statements it comes from");
            }
            for (CharSpan part : r.evidence().parts()) {
                if (part.end() > text.length()) {
                    problems.add(what + "evidence part " + part + " outside the text");
                }
            }
            if (r.evidence().parts().stream().noneMatch(part -> part.overlaps(ev))) {
                problems.add(what + "the quote " + ev + " overlaps none of the statements it merges "
                        + r.evidence().parts());
            }
            if (!doc.pages().isPaged() && r.evidence().page() != null) {
                problems.add(what + "a page for a source without pages");
            }
            if (!(r.confidence() >= 0 && r.confidence() <= 1)) {
                problems.add(what + "confidence " + r.confidence() + " outside 0..1");
            }
        }

        // ---------------------------------------------------------------- the same input, the same output
        Pipeline.Result again = pipeline.process(ingest(letter));
        if (!again.records().equals(result.records())) {
            problems.add("processing the letter twice gives other records");
        }

        if (!problems.isEmpty()) {
            fail(letter + ": " + problems.size() + " broken invariants:\n" + String.join("\n", problems));
        }
    }

    @Test
    void aLetterWithCharactersBeyondTheBmpKeepsItsRecords() throws Exception {
        Path letter = Path.of("src", "test", "resources", "letters", "2022-06-17-emoji-missies.txt");
        Pipeline.Result r = pipeline.process(ingest(letter));
        Map<String, MandateRecord> byMission = r.records().stream()
                .collect(Collectors.toMap(m -> m.mission().name(), Function.identity(), (a, b) -> a));
        assertEquals(Set.of("UNTSO", "EUAM Oekraïne"), byMission.keySet());
        assertEquals(12, byMission.get("UNTSO").personnel().count());
        assertEquals(8, byMission.get("EUAM Oekraïne").personnel().count());
        assertEquals(java.time.LocalDate.of(2025, 7, 31), byMission.get("EUAM Oekraïne").endDate().value());
    }

    // ------------------------------------------------------------------ helpers

    private static IngestedDocument ingest(Path letter) throws Exception {
        byte[] bytes = Files.readAllBytes(letter);
        String name = letter.getFileName().toString();
        String id = name.substring(0, name.lastIndexOf('.'));
        String type = MediaTypes.detect(bytes, bytes.length, name);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        return Ingestion.standard().ingest(new SourceInfo(id, letter.toString(), letter, sha, bytes.length, type),
                bytes);
    }

    @SuppressWarnings("unchecked")
    private static <T> Class<T> cast(Class<?> c) {
        return (Class<T>) c;
    }

    private static boolean splitsSurrogatePair(String text, int index) {
        return index > 0 && index < text.length() && Character.isHighSurrogate(text.charAt(index - 1))
                && Character.isLowSurrogate(text.charAt(index));
    }

    private static void inside(List<String> problems, String what, CharSpan span, String text) {
        if (span != null && span.end() > text.length()) {
            problems.add(what + ": " + span + " outside the text");
        }
    }

    /** A phrase the record says stands in the document ("the phrase as it stands in the document"). */
    private static void verbatim(List<String> problems, String what, String phrase, String text) {
        if (phrase != null && !text.contains(phrase)) {
            problems.add(what + " '" + phrase + "' is not in the document's text");
        }
    }

    private static String cover(String text, CharSpan span) {
        return text.substring(span.start(), Math.min(span.end(), text.length()));
    }
}
