package nl.kamerbrief.mandates.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.kamerbrief.mandates.assemble.MandateRecord;
import nl.kamerbrief.mandates.emit.RecordJson;
import nl.kamerbrief.mandates.ingest.IngestedDocument;
import nl.kamerbrief.mandates.ingest.SourceInfo;
import nl.kamerbrief.mandates.rules.RuleException;
import nl.kamerbrief.mandates.rules.RuleSet;
import nl.kamerbrief.mandates.text.NormalizedText;
import nl.kamerbrief.mandates.text.PageMap;
import nl.kamerbrief.mandates.text.TextNormalizer;

/**
 * The text-to-records stages on any string (issue 15): the pipeline never throws, and every record it emits has
 * evidence offsets inside the text, in code points, with the quote equal to the text at those offsets (the
 * contract of records.md section 2, as {@link RecordJson} writes it). Seeds in {@code TextToRecordsFuzzTestInputs/}
 * are short passages of the corpus letters; fuzzing mode: see README, "Fuzzing".
 */
class TextToRecordsFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pipeline PIPELINE;

    static {
        try {
            PIPELINE = new Pipeline(RuleSet.load(Path.of("rules")), false);
        } catch (IOException | RuleException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @FuzzTest
    void anyTextGivesRecordsWithValidEvidence(FuzzedDataProvider data) throws IOException {
        // the letter's date in its file name, as the corpus names letters: the anchor of dates without a year
        String id = String.format("%04d-%02d-%02d-brief", data.consumeInt(1995, 2035), data.consumeInt(1, 12),
                data.consumeInt(1, 28));
        String raw = data.consumeRemainingAsString();
        NormalizedText text = TextNormalizer.normalize(raw);
        SourceInfo source = new SourceInfo(id, id + ".txt", Path.of(id + ".txt"), "", raw.length(), "text/plain");
        Pipeline.Result result = PIPELINE.process(new IngestedDocument(source, text, PageMap.NONE, Map.of(),
                List.of()));

        int[] codePoints = text.toString().codePoints().toArray();
        for (MandateRecord r : result.records()) {
            JsonNode json = JSON.readTree(RecordJson.line(r, text));
            JsonNode evidence = json.path("evidence");
            int start = evidence.path("start").asInt();
            int end = evidence.path("end").asInt();
            String where = "record " + json + " of text [" + raw + "]";
            assertTrue(0 <= start && start < end && end <= codePoints.length, () -> "offsets outside: " + where);
            assertEquals(new String(codePoints, start, end - start), evidence.path("quote").asText(),
                    () -> "quote is not the text at its offsets: " + where);
            assertFalse(evidence.path("quote").asText().isBlank(), () -> "blank quote: " + where);
            for (JsonNode part : evidence.path("parts")) {
                int ps = part.path("start").asInt();
                int pe = part.path("end").asInt();
                assertTrue(0 <= ps && ps < pe && pe <= codePoints.length, () -> "a part outside: " + where);
            }
            assertEquals(id, json.path("document").path("id").asText());
        }
    }
}
