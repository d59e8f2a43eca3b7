package nl.kamerbrief.mandates.cli;

import java.io.IOException;
import java.time.Duration;
import nl.kamerbrief.mandates.ingest.DutchWords;
import nl.kamerbrief.mandates.ingest.IngestOptions;
import nl.kamerbrief.mandates.ingest.Ingestion;
import nl.kamerbrief.mandates.ingest.Ocr;
import nl.kamerbrief.mandates.rules.RuleSet;
import picocli.CommandLine.Option;

/** How far one document may go: bytes, pages, seconds. A document past a limit fails alone, with the reason. */
final class Limits {

    /** The Dutch word list in the rules folder, for undoing line-end hyphenation in PDFs. */
    static final String WORDS = "words-nl.txt";

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "209715200",
            description = "Fail inputs larger than this many bytes (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--max-pages", paramLabel = "N", defaultValue = "" + IngestOptions.DEFAULT_MAX_PAGES,
            description = "Fail paged documents (PDF) with more pages (default: ${DEFAULT-VALUE}).")
    int maxPages;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Fail a document that takes longer (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    Duration timeout() {
        return Duration.ofSeconds(Math.max(1, timeoutSeconds));
    }

    /** The readers of every format, with the rules' word list and the OCR engine this machine has. */
    Ingestion ingestion(RuleSet rules) throws IOException {
        DutchWords words = DutchWords.loadLazily(rules.dir().resolve(WORDS));
        return Ingestion.standard(new IngestOptions(words, maxPages, Ocr.INSTALLED));
    }
}
