package nl.kamerbrief.mandates.ingest;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kamerbrief.mandates.ingest.pdf.Footnotes;
import nl.kamerbrief.mandates.ingest.pdf.OcrPages;
import nl.kamerbrief.mandates.ingest.pdf.Page;
import nl.kamerbrief.mandates.ingest.pdf.Paragraphs;
import nl.kamerbrief.mandates.ingest.pdf.RunningLines;
import nl.kamerbrief.mandates.ingest.pdf.TextLayer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * PDF by Apache PDFBox: the text layer page by page as positioned lines ({@link TextLayer}); running headers,
 * footers and page numbers taken out by their repetition ({@link RunningLines}); footnotes moved after the body
 * ({@link Footnotes}); lines unwrapped into paragraphs with line-end hyphens decided ({@link Paragraphs},
 * {@link nl.kamerbrief.mandates.ingest.pdf.Hyphenation}); headings told by their style and written with their level
 * as Markdown writes them ("## Nationale Kaders", see {@link Paragraphs}); every block keeps the page it starts on.
 * Superscript footnote markers are dropped from the body (the footnote keeps its number); superscript digits without
 * a footnote stay in the text.
 *
 * <p>Scanned pages (no text, an image) are read by OCR when an engine is installed, and go through the same steps;
 * without one a scanned document fails with {@link IngestFailure.Reason#NO_TEXT_LAYER}. A document is read into a
 * temporary-file cache, not the heap; more pages than {@link IngestOptions#maxPages()} fail with
 * {@link IngestFailure.Reason#TOO_LARGE}. Only the title of the information dictionary becomes metadata: its
 * dates are those of the file, not of the letter.
 */
public final class PdfIngestor implements Ingestor {

    /** Letters and digits below which a page has no text layer worth the name. */
    static final int SCANNED_PAGE_CHARS = 10;
    /** Resolution at which scanned pages are rendered for OCR. */
    static final float OCR_DPI = 300;
    static final String OCR_HINT = "install tesseract-ocr and tesseract-ocr-nld to read them by OCR";

    private final IngestOptions options;

    public PdfIngestor(IngestOptions options) {
        this.options = options;
    }

    @Override
    public boolean accepts(String mediaType) {
        return MediaTypes.PDF.equals(mediaType);
    }

    @Override
    public IngestedDocument ingest(SourceInfo source, byte[] content) throws IngestFailure {
        if (content == null || content.length == 0) {
            throw new IngestFailure(IngestFailure.Reason.EMPTY, null);
        }
        if (!hasPdfHeader(content)) {
            throw new IngestFailure(IngestFailure.Reason.WRONG_FORMAT, "not a PDF (no %PDF header)");
        }
        try (PDDocument doc = load(content)) {
            return read(source, doc);
        } catch (IOException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new IngestFailure(IngestFailure.Reason.TIMED_OUT, "reading was interrupted");
            }
            throw new IngestFailure(IngestFailure.Reason.DAMAGED, brief(e));
        } catch (TextLayer.ReadingInterrupted e) {
            Thread.currentThread().interrupt();
            throw new IngestFailure(IngestFailure.Reason.TIMED_OUT, "reading was interrupted");
        } catch (RuntimeException | StackOverflowError e) {
            // PDFBox meets a broken structure with an unchecked exception now and then
            throw new IngestFailure(IngestFailure.Reason.DAMAGED, brief(e));
        }
    }

    private static PDDocument load(byte[] content) throws IngestFailure {
        try {
            return Loader.loadPDF(content, "", null, null, IOUtils.createTempFileOnlyStreamCache());
        } catch (InvalidPasswordException e) {
            throw new IngestFailure(IngestFailure.Reason.ENCRYPTED, "a user password is needed to open it");
        } catch (IOException e) {
            throw new IngestFailure(IngestFailure.Reason.DAMAGED, brief(e));
        } catch (RuntimeException | StackOverflowError e) {
            throw new IngestFailure(IngestFailure.Reason.DAMAGED, brief(e));
        }
    }

    private IngestedDocument read(SourceInfo source, PDDocument doc) throws IngestFailure, IOException {
        List<String> warnings = new ArrayList<>();
        if (doc.isEncrypted()) {
            if (!doc.getCurrentAccessPermission().canExtractContent()) {
                throw new IngestFailure(IngestFailure.Reason.ENCRYPTED,
                        "the owner's permissions forbid text extraction");
            }
            warnings.add("encrypted (owner password); text extraction allowed");
        }
        int pageCount = doc.getNumberOfPages();
        if (pageCount == 0) {
            throw new IngestFailure(IngestFailure.Reason.DAMAGED, "no pages");
        }
        if (pageCount > options.maxPages()) {
            throw new IngestFailure(IngestFailure.Reason.TOO_LARGE, pageCount + " pages, limit " + options.maxPages());
        }
        List<Page> pages = new ArrayList<>(TextLayer.read(doc));
        if (pages.size() != pageCount) {
            throw new IngestFailure(IngestFailure.Reason.DAMAGED,
                    "read " + pages.size() + " of " + pageCount + " pages");
        }
        for (Page p : pages) {
            // a broken page tree can count fewer pages than it holds (found by PdfIngestionFuzzTest)
            if (p.number() < 1 || p.number() > pageCount) {
                throw new IngestFailure(IngestFailure.Reason.DAMAGED,
                        "the page tree counts " + pageCount + (pageCount == 1 ? " page" : " pages")
                                + " but holds page " + p.number());
            }
        }
        List<Integer> scanned = new ArrayList<>();
        for (int i = 0; i < pageCount; i++) {
            if (pages.get(i).contentCharacters() < SCANNED_PAGE_CHARS && hasImage(doc.getPage(i))) {
                scanned.add(i);
            }
        }
        if (!scanned.isEmpty()) {
            ocr(doc, pages, scanned, warnings);
        }
        int chars = pages.stream().mapToInt(Page::contentCharacters).sum();
        if (chars == 0) {
            throw new IngestFailure(IngestFailure.Reason.NO_TEXT_LAYER, "no text on any of the " + pageCount
                    + (pageCount == 1 ? " page" : " pages"));
        }
        Footnotes.Result parts = Footnotes.split(RunningLines.remove(pages));
        DutchWords words = options.words() == null ? DutchWords.NONE : options.words();
        Paragraphs.Result blocks = Paragraphs.assemble(parts, words::contains);
        DocumentText text = new DocumentText(pageCount);
        for (Paragraphs.Block b : blocks.body()) {
            if (b.isHeading()) {
                text.heading(b.text(), b.level(), b.page());
            } else {
                text.block(b.text(), b.page());
            }
        }
        for (Paragraphs.Block b : blocks.notes()) {
            text.footnote(b.number(), b.text(), b.page());
        }
        if (text.isEmpty()) {
            throw new IngestFailure(IngestFailure.Reason.NO_TEXT_LAYER, "no text besides running headers and footers");
        }
        DocumentText.IngestedText built = text.build();
        return new IngestedDocument(source, built.text(), built.pages(), metadata(doc), warnings);
    }

    /** Pages without text but with an image: OCR'd when an engine is installed, else a failure or a warning. */
    private void ocr(PDDocument doc, List<Page> pages, List<Integer> scanned, List<String> warnings)
            throws IngestFailure, IOException {
        Ocr ocr = Ocr.resolve(options.ocr());
        if (ocr == null) {
            if (scanned.size() * 2 >= pages.size()) {
                throw new IngestFailure(IngestFailure.Reason.NO_TEXT_LAYER,
                        "scanned pages without text; " + OCR_HINT);
            }
            warnings.add(scanned.size() + (scanned.size() == 1 ? " page has" : " pages have")
                    + " no text layer (scanned) and were left out; " + OCR_HINT);
            return;
        }
        PDFRenderer renderer = new PDFRenderer(doc);
        for (int i : scanned) {
            if (Thread.currentThread().isInterrupted()) {
                throw new TextLayer.ReadingInterrupted();
            }
            BufferedImage image = renderer.renderImageWithDPI(i, OCR_DPI, ImageType.GRAY);
            String read = ocr.read(image);
            image.flush();
            pages.set(i, OcrPages.page(i + 1, read == null ? "" : read));
        }
        warnings.add("OCR by " + ocr.describe() + (scanned.size() == pages.size() ? ""
                : " on " + scanned.size() + " of " + pages.size() + " pages"));
    }

    /** Whether a page draws an image (directly or in a form), the mark of a scan. */
    private static boolean hasImage(PDPage page) {
        try {
            return hasImage(page.getResources(), 0);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean hasImage(PDResources resources, int depth) throws IOException {
        if (resources == null || depth > 4) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject) {
                return true;
            }
            if (x instanceof PDFormXObject form && hasImage(form.getResources(), depth + 1)) {
                return true;
            }
        }
        return false;
    }

    /** The title of the information dictionary; its dates are the file's, not the letter's, and are left out. */
    private static Map<String, String> metadata(PDDocument doc) {
        Map<String, String> meta = new HashMap<>();
        PDDocumentInformation info = doc.getDocumentInformation();
        if (info != null) {
            String title = info.getTitle();
            if (title != null && title.codePoints().anyMatch(Character::isLetterOrDigit)) {
                meta.put(SourceInfo.Keys.TITLE, DocumentText.squeeze(title.replace('\u0000', ' ')));
            }
        }
        return meta;
    }

    /** "%PDF-" in the first kilobyte, where readers look for it. */
    private static boolean hasPdfHeader(byte[] content) {
        int end = Math.min(content.length - 5, 1024);
        for (int i = 0; i <= end; i++) {
            if (content[i] == '%' && content[i + 1] == 'P' && content[i + 2] == 'D' && content[i + 3] == 'F'
                    && content[i + 4] == '-') {
                return true;
            }
        }
        return false;
    }

    /** The first line of an exception's message, short, without a stack. */
    private static String brief(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            m = e.getClass().getSimpleName();
        }
        m = m.strip().lines().findFirst().orElse(m);
        if (m.startsWith("Error: ")) {
            m = m.substring(7);
        }
        return m.length() > 160 ? m.substring(0, 157) + "..." : m;
    }
}
