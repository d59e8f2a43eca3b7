package nl.kamerbrief.mandates.batch;

import nl.kamerbrief.mandates.ingest.IngestFailure;
import nl.kamerbrief.mandates.ingest.IngestedDocument;
import nl.kamerbrief.mandates.ingest.Ingestor;
import nl.kamerbrief.mandates.ingest.SourceInfo;
import nl.kamerbrief.mandates.ingest.TextIngestor;

/**
 * Reads a text letter, unless its id says how to misbehave as a stuck or starving parser would: "hangs" sleeps a
 * minute, "spins" loops five seconds without looking at interrupts, "eats-memory" asks for more memory than any
 * test heap holds.
 */
final class MisbehavingIngestor implements Ingestor {

    private final TextIngestor text = new TextIngestor();

    @Override
    public boolean accepts(String mediaType) {
        return text.accepts(mediaType);
    }

    @Override
    public IngestedDocument ingest(SourceInfo source, byte[] content) throws IngestFailure {
        switch (source.id()) {
            case "hangs" -> {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IngestFailure(IngestFailure.Reason.TIMED_OUT, "interrupted");
                }
            }
            case "spins" -> {
                long until = System.nanoTime() + 5_000_000_000L;
                long x = 0;
                while (System.nanoTime() < until) {
                    x++;
                }
                if (x < 0) {
                    throw new IllegalStateException();
                }
            }
            case "eats-memory" -> {
                // more than any test heap holds: the JVM refuses it at once
                long[] hog = new long[Integer.MAX_VALUE / 2];
                hog[0] = 1;
            }
            default -> {
            }
        }
        return text.ingest(source, content);
    }
}
