package nl.kamerbrief.mandates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The import rules of ARCHITECTURE.md: which package may use which. A stage never imports another stage; only the
 * pipeline wires stages; the scorer and the text layer stand alone; only the CLI exits the JVM.
 */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/nl/kamerbrief/mandates");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?nl\\.kamerbrief\\.mandates\\.([a-z.]+)\\.[A-Z]",
            Pattern.MULTILINE);
    private static final Set<String> STAGES = Set.of("annotate.header", "annotate.segments", "annotate.dates",
            "annotate.missions", "annotate.headcounts", "annotate.actions", "annotate.frames");

    /** What each package may import (besides itself). A stage package is covered by "annotate.*". */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("text", Set.of()),
            Map.entry("ingest", Set.of("text", "ingest.pdf")),
            Map.entry("ingest.pdf", Set.of()),
            Map.entry("rules", Set.of("text")),
            Map.entry("annotate", Set.of("rules", "text")),
            Map.entry("annotate.*", Set.of("annotate", "rules", "text")),
            Map.entry("assemble", Set.of("annotate", "text")),
            Map.entry("emit", Set.of("assemble", "annotate", "text")),
            Map.entry("pipeline", union(STAGES, Set.of("annotate", "assemble", "ingest", "rules", "text"))),
            Map.entry("batch", Set.of("pipeline", "ingest", "emit", "assemble", "annotate", "text")),
            Map.entry("eval", Set.of()),
            Map.entry("sync", Set.of()),
            Map.entry("train", Set.of("pipeline", "ingest", "rules", "annotate", "annotate.missions", "batch",
                    "text")),
            Map.entry("dataset", Set.of("rules", "text")),
            Map.entry("report", Set.of("dataset")),
            Map.entry("cli", Set.of("*")));

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> s = new TreeSet<>(a);
        s.addAll(b);
        return s;
    }

    @Test
    void everyPackageImportsOnlyWhatItMay() throws IOException {
        List<String> broken = new ArrayList<>();
        Set<String> packages = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = MAIN.relativize(f.getParent()).toString().replace('/', '.');
                packages.add(pkg);
                Set<String> allowed = ALLOWED.get(STAGES.contains(pkg) ? "annotate.*" : pkg);
                if (allowed == null) {
                    broken.add(pkg + ": a package ARCHITECTURE.md does not describe");
                    continue;
                }
                Matcher m = IMPORT.matcher(Files.readString(f));
                while (m.find()) {
                    String used = m.group(1);
                    if (!used.equals(pkg) && !allowed.contains("*") && !allowed.contains(used)) {
                        broken.add(MAIN.relativize(f) + " imports " + used);
                    }
                }
            }
        }
        assertTrue(packages.containsAll(STAGES), "every stage package exists: " + packages);
        assertEquals(List.of(), broken);
    }

    @Test
    void onlyTheCommandLineExits() throws IOException {
        List<String> exits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (Files.readString(f).contains("System.exit(") && !f.startsWith(MAIN.resolve("cli"))) {
                    exits.add(MAIN.relativize(f).toString());
                }
            }
        }
        assertEquals(List.of(), exits);
    }

    @Test
    void theStagesThePipelineRunsAreTheDocumentedOnes() throws IOException {
        String arch = Files.readString(Path.of("ARCHITECTURE.md"));
        for (String stage : STAGES) {
            assertTrue(arch.contains(stage), "ARCHITECTURE.md names " + stage);
        }
    }
}
