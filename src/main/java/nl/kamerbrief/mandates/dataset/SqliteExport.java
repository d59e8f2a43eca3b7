package nl.kamerbrief.mandates.dataset;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code mandates.sqlite}: the dataset as a SQLite database (xerial's sqlite-jdbc), with tables {@code documents},
 * {@code missions}, {@code records} and {@code flags}, primary and foreign keys, and indexes for the usual
 * questions (a mission's history, what ran on a date, a letter's records). Dates are ISO text
 * ({@code YYYY-MM-DD}), so they compare and sort as dates; booleans are 0/1.
 */
public final class SqliteExport {

    static final List<String> SCHEMA = List.of("""
            CREATE TABLE dataset_info (
              key   TEXT PRIMARY KEY,
              value TEXT
            )""", """
            CREATE TABLE documents (
              id         TEXT PRIMARY KEY,
              date       TEXT,
              kamerstuk  TEXT,
              path       TEXT,
              sha256     TEXT,
              media_type TEXT,
              language   TEXT,
              pages      INTEGER,
              characters INTEGER,
              records    INTEGER NOT NULL,
              source     TEXT
            )""", """
            CREATE TABLE missions (
              id                      TEXT PRIMARY KEY,
              name                    TEXT NOT NULL,
              organisation            TEXT,
              known                   INTEGER NOT NULL,
              records                 INTEGER NOT NULL,
              first_letter            TEXT,
              last_letter             TEXT,
              current_count           INTEGER,
              current_count_document  TEXT REFERENCES documents(id),
              current_end_date        TEXT,
              current_last_day        TEXT,
              current_end_document    TEXT REFERENCES documents(id),
              current_action          TEXT,
              current_action_document TEXT REFERENCES documents(id)
            )""", """
            CREATE TABLE records (
              id                     TEXT PRIMARY KEY,
              mission_id             TEXT NOT NULL REFERENCES missions(id),
              position               INTEGER NOT NULL,
              document_id            TEXT NOT NULL REFERENCES documents(id),
              mission_name_in_letter TEXT,
              mission_text           TEXT,
              action                 TEXT,
              personnel_count        INTEGER,
              personnel_min          INTEGER,
              personnel_max          INTEGER,
              qualifier              TEXT,
              previous               INTEGER,
              shared                 INTEGER NOT NULL,
              categories             TEXT,
              personnel_text         TEXT,
              start_date             TEXT,
              start_precision        TEXT,
              start_text             TEXT,
              end_date               TEXT,
              end_precision          TEXT,
              end_inclusive          INTEGER,
              end_text               TEXT,
              last_day               TEXT,
              duration               TEXT,
              duration_text          TEXT,
              evidence_page          INTEGER,
              evidence_start         INTEGER NOT NULL,
              evidence_end           INTEGER NOT NULL,
              evidence_quote         TEXT,
              confidence             REAL,
              UNIQUE (mission_id, position)
            )""", """
            CREATE TABLE flags (
              id         INTEGER PRIMARY KEY,
              mission_id TEXT NOT NULL REFERENCES missions(id),
              kind       TEXT NOT NULL,
              date       TEXT,
              documents  TEXT NOT NULL,
              detail     TEXT NOT NULL
            )""",
            "CREATE INDEX records_by_document ON records(document_id)",
            "CREATE INDEX records_by_dates ON records(start_date, last_day)",
            "CREATE INDEX records_by_action ON records(action)",
            "CREATE INDEX documents_by_date ON documents(date)",
            "CREATE INDEX missions_by_organisation ON missions(organisation)",
            "CREATE INDEX flags_by_mission ON flags(mission_id, kind)");

    private SqliteExport() {
    }

    /** Writes the dataset into a new database at {@code file} (which must not exist). */
    public static void write(Dataset dataset, Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA foreign_keys = ON");
                s.execute("PRAGMA journal_mode = OFF");
                s.execute("PRAGMA synchronous = OFF");
            }
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String ddl : SCHEMA) {
                    s.execute(ddl);
                }
            }
            info(c, dataset);
            documents(c, dataset);
            missions(c, dataset);
            records(c, dataset);
            flags(c, dataset);
            c.commit();
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE");
            }
        }
    }

    private static void info(Connection c, Dataset d) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO dataset_info VALUES (?, ?)")) {
            Object[][] rows = {{"format", DatasetJson.FORMAT}, {"version", DatasetJson.VERSION},
                    {"as_of", d.asOf()}, {"sources", String.join("\n", d.sources())}};
            for (Object[] row : rows) {
                p.setString(1, row[0].toString());
                p.setString(2, row[1].toString());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private static void documents(Connection c, Dataset d) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
            for (SourceDocument doc : d.documents()) {
                bind(p, doc.id(), doc.date(), doc.kamerstuk(), doc.path(), doc.sha256(), doc.mediaType(),
                        doc.language(), doc.pages(), doc.characters(), doc.records(), doc.source());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private static void missions(Connection c, Dataset d) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO missions VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (MissionTimeline m : d.missions()) {
                CurrentState s = m.state();
                bind(p, m.id(), m.name(), m.organisation(), m.known(), m.records().size(), m.firstLetter(),
                        m.lastLetter(), s.count(), s.countDocument(), s.endDate() == null ? null : s.endDate().value(),
                        s.endDate() == null ? null : s.endDate().lastDay(), s.endDocument(), s.action(),
                        s.actionDocument());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private static void records(Connection c, Dataset d) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO records VALUES ("
                + "?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            int n = 0;
            for (DatasetRecord dr : d.records()) {
                ExtractedRecord r = dr.record();
                Personnel ps = r.personnel();
                DateValue start = r.startDate();
                DateValue end = r.endDate();
                bind(p, dr.key(), dr.missionId(), dr.position(), dr.document().id(), r.mission().name(),
                        r.mission().text(), r.action(), ps.count(), ps.min(), ps.max(), ps.qualifier(),
                        ps.previous(), ps.shared(), ps.categories().isEmpty() ? null : String.join(";", ps.categories()),
                        ps.text(), start == null ? null : start.value(), start == null ? null : start.precision(),
                        start == null ? null : start.text(), end == null ? null : end.value(),
                        end == null ? null : end.precision(), end == null ? null : end.inclusive(),
                        end == null ? null : end.text(), dr.lastDay(), r.duration(), r.durationText(),
                        r.evidence().page(), r.evidence().start(), r.evidence().end(), r.evidence().quote(),
                        r.confidence());
                p.addBatch();
                if (++n % 5000 == 0) {
                    p.executeBatch();
                }
            }
            p.executeBatch();
        }
    }

    private static void flags(Connection c, Dataset d) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO flags (mission_id, kind, date, documents, detail) VALUES (?,?,?,?,?)")) {
            for (MissionTimeline m : d.missions()) {
                for (Flag f : m.flags()) {
                    bind(p, m.id(), f.kind(), f.date(), String.join(";", f.documents()), f.detail());
                    p.addBatch();
                }
            }
            p.executeBatch();
        }
    }

    private static void bind(PreparedStatement p, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            int at = i + 1;
            if (v == null) {
                p.setNull(at, Types.NULL);
            } else if (v instanceof Boolean b) {
                p.setInt(at, b ? 1 : 0);
            } else if (v instanceof Integer n) {
                p.setInt(at, n);
            } else if (v instanceof Double x) {
                p.setDouble(at, x);
            } else if (v instanceof LocalDate date) {
                p.setString(at, date.toString());
            } else {
                p.setString(at, v.toString());
            }
        }
    }
}
