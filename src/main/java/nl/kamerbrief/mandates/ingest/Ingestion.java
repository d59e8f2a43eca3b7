package nl.kamerbrief.mandates.ingest;

import java.util.List;

/**
 * The entry to ingestion: picks the {@link Ingestor} for a detected media type. Formats without one fail with
 * {@link IngestFailure.Reason#UNSUPPORTED_FORMAT}. The one place where a document's metadata is put together: what
 * its file carries, then what its {@link Sidecar} adds (the letter's text, read later, still comes first).
 */
public final class Ingestion {

    private final List<Ingestor> ingestors;

    public Ingestion(List<Ingestor> ingestors) {
        this.ingestors = List.copyOf(ingestors);
    }

    /** The ingestors of this build with default options and no word list (tests, tools). */
    public static Ingestion standard() {
        return standard(IngestOptions.defaults(DutchWords.NONE));
    }

    /** The ingestors of this build: text and Markdown, PDF, DOCX, HTML and XML. */
    public static Ingestion standard(IngestOptions options) {
        return new Ingestion(List.of(new TextIngestor(), new PdfIngestor(options), new DocxIngestor(),
                new HtmlIngestor(), new XmlIngestor()));
    }

    public IngestedDocument ingest(SourceInfo source, byte[] content) throws IngestFailure {
        for (Ingestor i : ingestors) {
            if (i.accepts(source.mediaType())) {
                return Sidecar.complete(i.ingest(source, content));
            }
        }
        throw new IngestFailure(IngestFailure.Reason.UNSUPPORTED_FORMAT, source.mediaType());
    }
}
