package nl.kamerbrief.mandates.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tab-separated rule file: a header line naming the columns, then one row per line. Lines starting with
 * {@code #} and blank lines are comments. Each row keeps its line number for error messages.
 */
public final class Table {

    /** One row: its line in the file and its cells by column name (missing trailing cells are ""). */
    public record Row(String file, int line, Map<String, String> cells) {

        public String get(String column) {
            String v = cells.get(column);
            return v == null ? "" : v;
        }

        /** A cell split on {@code ;}, trimmed, without empty parts. */
        public List<String> list(String column) {
            List<String> out = new ArrayList<>();
            for (String part : get(column).split(";")) {
                String p = part.strip();
                if (!p.isEmpty()) {
                    out.add(p);
                }
            }
            return out;
        }
    }

    private final String file;
    private final List<String> columns;
    private final List<Row> rows;

    Table(String file, List<String> columns, List<Row> rows) {
        this.file = file;
        this.columns = List.copyOf(columns);
        this.rows = Collections.unmodifiableList(rows);
    }

    static Table parse(String file, String content, List<String> required, List<RuleProblem> problems) {
        List<String> columns = null;
        List<Row> rows = new ArrayList<>();
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (columns == null) {
                columns = new ArrayList<>();
                for (String c : cells) {
                    columns.add(c.strip());
                }
                for (String r : required) {
                    if (!columns.contains(r)) {
                        problems.add(RuleProblem.error(file, i + 1, "missing column '" + r + "' in header"));
                    }
                }
                continue;
            }
            if (cells.length > columns.size()) {
                problems.add(RuleProblem.error(file, i + 1, "has " + cells.length + " cells, header has "
                        + columns.size() + " (a tab too many?)"));
            }
            Map<String, String> map = new LinkedHashMap<>();
            for (int c = 0; c < columns.size(); c++) {
                String v = c < cells.length ? cells[c] : "";
                if (!v.equals(v.strip())) {
                    problems.add(RuleProblem.warning(file, i + 1, "cell '" + v + "' has white space at an end"));
                }
                map.put(columns.get(c), v.strip());
            }
            rows.add(new Row(file, i + 1, map));
        }
        if (columns == null) {
            problems.add(RuleProblem.error(file, 0, "no header line"));
            columns = List.of();
        }
        return new Table(file, columns, rows);
    }

    public String file() {
        return file;
    }

    public List<String> columns() {
        return columns;
    }

    public List<Row> rows() {
        return rows;
    }
}
