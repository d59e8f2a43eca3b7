package nl.kamerbrief.mandates.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * A letter laid out the way Word does it, built here with PDFBox: the footnote number a superscript both in the
 * text and in the footnote, justified lines, a sentence that runs past the footnote onto page 2, a running header
 * and page numbers on two pages.
 */
class PdfLayoutTest {

    private static final PDType1Font TIMES = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private static final float LEFT = 72;
    private static final float WIDTH = 440;

    /** Writes a line; {@code justify} stretches its spaces to the full width. */
    private static float line(PDPageContentStream s, String text, float x, float y, float size, boolean justify)
            throws IOException {
        float natural = TIMES.getStringWidth(text) / 1000 * size;
        long spaces = text.chars().filter(c -> c == ' ').count();
        s.beginText();
        s.setFont(TIMES, size);
        s.setWordSpacing(justify && spaces > 0 ? (WIDTH - (x - LEFT) - natural) / spaces : 0);
        s.newLineAtOffset(x, y);
        s.showText(text);
        s.endText();
        return x + (justify ? WIDTH - (x - LEFT) : natural);
    }

    private static void superscript(PDPageContentStream s, String digits, float x, float y) throws IOException {
        s.beginText();
        s.setFont(TIMES, 5.5f);
        s.setWordSpacing(0);
        s.newLineAtOffset(x, y + 3.5f);
        s.showText(digits);
        s.endText();
    }

    private static void furniture(PDPageContentStream s, int page) throws IOException {
        line(s, "Kamerbrief over de inzet in missies, 12 maart 2024", LEFT, 800, 8, false);
        line(s, String.valueOf(page), 300, 40, 8, false);
    }

    static byte[] letter() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage one = new PDPage(PDRectangle.A4);
            PDPage two = new PDPage(PDRectangle.A4);
            doc.addPage(one);
            doc.addPage(two);
            try (PDPageContentStream s = new PDPageContentStream(doc, one)) {
                furniture(s, 1);
                float y = 700;
                line(s, "Het kabinet heeft besloten de bijdrage aan de missie te verlengen met twaalf", LEFT, y, 10,
                        true);
                line(s, "militairen tot en met 31 juli 2025, zoals eerder aan de Kamer is gemeld. De Neder-", LEFT,
                        y -= 13, 10, true);
                // "... trainingsmissie¹ in Mali ..." with the marker raised and small
                String before = "landse bijdrage aan de Europese trainingsmissie";
                float x = LEFT + TIMES.getStringWidth(before) / 1000 * 10;
                line(s, before, LEFT, y -= 13, 10, false);
                superscript(s, "1", x + 0.5f, y);
                line(s, "in Mali wordt voortgezet en", x + 4.5f, y, 10, true);
                line(s, "het kabinet zal de omvang van die bijdrage in de komende periode nader bezien", LEFT,
                        y -= 13, 10, true);
                // the footnote: number superscript, text at 8 pt, second line at the margin
                superscript(s, "1", LEFT, 110);
                line(s, "Zie de brief van 1 mei 2024 over de trainingsmissie in Mali, waarin het kabinet de Kamer",
                        LEFT + 4, 110, 8, true);
                line(s, "over de omvang van de bijdrage heeft geïnformeerd.", LEFT, 100, 8, false);
            }
            try (PDPageContentStream s = new PDPageContentStream(doc, two)) {
                furniture(s, 2);
                line(s, "in overleg met de partners. Het kabinet informeert de Kamer voor de zomer.", LEFT, 760, 10,
                        false);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void wordStyleFootnotesAndASentenceOverThePageBreak() throws Exception {
        byte[] pdf = letter();
        SourceInfo source = new SourceInfo("word-style", "word-style.pdf", Path.of("word-style.pdf"), "", pdf.length,
                MediaTypes.PDF);
        IngestedDocument d = new PdfIngestor(new IngestOptions(DutchWords.load(Path.of("rules/words-nl.txt")), 10,
                null)).ingest(source, pdf);
        String text = d.text().toString();
        assertEquals(List.of(
                "Het kabinet heeft besloten de bijdrage aan de missie te verlengen met twaalf militairen tot en met 31 "
                        + "juli 2025, zoals eerder aan de Kamer is gemeld. De Nederlandse bijdrage aan de Europese "
                        + "trainingsmissie in Mali wordt voortgezet en het kabinet zal de omvang van die bijdrage in "
                        + "de komende periode nader bezien in overleg met de partners. Het kabinet informeert de "
                        + "Kamer voor de zomer.",
                "1 Zie de brief van 1 mei 2024 over de trainingsmissie in Mali, waarin het kabinet de Kamer over de "
                        + "omvang van de bijdrage heeft geïnformeerd."), List.of(text.strip().split("\n\n")));
        assertEquals(2, d.pages().pages());
        assertEquals(1, d.pages().pageOf(text.indexOf("1 Zie de brief")));
    }
}
