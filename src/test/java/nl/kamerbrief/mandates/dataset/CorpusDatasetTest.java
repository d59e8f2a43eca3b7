package nl.kamerbrief.mandates.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.kamerbrief.mandates.rules.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dataset of the real extract output of {@code corpus/}: every record once, missions joined, timelines in
 * letter order, current state and flags as the letters say (NTM-I: 25 in January 2005, five until the end of
 * 2010; EUFOR Althea: "circa 195 personen" in the decision note of 13 February 2025), texts copied so that every
 * evidence quote is found at its offsets.
 */
class CorpusDatasetTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

    private static Path run;
    private static Dataset dataset;

    @TempDir
    Path tmp;

    @BeforeAll
    static void build() throws Exception {
        run = CorpusRun.output();
        dataset = new DatasetBuilder(new MissionAliases(RuleSet.load(Path.of("rules")).missions()), AS_OF)
                .build(List.of(run));
    }

    @Test
    void everyRecordOfTheRunIsInTheDatasetOnceUnderItsMission() throws IOException {
        Map<String, String> missionOfRecord = new TreeMap<>();
        Map<String, Integer> perDocument = new TreeMap<>();
        for (String line : Files.readAllLines(run.resolve("records.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode r = JSON.readTree(line);
            String doc = r.path("document").path("id").asText();
            int n = perDocument.merge(doc, 1, Integer::sum);
            missionOfRecord.put(doc + "#" + n, r.path("mission").path("id").asText());
        }
        List<String> keys = dataset.records().stream().map(DatasetRecord::key).toList();
        assertEquals(missionOfRecord.size(), keys.size());
        assertEquals(missionOfRecord.keySet(), new TreeSet<>(keys), "every record once");
        // the corpus names catalogue missions only, so the join keeps each record's own id
        for (DatasetRecord r : dataset.records()) {
            assertEquals(missionOfRecord.get(r.key()), r.missionId(), r.key());
        }
        assertEquals(new TreeSet<>(missionOfRecord.values()),
                dataset.missions().stream().map(MissionTimeline::id).collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void ntmITimelineAndStateFollowItsTwoLetters() {
        MissionTimeline ntm = mission("ntm-i");
        assertEquals(List.of("2005-01-14-brief-eerste-bijdrage-ntm-i-irak", "2010-02-01-brief-verlenging-ntm-i-irak"),
                ntm.records().stream().map(r -> r.document().id()).distinct().toList());
        assertEquals(List.of(1, 2), ntm.records().stream().map(DatasetRecord::position).toList());
        // "de toezegging gedaan 25 Nederlandse militairen", then "vijf militairen ... tot en met 31 december 2010"
        assertEquals(25, ntm.records().get(0).record().personnel().count());
        assertEquals(5, ntm.state().count());
        assertEquals("2010-02-01-brief-verlenging-ntm-i-irak", ntm.state().countDocument());
        assertEquals(LocalDate.of(2010, 12, 31), ntm.state().endDate().value());
        assertEquals("extend", ntm.state().action());
        // nothing after 2010 in the corpus: the mandate ran out unremarked
        assertEquals(List.of(Flag.END_DATE_PASSED), ntm.flags().stream().map(Flag::kind).toList());
        assertEquals(LocalDate.of(2010, 12, 31), ntm.flags().get(0).date());
    }

    @Test
    void euforAltheaOrdersItsLettersByDateWithTheUndatedOneLast() {
        MissionTimeline althea = mission("eufor-althea");
        assertEquals(List.of("2022-06-17-kennisgeving-eufor-althea", "2022-06-17-samenhang-missies-2022-2025",
                        "2025-02-13-beslisnota-inzet-2025-2028", "2025-05-verslag-so-inzet-2025-2028"),
                althea.records().stream().map(r -> r.document().id()).distinct().toList());
        // "circa 195 personen" (13 February 2025) is the latest headcount; the latest end date is the one of
        // 17 June 2022 ("tot en met 31 juli 2025"): the note of 2025 gives none
        assertEquals(195, althea.state().count());
        assertEquals("2025-02-13-beslisnota-inzet-2025-2028", althea.state().countDocument());
        assertEquals(LocalDate.of(2025, 7, 31), althea.state().endDate().value());
        assertEquals("2022-06-17-samenhang-missies-2022-2025", althea.state().endDocument());
        assertTrue(althea.flags().stream().anyMatch(f -> f.kind().equals(Flag.END_DATE_PASSED)
                && f.date().equals(LocalDate.of(2025, 7, 31))), althea.flags().toString());
    }

    @Test
    void aTerminatedMissionIsNotFlaggedForItsEndDate() {
        MissionTimeline minusma = mission("minusma");
        assertEquals("terminate", minusma.state().action());
        assertTrue(minusma.flags().stream().noneMatch(f -> f.kind().equals(Flag.END_DATE_PASSED)),
                minusma.flags().toString());
    }

    @Test
    void theDatasetFolderKeepsEachTextAndEveryQuoteIsAtItsOffsets() throws Exception {
        Path out = tmp.resolve("dataset");
        DatasetWriter.write(dataset, out);
        for (SourceDocument d : dataset.documents()) {
            Path copy = out.resolve("text").resolve(d.id() + ".txt");
            assertArrayEquals(Files.readAllBytes(run.resolve("text").resolve(d.id() + ".txt")), Files.readAllBytes(copy),
                    d.id());
        }
        Dataset back = DatasetReader.read(out);
        for (DatasetRecord r : back.records()) {
            String text = Files.readString(r.document().text(), StandardCharsets.UTF_8);
            Evidence ev = r.record().evidence();
            int from = text.offsetByCodePoints(0, ev.start());
            int to = text.offsetByCodePoints(0, ev.end());
            assertEquals(ev.quote(), text.substring(from, to), r.key());
        }
        assertEquals(dataset.recordCount(), back.recordCount());
        Set<String> files = new TreeSet<>();
        try (var list = Files.list(out)) {
            list.forEach(p -> files.add(p.getFileName().toString()));
        }
        assertEquals(Set.of("dataset.json", "documents.jsonl", "missions.json", "records.jsonl", "dataset.csv",
                "mandates.sqlite", "text"), files);
    }

    private static MissionTimeline mission(String id) {
        MissionTimeline m = dataset.missions().stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
        assertNotNull(m, "no mission " + id + " in " + dataset.missions().stream().map(MissionTimeline::id).toList());
        return m;
    }
}
