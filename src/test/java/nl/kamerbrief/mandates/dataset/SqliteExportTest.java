package nl.kamerbrief.mandates.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kamerbrief.mandates.rules.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mandates.sqlite}: tables with keys, foreign keys and indexes; the README's five queries run, and two of
 * them give on {@link SmallDataset} the rows worked out by hand from its three letters.
 */
class SqliteExportTest {

    @TempDir
    Path tmp;

    @Test
    void theSchemaHasKeysForeignKeysAndIndexes() throws Exception {
        try (Connection c = open(small())) {
            assertEquals(Set.of("dataset_info", "documents", "missions", "records", "flags"),
                    strings(c, "SELECT name FROM sqlite_master WHERE type = 'table'"));
            assertEquals(Set.of("missions.id", "documents.id"),
                    strings(c, "SELECT \"table\" || '.' || \"to\" FROM pragma_foreign_key_list('records')"));
            assertEquals(Set.of("missions.id"),
                    strings(c, "SELECT \"table\" || '.' || \"to\" FROM pragma_foreign_key_list('flags')"));
            assertEquals(Set.of("documents.id"),
                    strings(c, "SELECT \"table\" || '.' || \"to\" FROM pragma_foreign_key_list('missions')"));
            Set<String> indexes = strings(c, "SELECT name FROM sqlite_master WHERE type = 'index'");
            assertTrue(indexes.containsAll(Set.of("records_by_document", "records_by_dates", "records_by_action",
                    "documents_by_date", "missions_by_organisation", "flags_by_mission")), indexes.toString());
            assertEquals(Set.of(), strings(c, "SELECT * FROM pragma_foreign_key_check"), "no broken reference");
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA foreign_keys = ON");
                SQLException e = assertThrows(SQLException.class, () -> s.execute("INSERT INTO records (id, "
                        + "mission_id, position, document_id, shared, evidence_start, evidence_end) "
                        + "VALUES ('x#1', 'no-such-mission', 9, '2023-05-01-a', 0, 0, 1)"));
                assertTrue(e.getMessage().contains("FOREIGN KEY"), e.getMessage());
            }
            assertEquals(List.of("5"), rows(c, "SELECT COUNT(*) FROM records"));
            // the current state worked out by hand: EUFOR Althea's 8 and end of 31 July 2025 from letter b (its
            // second record there states neither), UNTSO's 12 and end from letter a, its exploration from letter c
            assertEquals(List.of("eufor-althea|EUFOR Althea|EU|1|3|2023-05-01|2023-09-01|8|2023-09-01-b|2025-07-31"
                            + "|2025-07-31|2023-09-01-b|reduce|2023-09-01-b",
                            "untso|UNTSO|UN|1|2|2023-05-01|2024-03-01|12|2023-05-01-a|2023-12-31|2023-12-31"
                                    + "|2023-05-01-a|explore|2024-03-01-c"),
                    rows(c, "SELECT * FROM missions ORDER BY name"));
        }
    }

    @Test
    void readmeQueryOneListsWhatRanOnTheFirstOfJanuary2024() throws Exception {
        try (Connection c = open(small())) {
            // UNTSO's twelve ended on 31 December 2023; the exploration of 2024 runs nothing
            assertEquals(List.of("EUFOR Althea|EU|10|2023-05-01|2024-06-30|2023-05-01-a",
                    "EUFOR Althea|EU|8|2023-10-01|2025-07-31|2023-09-01-b"), rows(c, readmeQueries().get(0)));
        }
    }

    @Test
    void readmeQueryTwoSumsTheLastHeadcountOfEachMissionPerOrganisationAndYear() throws Exception {
        try (Connection c = open(small())) {
            // 2023: EUFOR Althea's last headcount is 8 (September), UNTSO's 12; 2024 states no headcount
            assertEquals(List.of("2023|EU|8|1", "2023|UN|12|1"), rows(c, readmeQueries().get(1)));
        }
    }

    @Test
    void everyReadmeQueryRunsOnTheCorpusDataset() throws Exception {
        Dataset d = new DatasetBuilder(new MissionAliases(RuleSet.load(Path.of("rules")).missions()),
                java.time.LocalDate.of(2026, 1, 1)).build(List.of(CorpusRun.output()));
        Path out = tmp.resolve("corpus-dataset");
        DatasetWriter.write(d, out);
        List<String> queries = readmeQueries();
        assertEquals(5, queries.size());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + out.resolve("mandates.sqlite"))) {
            for (String q : queries) {
                rows(c, q);
            }
            // query 3: EUFOR Althea's history in the order of its timeline
            List<String> history = rows(c, queries.get(2));
            assertEquals(d.missions().stream().filter(m -> m.id().equals("eufor-althea")).findFirst().orElseThrow()
                    .records().size(), history.size());
            assertTrue(history.get(0).startsWith("1|2022-06-17|2022-06-17-kennisgeving-eufor-althea|"), history.get(0));
            // query 5: as many rows as flags
            assertEquals(d.flagCount(), rows(c, queries.get(4)).size());
        }
    }

    private Path small() throws Exception {
        Path out = tmp.resolve("dataset");
        DatasetWriter.write(SmallDataset.build(tmp.resolve("run")), out);
        return out.resolve("mandates.sqlite");
    }

    private static Connection open(Path db) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + db);
    }

    /** The SQL blocks of README.md's dataset section, in order. */
    static List<String> readmeQueries() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("```sql\n(.*?)```", Pattern.DOTALL).matcher(readme);
        List<String> queries = new ArrayList<>();
        while (m.find()) {
            queries.add(m.group(1));
        }
        return queries;
    }

    static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    cells.add(rs.getString(i));
                }
                rows.add(String.join("|", cells));
            }
        }
        return rows;
    }

    private static Set<String> strings(Connection c, String sql) throws SQLException {
        return new TreeSet<>(rows(c, sql));
    }
}
