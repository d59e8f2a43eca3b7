package nl.kamerbrief.mandates.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * PDF ingestion on mutated bytes of PDF letters (issue 15): a PDF is read, or it fails with an
 * {@link IngestFailure} and its reason, the clean per-document error the batch writes to {@code documents.jsonl};
 * never another exception. What is read is normalized text with a valid page map. Seeds in
 * {@code PdfIngestionFuzzTestInputs/}: a small hand-written PDF and the EUFOR Althea letter of the corpus; fuzzing
 * mode: see README, "Fuzzing". Without OCR, so a mutated scan fails rather than calling tesseract.
 */
class PdfIngestionFuzzTest {

    private static final Ingestion INGESTION = Ingestion.standard(
            new IngestOptions(DutchWords.NONE, IngestOptions.DEFAULT_MAX_PAGES, null));

    @FuzzTest
    void mutatedPdfIsReadOrFailsCleanly(byte[] bytes) {
        byte[] head = bytes.length > 16384 ? Arrays.copyOf(bytes, 16384) : bytes;
        String type = MediaTypes.detect(head, bytes.length, "brief.pdf");
        SourceInfo source = new SourceInfo("brief", "brief.pdf", Path.of("brief.pdf"), "", bytes.length, type);
        IngestedDocument doc;
        try {
            doc = INGESTION.ingest(source, bytes);
        } catch (IngestFailure f) {
            assertNotNull(f.reason());
            assertFalse(f.getMessage().isBlank());
            return;
        }
        String text = doc.text().toString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int at = i;
            assertTrue(c >= 0x20 && c != 0x7F && (c < 0x80 || c >= 0xA0) || c == '\n' || c == '\t',
                    () -> "a control character U+" + Integer.toHexString(c) + " at " + at + " of the text");
        }
        if (doc.pages().isPaged()) {
            int pages = doc.pages().pages();
            assertTrue(pages >= 1 && pages <= IngestOptions.DEFAULT_MAX_PAGES, "pages: " + pages);
            for (int i = 0; i < text.length(); i += Math.max(1, text.length() / 50)) {
                Integer page = doc.pages().pageOf(i);
                int at = i;
                assertTrue(page == null || page >= 1 && page <= pages, () -> "page " + page + " at " + at);
            }
        }
        assertEquals(source, doc.source());
    }
}
