package nl.kamerbrief.mandates.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Everything under {@code rules/}, read once at start-up: the mission catalogue, the places, the lexicons, the
 * trained models. Validation collects every problem with its file and line before failing. The digest covers
 * every rule file, so a run log says exactly which rules made its records.
 *
 * <p>This class only reads and checks data; each annotator compiles its part (a matcher, a lexicon) from it.
 */
public final class RuleSet {

    /** The tab-separated files and the columns each must have. */
    static final Map<String, List<String>> TABLES = tables();

    private static Map<String, List<String>> tables() {
        Map<String, List<String>> t = new LinkedHashMap<>();
        t.put("places.tsv", List.of("nl", "en", "type", "members", "aliases"));
        t.put("non-missions.tsv", List.of("name", "type", "aliases"));
        t.put("numerals.tsv", List.of("word", "value", "type"));
        t.put("months.tsv", List.of("month", "number", "forms"));
        t.put("personnel.tsv", List.of("noun", "forms", "categories", "kind", "compound"));
        t.put("qualifiers.tsv", List.of("phrase", "qualifier"));
        t.put("actions.tsv", List.of("pattern", "action", "example"));
        t.put("frames.tsv", List.of("pattern", "frame", "example"));
        t.put("systems.tsv", List.of("pattern", "system", "kind", "example"));
        t.put("descriptions.tsv", List.of("pattern", "role", "value", "example"));
        t.put("dates.tsv", List.of("word", "type", "value"));
        t.put("categories.tsv", List.of("pattern", "category", "example"));
        t.put("structure.tsv", List.of("pattern", "marker", "example"));
        t.put("roles.tsv", List.of("pattern", "role", "example"));
        t.put("agents.tsv", List.of("word", "role"));
        t.put("name-heads.tsv", List.of("word", "kind"));
        t.put("negations.tsv", List.of("pattern", "kind", "example"));
        return Map.copyOf(t);
    }

    static final Set<String> ORGANISATIONS = Set.of("EU", "NATO", "UN", "OSCE", "coalition", "bilateral", "ICC");
    static final Set<String> KINDS = Set.of("military", "civilian", "police", "training", "maritime", "air");

    private final Path dir;
    private final List<MissionEntry> missions;
    private final List<PlaceEntry> places;
    private final List<NonMissionEntry> nonMissions;
    private final Map<String, Table> tables;
    private final List<String> abbreviations;
    private final String digest;
    private final List<RuleProblem> warnings;

    private RuleSet(Path dir, List<MissionEntry> missions, List<PlaceEntry> places, List<NonMissionEntry> nonMissions,
                    Map<String, Table> tables, List<String> abbreviations, String digest, List<RuleProblem> warnings) {
        this.dir = dir;
        this.missions = List.copyOf(missions);
        this.places = List.copyOf(places);
        this.nonMissions = List.copyOf(nonMissions);
        this.tables = Map.copyOf(tables);
        this.abbreviations = List.copyOf(abbreviations);
        this.digest = digest;
        this.warnings = List.copyOf(warnings);
    }

    /** Loads and validates {@code dir}; fails with every error found. Warnings are kept in {@link #warnings()}. */
    public static RuleSet load(Path dir) throws RuleException {
        List<RuleProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            throw new RuleException(List.of(RuleProblem.error(dir.toString(), 0, "rules folder not found")));
        }
        Map<String, Table> tables = new TreeMap<>();
        for (var e : TABLES.entrySet()) {
            String content = read(dir.resolve(e.getKey()), e.getKey(), problems);
            if (content != null) {
                tables.put(e.getKey(), Table.parse(e.getKey(), content, e.getValue(), problems));
            }
        }
        List<MissionEntry> missions = new ArrayList<>();
        String json = read(dir.resolve("missions.json"), "missions.json", problems);
        if (json != null) {
            missions = MissionCatalogReader.read(json, problems);
        }
        List<PlaceEntry> places = new ArrayList<>();
        if (tables.containsKey("places.tsv")) {
            for (Table.Row r : tables.get("places.tsv").rows()) {
                places.add(new PlaceEntry(r.get("nl"), r.get("en"), r.get("type"), r.list("members"),
                        r.list("aliases"), r.line()));
            }
        }
        List<NonMissionEntry> nonMissions = new ArrayList<>();
        if (tables.containsKey("non-missions.tsv")) {
            for (Table.Row r : tables.get("non-missions.tsv").rows()) {
                nonMissions.add(new NonMissionEntry(r.get("name"), r.get("type"), r.list("aliases"), r.line()));
            }
        }
        List<String> abbreviations = new ArrayList<>();
        String abbr = read(dir.resolve("abbreviations.txt"), "abbreviations.txt", problems);
        if (abbr != null) {
            for (String line : abbr.split("\n")) {
                String a = line.strip();
                if (!a.isEmpty() && !a.startsWith("#")) {
                    abbreviations.add(a);
                }
            }
        }
        RuleValidator.validate(missions, places, nonMissions, tables, problems);
        List<RuleProblem> errors = problems.stream().filter(p -> p.severity() == RuleProblem.Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            throw new RuleException(problems);
        }
        List<RuleProblem> warnings = problems.stream()
                .filter(p -> p.severity() == RuleProblem.Severity.WARNING).toList();
        return new RuleSet(dir, missions, places, nonMissions, tables, abbreviations, digest(dir), warnings);
    }

    private static String read(Path file, String name, List<RuleProblem> problems) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(RuleProblem.error(name, 0, "cannot read: " + e.getMessage()));
            return null;
        }
    }

    /** SHA-256 over every file under the rules folder, in sorted path order (path and bytes). */
    static String digest(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                md.update(dir.relativize(p).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(Files.readAllBytes(p));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash rules folder " + dir, e);
        }
    }

    public Path dir() {
        return dir;
    }

    public List<MissionEntry> missions() {
        return missions;
    }

    public List<PlaceEntry> places() {
        return places;
    }

    public List<NonMissionEntry> nonMissions() {
        return nonMissions;
    }

    /** A lexicon table by file name, e.g. {@code "months.tsv"}. */
    public Table table(String file) {
        Table t = tables.get(file);
        if (t == null) {
            throw new IllegalArgumentException("no rule table " + file);
        }
        return t;
    }

    public List<String> abbreviations() {
        return abbreviations;
    }

    /** A trained model under {@code rules/models/}, or null when it has not been trained. */
    public Path model(String fileName) {
        Path p = dir.resolve("models").resolve(fileName);
        return Files.isRegularFile(p) ? p : null;
    }

    public String digest() {
        return digest;
    }

    public List<RuleProblem> warnings() {
        return warnings;
    }

    static JsonNode parseJson(String json) throws IOException {
        return new ObjectMapper().readTree(json);
    }
}
