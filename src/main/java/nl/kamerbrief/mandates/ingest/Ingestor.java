package nl.kamerbrief.mandates.ingest;

/**
 * Reads one family of formats into an {@link IngestedDocument}. The caller owns the bytes; an ingestor never
 * throws anything but {@link IngestFailure} for a bad input.
 */
public interface Ingestor {

    /** Whether this ingestor reads the media type. */
    boolean accepts(String mediaType);

    IngestedDocument ingest(SourceInfo source, byte[] content) throws IngestFailure;
}
