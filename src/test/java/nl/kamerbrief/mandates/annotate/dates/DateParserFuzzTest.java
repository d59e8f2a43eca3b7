package nl.kamerbrief.mandates.annotate.dates;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.kamerbrief.mandates.annotate.AnnotatedText;
import nl.kamerbrief.mandates.annotate.Annotator;
import nl.kamerbrief.mandates.annotate.DateMention;
import nl.kamerbrief.mandates.annotate.DocumentContext;
import nl.kamerbrief.mandates.annotate.DutchNumerals;
import nl.kamerbrief.mandates.annotate.header.HeaderAnnotator;
import nl.kamerbrief.mandates.annotate.segments.Segmenter;
import nl.kamerbrief.mandates.rules.RuleException;
import nl.kamerbrief.mandates.rules.RuleSet;
import nl.kamerbrief.mandates.text.CharSpan;
import nl.kamerbrief.mandates.text.PageMap;
import nl.kamerbrief.mandates.text.TextNormalizer;

/**
 * The date parser (the dates stage with the header and segments it reads) on any string and any letter date
 * (issue 15): it never throws, every mention covers text, never cuts a character beyond U+FFFF in two, and has
 * the values its role promises (spec section 3). Seeds in {@code DateParserFuzzTestInputs/}; fuzzing mode: see
 * README, "Fuzzing".
 */
class DateParserFuzzTest {

    private static final Pattern PERIOD = Pattern.compile("P[0-9]+[YMD]");
    /** The years a letter can name (1900-2099) with a century of duration on top. */
    private static final LocalDate EARLIEST = LocalDate.of(1899, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2200, 12, 31);
    /** The stages up to the dates, alone (the whole pipeline would slow the fuzzer's start). */
    private static final List<Annotator> STAGES;

    static {
        try {
            RuleSet rules = RuleSet.load(Path.of("rules"));
            STAGES = List.of(new HeaderAnnotator(rules), new Segmenter(rules),
                    new DateAnnotator(rules, new DutchNumerals(rules)));
        } catch (RuleException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @FuzzTest
    void anyTextGivesWellFormedDates(FuzzedDataProvider data) {
        String id = String.format("%04d-%02d-%02d-brief", data.consumeInt(1900, 2099), data.consumeInt(1, 12),
                data.consumeInt(1, 28));
        String raw = data.consumeRemainingAsString();
        AnnotatedText t = AnnotatedText.of(DocumentContext.of(id, Map.of()), TextNormalizer.normalize(raw),
                PageMap.NONE);
        for (Annotator a : STAGES) {
            t = t.with(a.adds(), a.annotate(t));
        }
        String text = t.text().toString();
        for (DateMention d : t.dates()) {
            CharSpan s = d.span();
            String what = d + " in [" + raw + "]";
            assertTrue(0 <= s.start() && s.start() < s.end() && s.end() <= text.length(), () -> "span outside: " + what);
            assertTrue(!cutsPair(text, s.start()) && !cutsPair(text, s.end()), () -> "cuts a pair: " + what);
            assertNotNull(d.role(), what);
            switch (d.role()) {
                case END -> {
                    assertNotNull(d.endDay(), () -> "an end without its day: " + what);
                    assertNotNull(d.inclusive(), () -> "an end without inclusive: " + what);
                    assertNotNull(d.endPrecision(), () -> "an end without precision: " + what);
                }
                case START -> assertNotNull(d.startDay(), () -> "a start without its day: " + what);
                case DURATION -> assertTrue(d.duration() != null && PERIOD.matcher(d.duration()).matches(),
                        () -> "a duration without an ISO period: " + what);
                default -> {
                }
            }
            for (LocalDate day : new LocalDate[] {d.endDay(), d.startDay()}) {
                assertTrue(day == null || !day.isBefore(EARLIEST) && !day.isAfter(LATEST),
                        () -> "a day no letter names: " + what);
            }
        }
    }

    private static boolean cutsPair(String s, int i) {
        return i > 0 && i < s.length() && Character.isHighSurrogate(s.charAt(i - 1))
                && Character.isLowSurrogate(s.charAt(i));
    }
}
