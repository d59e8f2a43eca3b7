package nl.kamerbrief.mandates.sync;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * One document a source lists. Only the source and a name are sure to be there; the rest is what the source said.
 *
 * @param source        "odata" or "sru"
 * @param guid          the parliament's document GUID (OData), null for SRU
 * @param kamerstuk     the Kamerstuk number as the record spec writes it ("29521-446", "36200-X-12"), or null
 * @param date          the document's date
 * @param title         its subject or title
 * @param dossierTitle  the title of its dossier (OData's {@code Titel}), or null
 * @param type          its kind ("Brief regering"; SRU: the Kamerstuk type)
 * @param fileUrl       where its file is
 * @param expectedType  the media type the source promises for the file, or null
 * @param expectedBytes the length the source promises for the file, or null
 * @param visibleSince  when it became visible in the source (OData {@code ApiGewijzigdOp}), the cursor's field
 * @param version       what changes when the file changes (OData: current version id; SRU: the file URL)
 * @param deleted       the source marks it deleted
 */
public record FoundDocument(String source, String guid, String kamerstuk, LocalDate date, String title,
                            String dossierTitle, String type, URI fileUrl, String expectedType, Long expectedBytes,
                            Instant visibleSince, String version, boolean deleted) {

    /** Oldest first; documents without a time first (they never move the cursor); then by name. */
    public static final Comparator<FoundDocument> CURSOR_ORDER = Comparator
            .comparing(FoundDocument::visibleSince, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(FoundDocument::stem);

    public FoundDocument {
        if ((guid == null || guid.isBlank()) && (kamerstuk == null || kamerstuk.isBlank())) {
            throw new IllegalArgumentException("a document needs a GUID or a Kamerstuk number");
        }
    }

    /**
     * The file name without extension: the officielebekendmakingen id {@code kst-<dossier>-<number>}, or the GUID
     * where there is no Kamerstuk number. The same Kamerstuk found through two sources has one stem.
     */
    public String stem() {
        return kamerstuk != null ? "kst-" + kamerstuk : guid.toLowerCase(java.util.Locale.ROOT);
    }

    /** The dossier part of the Kamerstuk number ("29521", "36200-X"), or null. */
    public String dossier() {
        return kamerstuk == null ? null : kamerstuk.substring(0, kamerstuk.lastIndexOf('-'));
    }
}
