package nl.kamerbrief.mandates.dataset;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.kamerbrief.mandates.rules.RuleSet;

/**
 * Three hand-made letters about EUFOR Althea and UNTSO, whose exports the tests check by hand:
 * <pre>
 * 2023-05-01-a  EUFOR Althea extend  max 10  until 2024-06-30 (incl.)   UNTSO extend 12 until 2023-12-31 (incl.)
 * 2023-09-01-b  EUFOR Althea reduce  8      from 2023-10-01 until 2025-07-31 (incl.)
 * 2024-03-01-c  UNTSO explore (no headcount, no date)
 * </pre>
 */
final class SmallDataset {

    static final String A = "Het kabinet verlengt de bijdrage van maximaal tien militairen aan EUFOR Althea tot en met "
            + "30 juni 2024. Ook UNTSO krijgt twaalf militairen, tot en met 31 december 2023.";
    static final String B = "Vanaf 1 oktober 2023 levert Nederland acht militairen aan EUFOR Althea, tot en met 31 juli "
            + "2025. Hij zei: \"tien, misschien\nelf\" militairen voor EUFOR Althea.";
    static final String C = "Het kabinet verkent een bijdrage aan UNTSO.";
    static final String QUOTED = "Hij zei: \"tien, misschien\nelf\" militairen voor EUFOR Althea.";

    private SmallDataset() {
    }

    static Dataset build(Path dir) throws Exception {
        RunFolders run = new RunFolders()
                .letter("2023-05-01-a", "2023-05-01", A)
                .letter("2023-09-01-b", "2023-09-01", B)
                .letter("2024-03-01-c", "2024-03-01", C);
        run.record("2023-05-01-a", "eufor-althea", "EUFOR Althea",
                        "Het kabinet verlengt de bijdrage van maximaal tien militairen aan EUFOR Althea tot en met "
                                + "30 juni 2024.")
                .action("extend").count(10, "max").end("2024-06-30", true, "tot en met 30 juni 2024");
        run.record("2023-05-01-a", "untso", "UNTSO", "Ook UNTSO krijgt twaalf militairen, tot en met 31 december 2023.")
                .organisation("UN").action("extend").count(12, "exact").end("2023-12-31", true, "tot en met 31 december 2023");
        run.record("2023-09-01-b", "eufor-althea", "EUFOR Althea", B.substring(0, B.indexOf(" Hij")))
                .action("reduce").count(8, "exact").start("2023-10-01").end("2025-07-31", true, "tot en met 31 juli 2025")
                .page(2);
        run.record("2023-09-01-b", "eufor-althea", "EUFOR Althea", QUOTED);
        run.record("2024-03-01-c", "untso", "UNTSO", C).organisation("UN").action("explore");
        Path out = run.write(dir);
        return new DatasetBuilder(new MissionAliases(RuleSet.load(Path.of("rules")).missions()),
                LocalDate.of(2024, 7, 1)).build(List.of(out));
    }
}
