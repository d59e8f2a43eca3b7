package nl.kamerbrief.mandates.ingest;

import java.awt.image.BufferedImage;

/** Reads the text of a scanned page. */
public interface Ocr {

    /** The text of one page image. */
    String read(BufferedImage page) throws IngestFailure;

    /** A name and version for logs and {@code documents.jsonl} warnings. */
    String describe();

    /** The OCR engine installed on this machine (tesseract with Dutch data), or null; looked for once per run. */
    static Ocr detect() {
        return Installed.OCR;
    }

    /** Holds what {@link #detect()} found, found on first use. */
    final class Installed {
        static final Ocr OCR = TesseractOcr.detect();

        private Installed() {
        }
    }
}
