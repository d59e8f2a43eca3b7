package nl.kamerbrief.mandates.ingest;

import java.awt.image.BufferedImage;

/** Reads the text of a scanned page. */
public interface Ocr {

    /** The text of one page image. */
    String read(BufferedImage page) throws IngestFailure;

    /** A name and version for logs and {@code documents.jsonl} warnings. */
    String describe();

    /**
     * Stands for "the engine this machine has", looked for only when a scanned page needs it (looking runs
     * {@code tesseract}, which a run over text letters need not pay for at start-up).
     */
    Ocr INSTALLED = new Ocr() {
        @Override
        public String read(BufferedImage page) throws IngestFailure {
            Ocr ocr = detect();
            if (ocr == null) {
                throw new IngestFailure(IngestFailure.Reason.NO_TEXT_LAYER, "no OCR engine installed");
            }
            return ocr.read(page);
        }

        @Override
        public String describe() {
            Ocr ocr = detect();
            return ocr == null ? "none" : ocr.describe();
        }
    };

    /** {@code ocr}, with {@link #INSTALLED} looked up: an engine, or null when there is none. */
    static Ocr resolve(Ocr ocr) {
        return ocr == INSTALLED ? detect() : ocr;
    }

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
