package nl.kamerbrief.mandates.assemble;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import nl.kamerbrief.mandates.annotate.Action;
import nl.kamerbrief.mandates.annotate.Qualifier;
import nl.kamerbrief.mandates.annotate.Texts;
import nl.kamerbrief.mandates.pipeline.Pipeline;
import nl.kamerbrief.mandates.text.CharSpan;
import org.junit.jupiter.api.function.Executable;

/**
 * Test helper for the assembler: runs the real pipeline (no model) on a letter given as a string or a corpus file,
 * and picks and checks its records. Expected values in the tests come from the gold files and the spec, never from
 * this helper.
 */
final class Letters {

    private static final Map<String, Pipeline.Result> CORPUS = new ConcurrentHashMap<>();

    private Letters() {
    }

    /** The pipeline on a string; the file stem {@code id} gives the letter date when it starts with one. */
    static Pipeline.Result run(String id, String raw) {
        return Texts.run(id, raw);
    }

    /** The pipeline on a corpus file (relative to {@code corpus/}), once per test run. */
    static Pipeline.Result corpus(String relative) {
        return CORPUS.computeIfAbsent(relative, r -> {
            String stem = stem(r);
            return Texts.run(stem, Texts.corpus(r));
        });
    }

    private static String stem(String relative) {
        String name = relative.substring(relative.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    /** The records of a mission (by catalogue id or slug). */
    static List<MandateRecord> of(Pipeline.Result r, String missionId) {
        return r.records().stream().filter(m -> missionId.equals(m.mission().id())).toList();
    }

    /** The one record of a mission; fails listing all records when there is not exactly one. */
    static MandateRecord one(Pipeline.Result r, String missionId) {
        List<MandateRecord> ms = of(r, missionId);
        if (ms.size() != 1) {
            fail("expected one record for " + missionId + ", found " + ms.size() + ":\n" + describe(r));
        }
        return ms.get(0);
    }

    /** The one record of a mission with the given count; fails listing all records otherwise. */
    static MandateRecord withCount(Pipeline.Result r, String missionId, int count) {
        List<MandateRecord> ms = of(r, missionId).stream()
                .filter(m -> m.personnel().count() != null && m.personnel().count() == count).toList();
        if (ms.size() != 1) {
            fail("expected one record for " + missionId + " with count " + count + ", found " + ms.size() + ":\n"
                    + describe(r));
        }
        return ms.get(0);
    }

    static void none(Pipeline.Result r, String missionId) {
        assertTrue(of(r, missionId).isEmpty(), () -> "expected no record for " + missionId + ":\n" + describe(r));
    }

    static Set<String> missions(Pipeline.Result r) {
        return r.records().stream().map(m -> m.mission().id()).collect(Collectors.toSet());
    }

    /** One line per record, for failure messages. */
    static String describe(Pipeline.Result r) {
        if (r.records().isEmpty()) {
            return "  (no records)";
        }
        return r.records().stream().map(Letters::line).collect(Collectors.joining("\n"));
    }

    static String line(MandateRecord m) {
        Personnel p = m.personnel();
        EndDate e = m.endDate();
        return "  " + m.mission().name() + " [" + m.mission().id() + ", known=" + m.mission().known() + "] "
                + m.action() + " count=" + p.count() + " " + p.qualifier() + " prev=" + p.previous() + " shared="
                + p.shared() + " end=" + (e == null ? null : e.value() + (Boolean.TRUE.equals(e.inclusive())
                ? " incl" : " excl")) + " quote=\"" + m.evidence().quote().replace("\n", "\\n") + "\"";
    }

    /** Checks the values of a record (all of them, each mismatch reported), with the list of records. */
    static void expect(Pipeline.Result r, MandateRecord m, Action action, Integer count, Qualifier qualifier,
                       Integer previous, LocalDate end, Boolean inclusive) {
        String all = line(m) + "\nall records:\n" + describe(r);
        List<Executable> checks = new ArrayList<>();
        checks.add(() -> assertEquals(action, m.action(), () -> "action of " + all));
        checks.add(() -> assertEquals(count, m.personnel().count(), () -> "count of " + all));
        if (qualifier != null) {
            checks.add(() -> assertEquals(qualifier, m.personnel().qualifier(), () -> "qualifier of " + all));
        }
        checks.add(() -> assertEquals(previous, m.personnel().previous(), () -> "previous of " + all));
        if (end == null) {
            checks.add(() -> assertEquals(null, m.endDate(), () -> "end date of " + all));
        } else {
            checks.add(() -> {
                assertNotNull(m.endDate(), () -> "end date of " + all);
                assertEquals(end, m.endDate().value(), () -> "end date of " + all);
                if (inclusive != null) {
                    assertEquals(inclusive, m.endDate().inclusive(), () -> "inclusive of " + all);
                }
            });
        }
        assertAll(checks);
    }

    /** The source span of the only occurrence of {@code phrase} in the letter's normalized text. */
    static CharSpan find(Pipeline.Result r, String phrase) {
        String text = r.text().text().toString();
        int at = text.indexOf(phrase);
        assertTrue(at >= 0, () -> "the letter does not contain '" + phrase + "'");
        assertEquals(-1, text.indexOf(phrase, at + 1), () -> "'" + phrase + "' occurs more than once");
        return new CharSpan(at, at + phrase.length());
    }

    /** The quote is the text at the record's offsets. */
    static void quoteAtOffsets(Pipeline.Result r, MandateRecord m) {
        Evidence e = m.evidence();
        assertTrue(e.span().start() >= 0 && e.span().end() <= r.text().text().length(), () -> line(m));
        assertEquals(r.text().text().substring(e.span()), e.quote(), () -> line(m));
    }

    /** The evidence span covers {@code phrase} (which occurs once in the letter). */
    static void covers(Pipeline.Result r, MandateRecord m, String phrase) {
        CharSpan at = find(r, phrase);
        assertTrue(m.evidence().span().contains(at),
                () -> "evidence does not cover '" + phrase.replace("\n", "\\n") + "': " + line(m));
    }

    /** The evidence span does not reach {@code phrase} (which occurs once in the letter). */
    static void doesNotCover(Pipeline.Result r, MandateRecord m, String phrase) {
        CharSpan at = find(r, phrase);
        assertTrue(!m.evidence().span().overlaps(at),
                () -> "evidence reaches '" + phrase.replace("\n", "\\n") + "': " + line(m));
    }

    /** Words of a quote as the scorer compares them: lower case, letters and digits. */
    static List<String> words(String s) {
        return List.of(s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).stream()
                .filter(w -> !w.isEmpty()).toList();
    }

    /**
     * Spec section 5, evidence support: the predicted quote quotes what the gold quotes when at least half of its
     * words are in the gold quote, or it holds at least half of the gold quote's words while at least a quarter of
     * its own words are in it.
     */
    static boolean supports(String predicted, String gold) {
        List<String> p = words(predicted);
        List<String> g = words(gold);
        Set<String> gs = new HashSet<>(g);
        Set<String> ps = new HashSet<>(p);
        long pInG = p.stream().filter(gs::contains).count();
        long gInP = g.stream().filter(ps::contains).count();
        return p.size() > 0 && (pInG * 2 >= p.size() || gInP * 2 >= g.size() && pInG * 4 >= p.size());
    }
}
