package nl.kamerbrief.mandates.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.kamerbrief.mandates.text.Folding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules folder: the real one loads and is consistent; a broken copy reports every error with file and line. */
class RuleSetTest {

    private static final Path RULES = Path.of("rules");

    @TempDir
    Path tmp;

    @Test
    void theRealRulesLoad() throws RuleException {
        RuleSet rules = RuleSet.load(RULES);
        assertFalse(rules.missions().isEmpty());
        assertFalse(rules.places().isEmpty());
        assertFalse(rules.nonMissions().isEmpty());
        for (String table : List.of("places.tsv", "non-missions.tsv", "numerals.tsv", "months.tsv", "personnel.tsv",
                "qualifiers.tsv", "actions.tsv", "frames.tsv", "systems.tsv", "descriptions.tsv", "dates.tsv",
                "categories.tsv", "structure.tsv", "roles.tsv", "agents.tsv")) {
            assertFalse(rules.table(table).rows().isEmpty(), table + " has rows");
        }
        assertTrue(rules.abbreviations().containsAll(List.of("o.a.", "jl.", "nr.", "d.d.")), "abbreviations");
        assertTrue(rules.digest().matches("[0-9a-f]{64}"), rules.digest());
        assertThrows(IllegalArgumentException.class, () -> rules.table("no-such-table.tsv"));
    }

    @Test
    void theCatalogueHoldsTheMissionsOfTheGold() throws RuleException {
        Map<String, MissionEntry> byName = RuleSet.load(RULES).missions().stream()
                .collect(Collectors.toMap(m -> Folding.nameKey(m.name()), m -> m));
        for (String name : List.of("EUFOR Althea", "EUAM Oekraïne", "EUMM Georgië", "UNTSO", "UNIFIL", "EUPOL COPPS",
                "MINUSMA", "EUCAP Sahel Mali", "EUCAP Sahel Niger", "EUTM Mali", "EUCAP Somalië", "Patriots Slowakije",
                "eFP Litouwen", "NMI", "OIR", "SOLE", "EUFOR Tchad/RCA", "NTM-I")) {
            assertTrue(byName.containsKey(Folding.nameKey(name)), "catalogue has " + name);
        }
        MissionEntry untso = byName.get("untso");
        assertEquals("UN", untso.organisation());
        assertTrue(untso.aliases().contains("United Nations Truce Supervision Organization"));
    }

    /** Checked independently of the validator: ids are unique slugs, and one alias never names two missions. */
    @Test
    void theRealCatalogueIsConsistent() throws RuleException {
        List<MissionEntry> missions = RuleSet.load(RULES).missions();
        Set<String> ids = new HashSet<>();
        Map<String, String> owner = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (MissionEntry m : missions) {
            assertTrue(ids.add(m.id()), "duplicate id " + m.id());
            assertTrue(m.id().matches("[a-z0-9][a-z0-9-]*"), m.id());
            String previous = owner.put(Folding.nameKey(m.name()), m.id());
            if (previous != null) {
                clashes.add(m.name() + ": " + previous + " and " + m.id());
            }
        }
        for (MissionEntry m : missions) {
            for (String a : m.aliases()) {
                String previous = owner.putIfAbsent(Folding.nameKey(a), m.id());
                if (previous != null && !previous.equals(m.id())) {
                    clashes.add(a + ": " + previous + " and " + m.id());
                }
            }
            for (String link : new String[] {m.predecessor(), m.successor()}) {
                if (link != null) {
                    assertTrue(ids.contains(link), m.id() + " links to " + link);
                }
            }
        }
        assertTrue(clashes.isEmpty(), () -> "aliases naming two missions: " + clashes);
    }

