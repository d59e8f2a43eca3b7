package nl.kamerbrief.mandates.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.kamerbrief.mandates.dataset.Dataset;
import nl.kamerbrief.mandates.dataset.DatasetBuilder;
import nl.kamerbrief.mandates.dataset.DatasetReader;
import nl.kamerbrief.mandates.dataset.DatasetWriter;
import nl.kamerbrief.mandates.dataset.MissionAliases;
import nl.kamerbrief.mandates.dataset.NotAFolderOfKindException;
import nl.kamerbrief.mandates.dataset.RunFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report folder: what the index holds, the record files, the letters' pages, and nothing from the network. */
class ReportWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String A = "Den Haag, 1 mei 2023. Het kabinet verlengt de bijdrage van maximaal tien "
            + "militairen aan EUFOR Althea tot en met 30 juni 2024. Ook UNTSO krijgt <twaalf> militairen.";
    private static final String B = "Vanaf 1 oktober 2023 levert Nederland acht militairen aan EUFOR Althea.";

    @TempDir
    Path tmp;

    @Test
    void theIndexHoldsTheMissionsAndBarsAndTheRecordsLiveInScriptFiles() throws Exception {
        Path report = report();
        String index = Files.readString(report.resolve("index.html"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<script id=\"summary\" type=\"application/json\">(.*?)</script>", Pattern.DOTALL)
                .matcher(index);
        assertTrue(m.find(), "the summary is inline");
        JsonNode summary = JSON.readTree(m.group(1));
        assertEquals(List.of("eufor-althea", "untso"), ids(summary.path("missions")));
        JsonNode althea = summary.path("missions").get(0);
        // bars: [from, to, count, document, n]; the first from the letter's date to the end it states
        JsonNode bar = althea.path("bars").get(0);
        assertEquals(LocalDate.of(2023, 5, 1).toEpochDay(), bar.get(0).asLong());
        assertEquals(LocalDate.of(2024, 6, 30).toEpochDay(), bar.get(1).asLong());
        assertEquals(10, bar.get(2).asInt());
        assertEquals("2023-05-01-a", summary.path("docs").get(bar.get(3).asInt()).get(0).asText());
        assertEquals(1, bar.get(4).asInt());
        // the second from its start; UNTSO's record has no date at all beyond its letter's: a dot (no end)
        assertEquals(LocalDate.of(2023, 10, 1).toEpochDay(), althea.path("bars").get(1).get(0).asLong());
        assertTrue(summary.path("missions").get(1).path("bars").get(0).get(1).isNull());
        assertFalse(index.contains("Ook UNTSO krijgt"), "no record text inline: it is in the record files");

        String chunk = Files.readString(report.resolve("data/records-0.js"), StandardCharsets.UTF_8);
        assertTrue(chunk.startsWith("MANDATES.records(0,["), chunk);
        JsonNode rows = JSON.readTree(chunk.substring("MANDATES.records(0,".length(), chunk.lastIndexOf(')')));
        assertEquals(3, rows.size());
        assertEquals("[0,0,1,\"extend\",10,\"max\",null,\"2024-06-30\",4]", rows.get(0).toString());
    }

    @Test
    void recordsAreSplitIntoFilesOfTheChunkSizeInDatasetOrder() throws Exception {
        Dataset d = dataset();
        Path data = tmp.resolve("data");
        assertEquals(2, RecordChunks.write(d.missions(), new DocumentIndex(d), 2, data));
        assertTrue(Files.readString(data.resolve("records-1.js")).startsWith("MANDATES.records(1,[[1,"),
                "the third record, UNTSO's, opens the second file");
    }

    @Test
    void eachLetterWithRecordsHasAPageWithItsEvidenceMarked() throws Exception {
        Path report = report();
        String page = Files.readString(report.resolve("docs/2023-05-01-a.html"), StandardCharsets.UTF_8);
        assertTrue(page.contains("<span class=\"anchor\" id=\"r1\"></span><span class=\"page-no\" aria-hidden=\"true\">"
                + "p. 4</span><mark class=\"ev\" data-records=\"1\""), page);
        assertTrue(page.contains(">Het kabinet verlengt de bijdrage van maximaal tien militairen aan EUFOR Althea tot en"
                + " met 30 juni 2024.</mark>"), page);
        assertTrue(page.contains("Ook UNTSO krijgt &lt;twaalf&gt; militairen.</mark>"), "escaped: " + page);
        assertTrue(page.contains("<li id=\"rec-1\" data-record=\"1\"><a href=\"#r1\">EUFOR Althea</a>: extend, 10 people"
                + " (max), until 2024-06-30, page 4</li>"), page);
        assertTrue(page.contains("href=\"../assets/report.css\"") && page.contains("src=\"../assets/report.js\""));
        assertTrue(Files.isRegularFile(report.resolve("docs/2023-09-01-b.html")));
    }

    @Test
    void nothingInTheReportComesFromTheNetwork() throws Exception {
        Path report = report();
        List<String> remote = new ArrayList<>();
        try (Stream<Path> files = Files.walk(report)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String s = Files.readString(f, StandardCharsets.UTF_8);
                if (Pattern.compile("(src|href)\\s*=\\s*[\"']?(https?:)?//|url\\(\\s*[\"']?(https?:)?//|@import")
                        .matcher(s).find()) {
                    remote.add(report.relativize(f).toString());
                }
            }
        }
        assertEquals(List.of(), remote);
        assertTrue(Files.isRegularFile(report.resolve("assets/report.js")));
        assertTrue(Files.isRegularFile(report.resolve("assets/report.css")));
    }

    @Test
    void aFolderThatIsNotAReportIsNotReplaced() throws Exception {
        Path other = Files.createDirectories(tmp.resolve("photos"));
        Files.writeString(other.resolve("holiday.jpg"), "not a report");
        assertThrows(NotAFolderOfKindException.class, () -> ReportWriter.write(dataset(), other));
        assertTrue(Files.exists(other.resolve("holiday.jpg")));
        // an earlier report is replaced as a whole
        Path report = report();
        Files.writeString(report.resolve("stale.txt"), "from an earlier report");
        ReportWriter.write(DatasetReader.read(tmp.resolve("dataset")), report);
        assertFalse(Files.exists(report.resolve("stale.txt")));
    }

    @Test
    void unsafeDocumentIdsGetPageNamesOfTheirOwn() {
        assertEquals("2023-05-01-a", PageNames.of("2023-05-01-a"));
        String spaced = PageNames.of("brief over/../EUFOR");
        assertTrue(spaced.matches("brief-over-.-EUFOR-[0-9a-f]{10}") || spaced.matches("[A-Za-z0-9._-]+"), spaced);
        assertFalse(spaced.contains("/"));
        assertFalse(PageNames.of("a b").equals(PageNames.of("a_b")));
        assertFalse(PageNames.of("..").startsWith("."));
    }

    private Dataset dataset() throws Exception {
        RunFolders run = new RunFolders().letter("2023-05-01-a", "2023-05-01", A).letter("2023-09-01-b", "2023-09-01", B);
        run.record("2023-05-01-a", "eufor-althea", "EUFOR Althea", "Het kabinet verlengt de bijdrage van maximaal tien "
                        + "militairen aan EUFOR Althea tot en met 30 juni 2024.").action("extend").count(10, "max")
                .end("2024-06-30", true, "tot en met 30 juni 2024").page(4);
        run.record("2023-05-01-a", "untso", "UNTSO", "Ook UNTSO krijgt <twaalf> militairen.").organisation("UN")
                .count(12, "exact");
        run.record("2023-09-01-b", "eufor-althea", "EUFOR Althea", B).action("reduce").count(8, "exact")
                .start("2023-10-01");
        return new DatasetBuilder(MissionAliases.none(), LocalDate.of(2024, 1, 1))
                .build(List.of(run.write(tmp.resolve("run"))));
    }

    private Path report() throws Exception {
        Path dataset = tmp.resolve("dataset");
        if (!Files.exists(dataset)) {
            DatasetWriter.write(dataset(), dataset);
        }
        Path report = tmp.resolve("report");
        ReportWriter.write(DatasetReader.read(dataset), report);
        return report;
    }

    private static List<String> ids(JsonNode missions) {
        List<String> ids = new ArrayList<>();
        missions.forEach(m -> ids.add(m.path("id").asText()));
        return ids;
    }
}
