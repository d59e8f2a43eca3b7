package nl.kamerbrief.mandates.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.kamerbrief.mandates.rules.RuleSet;
import nl.kamerbrief.mandates.rules.Table;
import nl.kamerbrief.mandates.text.Folding;
import org.junit.jupiter.api.Test;

/** The literal pre-filter finds exactly what {@code Matcher.find()} finds. */
class RulePatternTest {

    @Test
    void prefixesAreTheLiteralsEveryAlternativeBeginsWith() {
        assertEquals(List.of("verleng", "voort te zetten"), RulePattern.prefixes("\\bverleng\\w*|\\bvoort te zetten\\b"));
        assertEquals(List.of("besl"), RulePattern.prefixes("\\bbesl(uit|oten) (\\w+ ){0,8}bij te dragen\\b"));
        assertEquals(List.of("f-16"), RulePattern.prefixes("\\bf-16'?s?\\b"));
        assertEquals(List.of("verhoog"), RulePattern.prefixes("\\bverhoog[dt]? (\\w+ ){0,3}bijdrage"));
        assertEquals(List.of("nieuw"), RulePattern.prefixes("\\bnieuwe? (mandaat|inzet)\\b"));
        assertEquals(List.of("missies", "operaties"), RulePattern.prefixes("(?<!\\bdeze |\\bdie )\\b(missies|operaties)\\b"));
        assertEquals(List.of("mali", "niger"), RulePattern.prefixes("\\b(\\Qmali\\E|\\Qniger\\E)\\b(?!-)"));
        assertEquals(List.of("zr.", "hr."), RulePattern.prefixes("\\b(zr\\.|hr\\.) ?ms"));
        // a rule wrapped in a group, as the name finder's cue joins them: the assertions inside are passed too
        assertEquals(List.of("verleng", "voort te zetten"),
                RulePattern.prefixes("(?:\\bverleng\\w*|\\bvoort te zetten\\b)"));
        assertEquals(List.of("besl"), RulePattern.prefixes("(?:\\bbesl(uit|oten) (\\w+ ){0,8}bij te dragen\\b)"));
        assertNull(RulePattern.prefixes("(?:\\bverleng\\w*|[a-z]+ing)"));
        // an optional group at the start: its prefixes and those of what follows
        assertEquals(List.of("de ", "vn", "eu"), RulePattern.prefixes("\\b(de )?(vn|eu)\\b"));
        assertEquals(List.of("de ", "het ", "missie"), RulePattern.prefixes("(?:de |het )*?\\bmissie"));
        assertEquals(List.of("de ", "vn ", "eu"), RulePattern.prefixes("(de )?(vn )?eu"));
        // a whole word, then a literal: the match begins where that word does
        assertEquals(List.of("\\w+-partners", "bondgenoten"),
                RulePattern.prefixes("\\b\\w+-partners\\b|\\bbondgenoten\\b"));
        assertNull(RulePattern.prefixes("\\w+-partners"));
        assertNull(RulePattern.prefixes("\\b\\w+?-partners"));
        // no prefix: a class, a word class, flags, an optional start before a word class
        assertNull(RulePattern.prefixes("(de )?\\w+"));
        assertNull(RulePattern.prefixes("\\bverleng\\w*|[a-z]+ing"));
        assertEquals(List.of("\\w+oefening"), RulePattern.prefixes("\\b\\w+oefening"));
        assertNull(RulePattern.prefixes("\\w+oefening"));
        assertNull(RulePattern.prefixes("(?i)verleng"));
        assertNull(RulePattern.prefixes("a?b"));
    }

    @Test
    void everyRulePatternFindsOnEveryLetterWhatFindFinds() throws Exception {
        List<String> regexes = new ArrayList<>();
        RuleSet rules = RuleSet.load(Path.of("rules"));
        for (String file : List.of("actions.tsv", "frames.tsv", "systems.tsv", "roles.tsv", "negations.tsv",
                "structure.tsv")) {
            Table table = rules.table(file);
            for (Table.Row r : table.rows()) {
                regexes.add(r.get("pattern"));
                if (file.equals("actions.tsv")) {
                    regexes.add("(?:" + r.get("pattern") + ")");     // as MissionModel's cue holds them
                }
            }
        }
        List<String> texts = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Path.of("corpus"))) {
            for (Path p : walk.filter(Files::isRegularFile).filter(p -> !p.toString().contains("gold")).sorted()
                    .toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                texts.add(Folding.foldSameLength(text).toLowerCase(java.util.Locale.ROOT));
            }
        }
        int filtered = 0;
        long matches = 0;
        for (String regex : regexes) {
            RulePattern rp = RulePattern.compile(regex);
            filtered += rp.filtered() ? 1 : 0;
            for (String text : texts) {
                List<String> expected = plainFind(rp.pattern(), text);
                List<String> actual = rp.matches(text).stream().map(RulePatternTest::describe).toList();
                assertEquals(expected, actual, regex);
                assertEquals(!expected.isEmpty(), rp.foundIn(text), regex);
                matches += expected.size();
            }
        }
        assertTrue(filtered > regexes.size() / 2, "most rules have a prefix: " + filtered + " of " + regexes.size());
        assertTrue(matches > 1000, "the comparison covers many matches: " + matches);
    }

    @Test
    void lookBehindAndWordBoundariesSeeTheTextBeforeTheCandidate() {
        RulePattern p = RulePattern.compile("(?<!\\bdeze )\\bmissies\\b");
        assertEquals(List.of("7-14:missies"), p.matches("andere missies en deze missies, nietmissies")
                .stream().map(RulePatternTest::describe).toList().subList(0, 1));
        assertEquals(2, p.matches("andere missies en deze missies, missies").size());
        assertFalse(p.foundIn("deze missies"));
    }

    @Test
    void aWordBeforeALiteralBeginsTheMatch() {
        RulePattern p = RulePattern.compile("\\b\\w+-partners\\b|\\boefening\\w*\\b|\\b\\w+oefening\\w*\\b");
        assertTrue(p.filtered());
        // a word of letters \\w does not take ("é") has no boundary where \\w+ could begin
        for (String text : List.of("de navo-partners, de eu-partners en de EU-partners", "café-partners",
                "-partners", "x-partners-partners", "de oefening, oefeningen en de gevechtsoefeningen",
                "uitoefeningoefening", "a_b9-partners", "één-partners oefening")) {
            assertEquals(plainFind(p.pattern(), text),
                    p.matches(text).stream().map(RulePatternTest::describe).toList(), text);
        }
        assertEquals(List.of("3-16:navo-partners"), p.matches("de navo-partners").stream()
                .map(RulePatternTest::describe).toList());
    }

    @Test
    void manyLiteralsAreFoundInOnePass() {
        List<String> countries = List.of("mali", "niger", "irak", "iran", "afghanistan", "libie", "litouwen",
                "letland", "estland", "polen", "roemenie", "e", "\u00e9en");
        RulePattern p = RulePattern.compile("\\b(" + String.join("|", countries) + ")\\b(?!-)");
        String text = "in mali, niger-delta en irak; niet in iranees. e \u00e9en estland/letland, polen roemenie";
        assertEquals(plainFind(p.pattern(), text), p.matches(text).stream().map(RulePatternTest::describe).toList());
        assertEquals(8, p.matches(text).size());
    }

    private static List<String> plainFind(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            if (m.end() > m.start()) {
                out.add(describe(m.toMatchResult()));
            }
        }
        return out;
    }

    private static String describe(MatchResult m) {
        return m.start() + "-" + m.end() + ":" + m.group();
    }
}
