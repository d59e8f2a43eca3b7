package nl.kamerbrief.mandates.annotate.dates;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import nl.kamerbrief.mandates.annotate.AnnotatedText;
import nl.kamerbrief.mandates.annotate.DateMention;
import nl.kamerbrief.mandates.annotate.Layer;
import nl.kamerbrief.mandates.annotate.Precision;
import nl.kamerbrief.mandates.annotate.Texts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property (issue 15): every date written as a Dutch phrase of spec section 3 parses to the day, inclusiveness and
 * precision the section's table gives for it. Each phrase form of the table is tried on {@value #DATES} dates drawn
 * from 1900-2099 (a fixed seed per form, so a failure repeats), in a sentence of a letter with a dateline, the
 * anchor of the phrases relative to the letter ("eind dit jaar", "per vandaag").
 */
class DutchDatePhrasePropertyTest {

    private static final int DATES = 150;
    private static final String[] MONTHS = {"januari", "februari", "maart", "april", "mei", "juni", "juli",
            "augustus", "september", "oktober", "november", "december"};
    private static final String[] ORDINALS = {"eerste", "tweede", "derde", "vierde"};

    /** One phrase in a sentence, and what section 3 says it names. */
    record Case(LocalDate letter, String sentence, String phrase, LocalDate value, boolean inclusive,
                Precision precision) {
    }

    /** A form of section 3's table: from a random day (and the random source) to a case. */
    record Form(String name, BiFunction<LocalDate, Random, Case> make) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static String day(LocalDate d) {
        return d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
    }

    private static String month(LocalDate d) {
        return MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
    }

    private static LocalDate endOfMonth(LocalDate d) {
        return YearMonth.from(d).atEndOfMonth();
    }

    private static LocalDate dec31(int year) {
        return LocalDate.of(year, 12, 31);
    }

    /** A letter dated some months before the day, in the same century. */
    private static LocalDate letterBefore(LocalDate d, Random r) {
        return d.minusDays(30 + r.nextInt(300));
    }

    private static Case end(LocalDate letter, String sentence, String phrase, LocalDate value, boolean inclusive,
                            Precision p) {
        return new Case(letter, sentence.replace("{}", phrase), phrase, value, inclusive, p);
    }

    private static final String EXTEND = "Het kabinet verlengt de bijdrage met twaalf militairen aan UNTSO {}.";

