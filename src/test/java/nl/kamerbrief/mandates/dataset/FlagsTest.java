package nl.kamerbrief.mandates.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flags on small hand-made timelines: letters of one date that disagree, and mandates that ran out. */
class FlagsTest {

    private static final String A = "Het kabinet verlengt de bijdrage van maximaal tien militairen aan EUFOR Althea.";
    private static final String B = "Nederland draagt acht militairen bij aan EUFOR Althea.";
    private static final String PARTS = "Een compagnie van 175 militairen en een staf van 20 militairen voor EUFOR Althea.";

    @TempDir
    Path tmp;

    @Test
    void twoLettersOfOneDateWithOtherHeadcountsDisagree() throws Exception {
        RunFolders run = new RunFolders()
                .letter("2023-05-01-kamerbrief", "2023-05-01", A)
                .letter("2023-05-01-beslisnota", "2023-05-01", B);
        run.record("2023-05-01-kamerbrief", "eufor-althea", "EUFOR Althea", A).action("extend").count(10, "max");
        run.record("2023-05-01-beslisnota", "eufor-althea", "EUFOR Althea", B).action("extend").count(8, "exact");
        List<Flag> flags = flags(run, LocalDate.of(2024, 1, 1));
        assertEquals(1, flags.size(), flags.toString());
        Flag f = flags.get(0);
        assertEquals(Flag.SAME_DATE_DISAGREEMENT, f.kind());
        assertEquals(LocalDate.of(2023, 5, 1), f.date());
        assertEquals(List.of("2023-05-01-beslisnota", "2023-05-01-kamerbrief"), f.documents());
        assertTrue(f.detail().contains("2023-05-01-kamerbrief gives 10") && f.detail().contains("beslisnota gives 8"),
                f.detail());
    }

    @Test
    void lettersOfOneDateThatAgreeOrOfOtherDatesAreNoDisagreement() throws Exception {
        RunFolders run = new RunFolders()
                .letter("2023-05-01-kamerbrief", "2023-05-01", A)
                .letter("2023-05-01-beslisnota", "2023-05-01", A)
                .letter("2023-06-01-kamerbrief", "2023-06-01", B);
        run.record("2023-05-01-kamerbrief", "eufor-althea", "EUFOR Althea", A).count(10, "max");
        run.record("2023-05-01-beslisnota", "eufor-althea", "EUFOR Althea", A).count(10, "max");
        run.record("2023-06-01-kamerbrief", "eufor-althea", "EUFOR Althea", B).count(8, "exact");
        assertEquals(List.of(), flags(run, LocalDate.of(2024, 1, 1)));
    }

    @Test
    void oneLetterGivingAContributionInPartsIsNoDisagreement() throws Exception {
        RunFolders run = new RunFolders().letter("2025-04-25-althea", "2025-04-25", PARTS);
        run.record("2025-04-25-althea", "eufor-althea", "EUFOR Althea", "Een compagnie van 175 militairen")
                .count(175, "exact");
        run.record("2025-04-25-althea", "eufor-althea", "EUFOR Althea", "een staf van 20 militairen").count(20, "exact");
        assertEquals(List.of(), flags(run, LocalDate.of(2025, 5, 1)));
    }

    @Test
    void anEndDateThatPassedWithNoLaterLetterIsFlaggedAsOfTheGivenDay() throws Exception {
        RunFolders run = new RunFolders().letter("2023-05-01-kamerbrief", "2023-05-01", A);
        run.record("2023-05-01-kamerbrief", "eufor-althea", "EUFOR Althea", A).action("extend").count(10, "max")
                .end("2024-06-30", true, "tot en met 30 juni 2024");
        List<Flag> passed = flags(run, LocalDate.of(2024, 7, 1));
        assertEquals(1, passed.size(), passed.toString());
        assertEquals(Flag.END_DATE_PASSED, passed.get(0).kind());
        assertEquals(LocalDate.of(2024, 6, 30), passed.get(0).date());
        assertEquals(List.of("2023-05-01-kamerbrief"), passed.get(0).documents());
        // on its last day the mandate still runs
        assertEquals(List.of(), flags(run, LocalDate.of(2024, 6, 30)));
    }

    @Test
    void anExclusiveEndDateEndsTheDayBefore() throws Exception {
        RunFolders run = new RunFolders().letter("2023-05-01-kamerbrief", "2023-05-01", A);
        run.record("2023-05-01-kamerbrief", "eufor-althea", "EUFOR Althea", A).action("extend")
                .end("2025-01-01", false, "tot 1 januari 2025");
        List<Flag> flags = flags(run, LocalDate.of(2025, 1, 1));
        assertEquals(1, flags.size(), flags.toString());
        assertEquals(LocalDate.of(2024, 12, 31), flags.get(0).date());
    }

    @Test
    void aLetterAfterTheEndDateOrATerminationClearsTheFlag() throws Exception {
        RunFolders later = new RunFolders()
                .letter("2023-05-01-kamerbrief", "2023-05-01", A)
                .letter("2024-09-01-kamerbrief", "2024-09-01", B);
        later.record("2023-05-01-kamerbrief", "eufor-althea", "EUFOR Althea", A).action("extend")
                .end("2024-06-30", true, "tot en met 30 juni 2024");
        later.record("2024-09-01-kamerbrief", "eufor-althea", "EUFOR Althea", B).action("continue").count(8, "exact");
        assertEquals(List.of(), flags(later, LocalDate.of(2025, 1, 1)), "a letter after the end says what came next");

        RunFolders ended = new RunFolders().letter("2023-05-01-kamerbrief", "2023-05-01", A);
        ended.record("2023-05-01-kamerbrief", "eufor-althea", "EUFOR Althea", A).action("terminate")
                .end("2024-06-30", true, "tot en met 30 juni 2024");
        assertEquals(List.of(), flags(ended, LocalDate.of(2025, 1, 1)), "a terminated contribution ends as decided");
    }

    @Test
    void aLetterBeforeTheEndDateDoesNotClearIt() throws Exception {
        RunFolders run = new RunFolders()
                .letter("2023-05-01-kamerbrief", "2023-05-01", A)
                .letter("2024-03-01-kamerbrief", "2024-03-01", B);
        run.record("2023-05-01-kamerbrief", "eufor-althea", "EUFOR Althea", A).action("extend")
                .end("2024-06-30", true, "tot en met 30 juni 2024");
        run.record("2024-03-01-kamerbrief", "eufor-althea", "EUFOR Althea", B).action("continue").count(8, "exact");
        List<Flag> flags = flags(run, LocalDate.of(2025, 1, 1));
        assertEquals(List.of(Flag.END_DATE_PASSED), flags.stream().map(Flag::kind).toList());
    }

    private List<Flag> flags(RunFolders run, LocalDate asOf) throws Exception {
        Path dir = run.write(tmp.resolve("run-" + System.nanoTime()));
        Dataset d = new DatasetBuilder(MissionAliases.none(), asOf).build(List.of(dir));
        assertEquals(1, d.missions().size());
        return d.missions().get(0).flags();
    }
}
