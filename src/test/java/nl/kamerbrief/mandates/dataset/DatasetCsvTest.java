package nl.kamerbrief.mandates.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dataset.csv}: a header, one row per record, RFC 4180 quoting of commas, quotes and line breaks. */
class DatasetCsvTest {

    @TempDir
    Path tmp;

    @Test
    void fieldsWithCommaQuoteOrLineBreakAreQuotedAndQuotesDoubled() throws Exception {
        StringWriter w = new StringWriter();
        new CsvWriter(w).row(Arrays.asList("a,b", "zei \"tien\"", "regel 1\nregel 2", null, 5, "plain", "cr\r"));
        assertEquals("\"a,b\",\"zei \"\"tien\"\"\",\"regel 1\nregel 2\",,5,plain,\"cr\r\"\r\n", w.toString());
    }

    @Test
    void theDatasetCsvHasAHeaderAndOneRowPerRecordThatReadsBackExactly() throws Exception {
        Dataset d = SmallDataset.build(tmp.resolve("run"));
        Path out = tmp.resolve("dataset");
        DatasetWriter.write(d, out);
        byte[] bytes = Files.readAllBytes(out.resolve("dataset.csv"));
        String csv = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(csv.contains("\"Hij zei: \"\"tien, misschien\nelf\"\" militairen voor EUFOR Althea.\""), csv);
        assertTrue(bytes[0] == 'r', "no byte-order mark: the header starts the file");

        List<List<String>> rows = parse(csv);
        assertEquals(DatasetCsv.COLUMNS, rows.get(0));
        assertEquals(5, rows.size() - 1, "one row per record");
        int quote = DatasetCsv.COLUMNS.indexOf("evidence_quote");
        int id = DatasetCsv.COLUMNS.indexOf("record_id");
        List<String> quoted = rows.stream().filter(r -> r.get(id).equals("2023-09-01-b#2")).findFirst().orElseThrow();
        assertEquals(SmallDataset.QUOTED, quoted.get(quote));
        assertEquals(DatasetCsv.COLUMNS.size(), quoted.size());
        // EUFOR Althea first (missions by name), its records in letter order; the empty cells are nulls
        List<String> first = rows.get(1);
        assertEquals("2023-05-01-a#1", first.get(id));
        assertEquals("EUFOR Althea", first.get(DatasetCsv.COLUMNS.indexOf("mission")));
        assertEquals("10", first.get(DatasetCsv.COLUMNS.indexOf("personnel_count")));
        assertEquals("max", first.get(DatasetCsv.COLUMNS.indexOf("qualifier")));
        assertEquals("2024-06-30", first.get(DatasetCsv.COLUMNS.indexOf("last_day")));
        assertEquals("", first.get(DatasetCsv.COLUMNS.indexOf("start_date")));
        assertEquals("military", first.get(DatasetCsv.COLUMNS.indexOf("categories")));
    }

    /** A plain RFC 4180 reader, written for this test. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertEquals(0, field.length() + row.size(), "the file ends with CRLF");
        return rows;
    }
}
