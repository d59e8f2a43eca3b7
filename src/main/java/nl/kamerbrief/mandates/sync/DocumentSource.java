package nl.kamerbrief.mandates.sync;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A public API that lists the letters of a dossier. */
public interface DocumentSource {

    /** Its name in cursors, sidecars and messages ("odata", "sru"). */
    String name();

    /**
     * Every document of {@code dossier} that became visible at or after {@code visibleFrom} (all when null) and is
     * dated on or after {@code datedFrom} (all when null), deleted ones included, in any order. Fails as a whole
     * when any page cannot be had: a partial listing could let the cursor pass a document it never saw.
     */
    List<FoundDocument> list(String dossier, Instant visibleFrom, LocalDate datedFrom) throws FetchException;

    /** One small request for {@code dossier}: what came back and what of its shape was not expected. */
    ProbeReport probe(String dossier);
}
