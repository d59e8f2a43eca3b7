package nl.kamerbrief.mandates.ingest;

/**
 * What ingestion may use and how far it may go.
 *
 * @param words    Dutch words, for undoing line-end hyphenation in PDFs ({@code rules/words-nl.txt})
 * @param maxPages pages a paged document may have; more fails with {@link IngestFailure.Reason#TOO_LARGE}
 * @param ocr      the OCR engine for scanned PDFs ({@link Ocr#INSTALLED}: the one this machine has), or null for none
 */
public record IngestOptions(DutchWords words, int maxPages, Ocr ocr) {

    /** Admits a 400-page letter with room to spare. */
    public static final int DEFAULT_MAX_PAGES = 2000;

    public static IngestOptions defaults(DutchWords words) {
        return new IngestOptions(words, DEFAULT_MAX_PAGES, Ocr.INSTALLED);
    }
}