    static Stream<Form> forms() {
        return Stream.of(
                new Form("tot en met D maand J", (d, r) -> end(letterBefore(d, r), EXTEND,
                        (r.nextBoolean() ? "tot en met " : "t/m ") + day(d), d, true, Precision.DAY)),
                new Form("tot D maand J", (d, r) -> end(letterBefore(d, r), EXTEND, "tot " + day(d), d, false,
                        Precision.DAY)),
                new Form("tot en met maand J", (d, r) -> end(letterBefore(d, r), EXTEND,
                        (r.nextBoolean() ? "tot en met " : "t/m ") + month(d), endOfMonth(d), true, Precision.MONTH)),
                new Form("tot eind maand J", (d, r) -> end(letterBefore(d, r), EXTEND,
                        (r.nextBoolean() ? "tot eind " : "tot einde ") + month(d), endOfMonth(d), true,
                        Precision.MONTH)),
                new Form("eind maand J ... af", (d, r) -> end(letterBefore(d, r),
                        "De bijdrage aan MINUSMA loopt {} af.", "eind " + month(d), endOfMonth(d), true,
                        Precision.MONTH)),
                new Form("tot en met eind maand J", (d, r) -> end(letterBefore(d, r), EXTEND,
                        "tot en met eind " + month(d), endOfMonth(d), true, Precision.MONTH)),
                new Form("tot eind J / t/m J", (d, r) -> end(letterBefore(d, r), EXTEND,
                        List.of("tot eind ", "t/m ", "tot en met ").get(r.nextInt(3)) + d.getYear(),
                        dec31(d.getYear()), true, Precision.YEAR)),
                new Form("tot maand J", (d, r) -> end(letterBefore(d, r), EXTEND, "tot " + month(d),
                        d.withDayOfMonth(1), false, Precision.MONTH)),
                new Form("per D maand J beëindigd", (d, r) -> end(letterBefore(d, r),
                        "Het kabinet heeft besloten dat de inzet in MINUSMA {} wordt beëindigd.", "per " + day(d), d,
                        false, Precision.DAY)),
                new Form("tot medio J", (d, r) -> end(letterBefore(d, r), EXTEND, "tot medio " + d.getYear(),
                        LocalDate.of(d.getYear(), 6, 30), true, Precision.HALF)),
                new Form("tot seizoen J", (d, r) -> {
                    int s = r.nextInt(4);
                    String[] names = {"voorjaar", "zomer", "najaar", "winter"};
                    int[][] starts = {{3, 20}, {6, 21}, {9, 22}, {12, 21}};
                    return end(letterBefore(d, r), EXTEND, "tot " + names[s] + " " + d.getYear(),
                            LocalDate.of(d.getYear(), starts[s][0], starts[s][1]), false, Precision.SEASON);
                }),
                new Form("in J", (d, r) -> end(letterBefore(d, r),
                        "Ook levert Nederland {} een bijdrage aan de EU Battle Group.", "in " + d.getYear(),
                        dec31(d.getYear()), true, Precision.YEAR)),
                new Form("eind dit jaar", (d, r) -> end(d,
                        "Er wordt gesproken over verlenging van het {} aflopende mandaat van EMASoH.", "eind dit jaar",
                        dec31(d.getYear()), true, Precision.YEAR)),
                new Form("D maand J – D maand J", (d, r) -> {
                    LocalDate from = d.minusDays(1 + r.nextInt(2000));
                    return end(letterBefore(d, r), "Duur missie\n{}\nAantal militairen\n24",
                            day(from) + " – " + day(d), d, true, Precision.DAY);
                }),
                new Form("maand – maand J", (d, r) -> {
                    int m = 1 + r.nextInt(d.getMonthValue());
                    return end(letterBefore(d, r), "Eén slot is open in de periode {}.",
                            MONTHS[m - 1] + " – " + month(d), endOfMonth(d), true, Precision.MONTH);
                }),
                new Form("in de periode J–J", (d, r) -> {
                    int from = Math.max(1900, d.getYear() - 1 - r.nextInt(6));
                    return end(letterBefore(d, r), "De missie wordt uitgevoerd {}.",
                            "in de periode " + from + "–" + d.getYear(), dec31(d.getYear()), true, Precision.YEAR);
                }),
                new Form("tot en met half maand J", (d, r) -> end(letterBefore(d, r), EXTEND,
                        "tot en met half " + month(d), d.withDayOfMonth(15), true, Precision.MONTH)),
                new Form("in de eerste helft van J", (d, r) -> end(letterBefore(d, r),
                        "Nederland levert {} een bijdrage aan de missie.", "in de eerste helft van " + d.getYear(),
                        LocalDate.of(d.getYear(), 6, 30), true, Precision.HALF)),
                new Form("stopt per vandaag", (d, r) -> r.nextBoolean()
                        ? end(d, "De bijdrage aan UNTSO stopt {}.", "per vandaag", d, false, Precision.DAY)
                        : end(d, "De bijdrage aan UNTSO wordt beëindigd {}.", "met ingang van heden", d, false,
                        Precision.DAY)),
                new Form("beëindigt per D maand (no year)", (d, r) -> {
                    LocalDate letter = d.minusDays(1 + r.nextInt(Math.min(120, d.getDayOfYear() - 1) + 1));
                    if (letter.getYear() != d.getYear()) {
                        letter = d.withDayOfYear(1);
                    }
                    String phrase = "per " + d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1];
                    return end(letter, "Het kabinet beëindigt de bijdrage aan UNTSO {}.", phrase, d, false,
                            Precision.DAY);
                }),
                new Form("tot begin J", (d, r) -> end(letterBefore(d, r), EXTEND, "tot begin " + d.getYear(),
                        LocalDate.of(d.getYear(), 1, 1), false, Precision.MONTH)),
                new Form("tot en met het N-de kwartaal van J", (d, r) -> {
                    int q = (d.getMonthValue() - 1) / 3;
                    LocalDate last = YearMonth.of(d.getYear(), q * 3 + 3).atEndOfMonth();
                    return end(letterBefore(d, r), EXTEND,
                            "tot en met het " + ORDINALS[q] + " kwartaal van " + d.getYear(), last, true,
                            Precision.QUARTER);
                }),
                new Form("tot (eind) volgend jaar", (d, r) -> r.nextBoolean()
                        ? end(d, EXTEND, "tot volgend jaar", LocalDate.of(d.getYear() + 1, 1, 1), false,
                        Precision.YEAR)
                        : end(d, EXTEND, "tot eind volgend jaar", dec31(d.getYear() + 1), true, Precision.YEAR)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void everyDateInThePhraseParsesToTheDayOfSectionThree(Form form) {
        Random r = new Random(form.name().hashCode());
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < DATES; i++) {
            // a day from 1901 to 2098, so that letters before it and years after it stay in 1900-2099
            LocalDate d = LocalDate.of(1901, 1, 1).plusDays(r.nextInt(365 * 197));
            Case c = form.make().apply(d, r);
            String letter = "Den Haag, " + day(c.letter()) + "\n\n" + c.sentence() + "\n";
            AnnotatedText t = Texts.annotate(c.letter() + "-brief", letter, Layer.DATES);
            List<DateMention> ends = t.dates().stream().filter(DateMention::givesEnd)
                    .filter(m -> Texts.covered(t, m).endsWith(c.phrase().replace("\n", " ").strip())
                            || Texts.covered(t, m).contains(c.phrase()))
                    .toList();
            String got = ends.stream().map(m -> m.endDay() + " inclusive=" + m.inclusive() + " " + m.endPrecision()
                    + " [" + Texts.covered(t, m) + "]").toList().toString();
            boolean right = ends.size() == 1 && c.value().equals(ends.get(0).endDay())
                    && ends.get(0).inclusive() == c.inclusive() && ends.get(0).endPrecision() == c.precision();
            if (!right) {
                wrong.add("'" + c.phrase() + "' in a letter of " + c.letter() + ": expected " + c.value()
                        + " inclusive=" + c.inclusive() + " " + c.precision() + ", got " + got);
            }
        }
        assertTrue(wrong.isEmpty(), () -> wrong.size() + " of " + DATES + " misread, the first: "
                + String.join("\n  ", wrong.subList(0, Math.min(8, wrong.size()))));
    }
}
