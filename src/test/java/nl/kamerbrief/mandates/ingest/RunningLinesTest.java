package nl.kamerbrief.mandates.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.kamerbrief.mandates.ingest.pdf.Line;
import nl.kamerbrief.mandates.ingest.pdf.Page;
import nl.kamerbrief.mandates.ingest.pdf.RunningLines;
import nl.kamerbrief.mandates.ingest.pdf.TextLayer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * Running headers, footers and page numbers of the real PDFs, found by repetition: what is found, line by line with
 * digits masked, and how often.
 */
class RunningLinesTest {

    static List<Page> pages(String stem) throws IOException {
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(PdfIngestorTest.FORMATS.resolve(stem + ".pdf")))) {
            return TextLayer.read(doc);
        }
    }

    /** The running lines, their text with digits masked, and how many there are of each. */
    static Map<String, Integer> running(String stem) throws IOException {
        Set<Line> found = RunningLines.find(pages(stem));
        Map<String, Integer> counts = new TreeMap<>();
        for (Line l : found) {
            counts.merge(l.text().replaceAll("\\d+", "#"), 1, Integer::sum);
        }
        return counts;
    }

    @Test
    void aKamerstukHasItsHeaderAndPageNumberOnEveryPage() throws IOException {
        assertEquals(Map.of("Tweede Kamer, vergaderjaar #–#, # #, nr. #", 12, "#", 12), running(
                PdfIngestorTest.SAMENHANG));
        assertEquals(Map.of("Tweede Kamer, vergaderjaar #–#, # #, nr. #", 5, "#", 5), running(
                PdfIngestorTest.BRIEF_2018));
        assertEquals(Map.of("Tweede Kamer, vergaderjaar #–#, # #, nr. #", 12, "#", 12), running(
                PdfIngestorTest.VERSLAG));
    }

    @Test
    void theNotaHasASideBlockAndPageOfPages() throws IOException {
        assertEquals(Map.of("Datum", 5, "# februari #", 5, "Onze referentie", 5, "BZ#", 5, "Pagina # van #", 5),
                running(PdfIngestorTest.NOTA));
    }

    @Test
    void aOnePageLetterHasOnlyItsPageNumber() throws IOException {
        assertEquals(Map.of("#", 1), running(PdfIngestorTest.KENNISGEVING));
    }

    @Test
    void thePageOneColophonAndTheTitleBlockAreNotRunning() throws IOException {
        Set<Line> found = RunningLines.find(pages(PdfIngestorTest.SAMENHANG));
        for (Line l : found) {
            assertTrue(!l.text().startsWith("kst-") && !l.text().contains("Staten-Generaal"), l.text());
        }
        List<Page> kept = RunningLines.remove(pages(PdfIngestorTest.SAMENHANG));
        assertTrue(kept.get(0).lines().stream().anyMatch(l -> l.text().startsWith("kst-29521-446")));
        assertEquals(12, kept.size());
    }
}
