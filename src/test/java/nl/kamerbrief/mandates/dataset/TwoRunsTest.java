package nl.kamerbrief.mandates.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.kamerbrief.mandates.cli.CliTest;
import nl.kamerbrief.mandates.rules.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two real extract runs that read some letters twice: each letter counts once; a changed letter, the later run's. */
class TwoRunsTest {

    private static final String ALTHEA = "corpus/2022-06-17-kennisgeving-eufor-althea.txt";
    private static final String NTM_2005 = "corpus/more/2005-01-14-brief-eerste-bijdrage-ntm-i-irak.txt";
    private static final String NTM_2010 = "corpus/more/2010-02-01-brief-verlenging-ntm-i-irak.txt";

    @TempDir
    Path tmp;

    @Test
    void aLetterReadByBothRunsCountsOnce() throws Exception {
        Path first = extract("first", ALTHEA, NTM_2005);
        Path second = extract("second", ALTHEA, NTM_2010);
        Dataset d = build(first, second);

        assertEquals(List.of("2005-01-14-brief-eerste-bijdrage-ntm-i-irak", "2010-02-01-brief-verlenging-ntm-i-irak",
                "2022-06-17-kennisgeving-eufor-althea"), d.documents().stream().map(SourceDocument::id).toList());
        MissionTimeline althea = d.missions().stream().filter(m -> m.id().equals("eufor-althea")).findFirst()
                .orElseThrow();
        assertEquals(1, althea.records().size(), "the letter of both runs gives its one record once");
        assertEquals(second.toString(), althea.records().get(0).document().source(), "the later run's version");
        MissionTimeline ntm = d.missions().stream().filter(m -> m.id().equals("ntm-i")).findFirst().orElseThrow();
        assertEquals(List.of(25, 5), ntm.records().stream().map(r -> r.record().personnel().count()).toList());
        assertEquals(d.records().size(), d.records().stream().map(DatasetRecord::key).distinct().count());
        assertTrue(d.warnings().isEmpty(), d.warnings().toString());
    }

    @Test
    void aLetterThatChangedBetweenRunsIsTakenFromTheLaterRunWithAWarning() throws Exception {
        Path first = extract("first", ALTHEA);
        Path changedDir = Files.createDirectories(tmp.resolve("changed"));
        Path changed = changedDir.resolve("2022-06-17-kennisgeving-eufor-althea.txt");
        String text = Files.readString(Path.of(ALTHEA), StandardCharsets.UTF_8);
        assertTrue(text.contains("31 juli 2025"), "fixture: the letter names 31 juli 2025");
        Files.writeString(changed, text.replace("31 juli 2025", "31 december 2026"), StandardCharsets.UTF_8);
        Path second = extract("second", changed.toString());

        Dataset d = build(first, second);
        assertEquals(1, d.documents().size());
        assertEquals(second.toString(), d.documents().get(0).source());
        assertEquals(1, d.warnings().size(), d.warnings().toString());
        assertTrue(d.warnings().get(0).contains("2022-06-17-kennisgeving-eufor-althea")
                && d.warnings().get(0).contains(second.toString()), d.warnings().get(0));
        assertEquals(LocalDate.of(2026, 12, 31), d.missions().get(0).state().endDate().value());

        // given the other way round, the first run is the later one
        Dataset reversed = build(second, first);
        assertEquals(LocalDate.of(2025, 7, 31), reversed.missions().get(0).state().endDate().value());
    }

    private Path extract(String name, String... letters) {
        Path out = tmp.resolve(name);
        String[] args = new String[4 + letters.length];
        args[0] = "extract";
        args[1] = "-q";
        args[2] = "-o";
        args[3] = out.toString();
        System.arraycopy(letters, 0, args, 4, letters.length);
        CliTest.Run run = CliTest.execute(args);
        assertEquals(0, run.exit(), run.err());
        return out;
    }

    private static Dataset build(Path... runs) throws IOException, DatasetException {
        try {
            return new DatasetBuilder(new MissionAliases(RuleSet.load(Path.of("rules")).missions()),
                    LocalDate.of(2026, 1, 1)).build(List.of(runs));
        } catch (nl.kamerbrief.mandates.rules.RuleException e) {
            throw new AssertionError(e);
        }
    }
}