    /** Every pattern of the rule tables finds a match in its own example (the rules' executable examples). */
    @Test
    void everyRulePatternMatchesItsExample() throws RuleException {
        RuleSet rules = RuleSet.load(RULES);
        List<String> failing = new ArrayList<>();
        for (String file : List.of("actions.tsv", "frames.tsv", "systems.tsv", "descriptions.tsv", "categories.tsv",
                "structure.tsv", "roles.tsv")) {
            for (Table.Row r : rules.table(file).rows()) {
                String example = r.get("example");
                if (example.isEmpty()) {
                    continue;
                }
                String tested = example.contains("|") ? example.substring(0, example.indexOf('|')) : example;
                if (!Pattern.compile(r.get("pattern")).matcher(Folding.foldSameLength(tested)).find()) {
                    failing.add(file + ":" + r.line());
                }
            }
        }
        assertTrue(failing.isEmpty(), () -> "patterns that miss their example: " + failing);
    }

    @Test
    void aCopyHasTheSameDigestAndAChangeChangesIt() throws Exception {
        Path copy = copyRules();
        assertEquals(RuleSet.load(RULES).digest(), RuleSet.load(copy).digest());
        Files.writeString(copy.resolve("abbreviations.txt"), "\nvs.\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        assertNotEquals(RuleSet.load(RULES).digest(), RuleSet.load(copy).digest());
    }

    @Test
    void aMissingFolderIsAnError() {
        RuleException e = assertThrows(RuleException.class, () -> RuleSet.load(tmp.resolve("no-rules")));
        assertEquals(1, e.problems().size());
        assertTrue(e.problems().get(0).message().contains("not found"), e.getMessage());
    }

    /**
     * A copy broken in five places at once: an alias shared by two missions, an unknown predecessor id, a pattern
     * that does not match its example, a pattern that does not compile, and a non-mission that is a mission's name.
     * All five are reported together, each with its file and line.
     */
    @Test
    void aBrokenCopyReportsEveryErrorWithFileAndLine() throws IOException {
        Path copy = copyRules();
        Path missionsJson = copy.resolve("missions.json");
        List<String> json = new ArrayList<>(Files.readAllLines(missionsJson, StandardCharsets.UTF_8));

        // "Kosovo Force" is an alias of KFOR; add it to UNTSO too
        int untso = lineOf(json, "\"id\": \"untso\"");
        int aliases = firstLineAfter(json, untso, "\"aliases\"");
        json.set(aliases, json.get(aliases).replaceFirst("\\[", "[\"Kosovo Force\", "));
        int kfor = lineOf(json, "\"id\": \"kfor\"");
        // EUTM Mali gets a predecessor that does not exist
        int eutm = lineOf(json, "\"id\": \"eutm-mali\"");
        int predecessor = firstLineAfter(json, eutm, "\"predecessor\"");
        json.set(predecessor, json.get(predecessor).replaceFirst("\"predecessor\": *(null|\"[^\"]*\")",
                "\"predecessor\": \"no-such-mission\""));
        Files.write(missionsJson, json, StandardCharsets.UTF_8);

        int actionsLine = appendRow(copy.resolve("actions.tsv"),
                Map.of("pattern", "\\bzeldzaamwoord\\b", "example", "het kabinet beëindigt de bijdrage"));
        int framesLine = appendRow(copy.resolve("frames.tsv"),
                Map.of("pattern", "\\b(kapot", "example", "een kapot patroon"));
        int nonMissionLine = appendRow(copy.resolve("non-missions.tsv"),
                Map.of("name", "UNTSO", "type", "organisation", "aliases", ""));

        RuleException e = assertThrows(RuleException.class, () -> RuleSet.load(copy));
        List<RuleProblem> errors = e.problems().stream()
                .filter(p -> p.severity() == RuleProblem.Severity.ERROR).toList();

        RuleProblem shared = problem(errors, "missions.json", "Kosovo Force");
        assertTrue(withinMission(json, shared.line(), untso) || withinMission(json, shared.line(), kfor),
                () -> "line " + shared.line() + " is not UNTSO's or KFOR's: " + shared);
        RuleProblem link = problem(errors, "missions.json", "no-such-mission");
        assertTrue(withinMission(json, link.line(), eutm), () -> "line " + link.line() + " is not EUTM Mali's: " + link);
        assertEquals(actionsLine, problem(errors, "actions.tsv", "zeldzaamwoord").line());
        assertEquals(framesLine, problem(errors, "frames.tsv", "compile").line());
        assertEquals(nonMissionLine, problem(errors, "non-missions.tsv", "UNTSO").line());
        assertEquals(5, errors.size(), () -> "exactly the five errors made:\n" + e.getMessage());

        for (RuleProblem p : errors) {
            assertTrue(e.getMessage().contains(p.file() + ":" + p.line()), () -> "message names " + p);
        }
    }

    /** A row with a tab too many and a header without a required column. */
    @Test
    void aBrokenTableReportsItsLine() throws IOException {
        Path copy = copyRules();
        Path months = copy.resolve("months.tsv");
        List<String> lines = new ArrayList<>(Files.readAllLines(months, StandardCharsets.UTF_8));
        int mei = lineOf(lines, "mei\t5");
        lines.set(mei, lines.get(mei) + "\textra\tcells");
        Files.write(months, lines, StandardCharsets.UTF_8);
        Path qualifiers = copy.resolve("qualifiers.tsv");
        List<String> q = new ArrayList<>(Files.readAllLines(qualifiers, StandardCharsets.UTF_8));
        int header = lineOf(q, "phrase\tqualifier");
        q.set(header, "phrase\tsoort");
        Files.write(qualifiers, q, StandardCharsets.UTF_8);

        RuleException e = assertThrows(RuleException.class, () -> RuleSet.load(copy));
        assertEquals(mei + 1, problem(e.problems(), "months.tsv", "cells").line());
        assertEquals(header + 1, problem(e.problems(), "qualifiers.tsv", "qualifier").line());
    }

    // ------------------------------------------------------------------ helpers

    private Path copyRules() throws IOException {
        Path copy = tmp.resolve("rules");
        try (Stream<Path> files = Files.walk(RULES)) {
            for (Path p : files.sorted().toList()) {
                Path target = copy.resolve(RULES.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return copy;
    }

    /** The 0-based index of the first line containing {@code text}. */
    private static int lineOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no line holds " + text);
    }

    private static int firstLineAfter(List<String> lines, int from, String text) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no line after " + from + " holds " + text);
    }

    /** Whether 1-based {@code line} is the line of the mission object whose id is on 0-based line {@code idLine}. */
    private static boolean withinMission(List<String> json, int line, int idLine) {
        int open = idLine;
        while (open > 0 && !json.get(open).strip().startsWith("{")) {
            open--;
        }
        return line >= open + 1 && line <= idLine + 1;
    }

    /** Appends a row with the given cells (others copied from the first row); returns its 1-based line. */
    private static int appendRow(Path table, Map<String, String> cells) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(table, StandardCharsets.UTF_8));
        String[] header = null;
        String[] first = null;
        for (String l : lines) {
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            if (header == null) {
                header = l.split("\t", -1);
            } else {
                first = l.split("\t", -1);
                break;
            }
        }
        if (header == null || first == null) {
            fail("no header and row in " + table);
        }
        List<String> row = new ArrayList<>();
        for (int c = 0; c < header.length; c++) {
            String col = header[c].strip();
            row.add(cells.containsKey(col) ? cells.get(col) : c < first.length ? first[c] : "");
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        lines.add(String.join("\t", row));
        Files.write(table, lines, StandardCharsets.UTF_8);
        return lines.size();
    }

    private static RuleProblem problem(List<RuleProblem> problems, String file, String text) {
        List<RuleProblem> hits = problems.stream()
                .filter(p -> p.file().equals(file) && p.message().contains(text)).toList();
        if (hits.size() != 1) {
            fail("expected one problem in " + file + " about '" + text + "', found " + hits.size() + " among:\n"
                    + problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
        }
        return hits.get(0);
    }
}
