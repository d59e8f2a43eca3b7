package nl.kamerbrief.mandates.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.kamerbrief.mandates.rules.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Missions joined across runs on {@code mission.id} and the aliases of {@code rules/missions.json}: a run made when
 * the catalogue lacked a name ("EUFOR BiH" found by the name finder, its own slug as id) joins the mission the name
 * is now an alias of; unknown missions join on their name.
 */
class AliasJoinTest {

    private static final String T1 = "Nederland levert tien militairen aan EUFOR Althea tot en met 30 juni 2024.";
    private static final String T2 = "De bijdrage aan EUFOR BiH wordt verlengd met acht militairen.";
    private static final String T3 = "De bijdrage aan Operation Althea blijft ongewijzigd.";
    private static final String T4 = "Nederland stuurt twee experts naar de Grensmissie Atlantis.";
    private static final String T5 = "De grensmissie Atlantis krijgt drie experts.";

    @TempDir
    Path tmp;

    @Test
    void recordsNamingOneMissionByItsAliasesShareItsTimeline() throws Exception {
        RunFolders old = new RunFolders()
                .letter("2022-01-10-brief", "2022-01-10", T2)
                .letter("2022-03-01-brief", "2022-03-01", T4);
        old.record("2022-01-10-brief", "eufor-bih", "EUFOR BiH", "EUFOR BiH wordt verlengd met acht militairen")
                .unknownMission().action("extend").count(8, "exact");
        old.record("2022-03-01-brief", "grensmissie-atlantis", "Grensmissie Atlantis", T4).unknownMission()
                .count(2, "exact");
        RunFolders recent = new RunFolders()
                .letter("2021-06-01-brief", "2021-06-01", T1)
                .letter("2023-02-01-brief", "2023-02-01", T3)
                .letter("2023-04-01-brief", "2023-04-01", T5);
        recent.record("2021-06-01-brief", "eufor-althea", "EUFOR Althea", T1).count(10, "exact")
                .end("2024-06-30", true, "tot en met 30 juni 2024");
        recent.record("2023-02-01-brief", "operation-althea", "Operation Althea", T3).unknownMission()
                .action("continue");
        recent.record("2023-04-01-brief", "atlantis-grensmissie", "grensmissie Atlantis", T5).unknownMission()
                .count(3, "exact");

        Dataset d = new DatasetBuilder(new MissionAliases(RuleSet.load(Path.of("rules")).missions()),
                LocalDate.of(2024, 1, 1)).build(List.of(old.write(tmp.resolve("old")),
                recent.write(tmp.resolve("recent"))));

        assertEquals(List.of("eufor-althea", "grensmissie-atlantis"),
                d.missions().stream().map(MissionTimeline::id).toList());
        MissionTimeline althea = d.missions().get(0);
        assertEquals("EUFOR Althea", althea.name(), "the catalogue's name");
        assertEquals("EU", althea.organisation());
        assertTrue(althea.known());
        assertEquals(List.of("2021-06-01-brief#1", "2022-01-10-brief#1", "2023-02-01-brief#1"),
                althea.records().stream().map(DatasetRecord::key).toList());
        assertEquals(8, althea.state().count());
        assertEquals("continue", althea.state().action());

        MissionTimeline atlantis = d.missions().get(1);
        assertFalse(atlantis.known());
        assertEquals(List.of(2, 3), atlantis.records().stream().map(r -> r.record().personnel().count()).toList(),
                "two ids of one unknown name: one mission");
    }
}
