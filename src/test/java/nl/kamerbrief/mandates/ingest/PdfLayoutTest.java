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
 * and page numbers on two pages. And a nota with headings in four styles among short lines that are no headings.
 */
class PdfLayoutTest {

    private static final PDType1Font TIMES = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
    private static final PDType1Font ITALIC = new PDType1Font(Standard14Fonts.FontName.TIMES_ITALIC);
    private static final PDType1Font BOLD_ITALIC = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD_ITALIC);
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

    private static void text(PDPageContentStream s, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        s.beginText();
        s.setFont(font, size);
        s.newLineAtOffset(x, y);
        s.showText(text);
        s.endText();
    }

    /**
     * A one-page nota: a 16 pt title, headings in 10 pt bold, bold italic and italic, body text in 10 pt, and short
     * lines in a prominent style that are no headings: a bulleted item in italics, the bold header row of a table
     * (two cells side by side), a small bold note, a bold label ending in a colon and a bold signature.
     */
    static byte[] nota() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                float y = 760;
                text(s, TIMES, 16, LEFT, y, "Inzet in missies 2025-2028");
                text(s, BOLD, 10, LEFT, y -= 30, "Aanleiding");
                line(s, "Het kabinet heeft besloten de bijdragen aan de missies in Europa voort te zetten, zoals", LEFT,
                        y -= 26, 10, true);
                line(s, "eerder aan de Kamer is gemeld.", LEFT, y -= 13, 10, false);
                text(s, BOLD_ITALIC, 10, LEFT, y -= 26, "3. Voortzetting van de bijdragen");
                text(s, ITALIC, 10, LEFT, y -= 26, "Europa");
                text(s, ITALIC, 10, LEFT, y -= 26, "\u2022 European Union Force Althea (EUFOR)");
                text(s, BOLD, 10, LEFT, y -= 26, "Missie");
                text(s, BOLD, 10, LEFT + 200, y, "Personeel");
                text(s, TIMES, 10, LEFT, y -= 13, "EUFOR Althea");
                text(s, TIMES, 10, LEFT + 200, y, "circa 195");
                text(s, BOLD, 8, LEFT, y -= 26, "Zie ook de bijlage");
                text(s, BOLD, 10, LEFT, y -= 26, "Looptijd:");
                line(s, "De bijdragen lopen tot en met juni 2028; waar looptijden afwijken, staat dit in de brief",
                        LEFT, y -= 26, 10, true);
                line(s, "vermeld. De Kamer wordt jaarlijks over de voortgang van de bijdragen geïnformeerd.", LEFT,
                        y -= 13, 10, false);
                text(s, BOLD, 10, LEFT, y -= 26, "De Minister van Defensie,");
                text(s, TIMES, 10, LEFT, y -= 13, "R.P. Brekelmans");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void headingsAreRankedByTheirStyleAndShortLinesOfOtherKindsStayBlocks() throws Exception {
        byte[] pdf = nota();
        SourceInfo source = new SourceInfo("nota", "nota.pdf", Path.of("nota.pdf"), "", pdf.length, MediaTypes.PDF);
        IngestedDocument d = new PdfIngestor(new IngestOptions(DutchWords.load(Path.of("rules/words-nl.txt")), 10,
                null)).ingest(source, pdf);
        assertEquals(List.of(
                "# Inzet in missies 2025-2028",
                "## Aanleiding",
                "Het kabinet heeft besloten de bijdragen aan de missies in Europa voort te zetten, zoals eerder aan "
                        + "de Kamer is gemeld.",
                "### 3. Voortzetting van de bijdragen",
                "#### Europa",
                "\u2022 European Union Force Althea (EUFOR)",
                "Missie Personeel",
                "EUFOR Althea circa 195",
                "Zie ook de bijlage",
                "Looptijd:",
                "De bijdragen lopen tot en met juni 2028; waar looptijden afwijken, staat dit in de brief vermeld. De "
                        + "Kamer wordt jaarlijks over de voortgang van de bijdragen geïnformeerd.",
                "De Minister van Defensie,",
                "R.P. Brekelmans"), List.of(d.text().toString().strip().split("\n\n")));
    }
}
