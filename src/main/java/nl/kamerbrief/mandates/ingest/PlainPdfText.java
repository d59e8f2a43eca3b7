package nl.kamerbrief.mandates.ingest;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF's text as PDFBox's {@link PDFTextStripper} gives it, pages separated by form feeds, and nothing more: no
 * running lines removed, no hyphenation undone, no footnotes moved. What a script around PDFBox would do; the
 * benchmark's measure of what reading the PDF itself costs ({@code mandates text}).
 */
public final class PlainPdfText {

    private PlainPdfText() {
    }

    /** The text of the PDF in {@code content}; IOException when PDFBox cannot read it. */
    public static String of(byte[] content) throws IOException {
        try (PDDocument doc = Loader.loadPDF(content, "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setPageEnd("\f");
            return stripper.getText(doc);
        } catch (RuntimeException e) {
            throw new IOException(e.toString(), e);
        }
    }
}
