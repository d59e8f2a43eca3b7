package nl.kamerbrief.mandates.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a download folder up to date with the sources: per source and dossier, lists what became visible since
 * the cursor (less a day of overlap), handles the documents oldest first, and moves the cursor after each one whose
 * file and sidecar are on disk, stopping it at the first failure so the next run tries that one again. A document
 * the folder already has (by GUID, or by Kamerstuk id from the other source) is not fetched again; a changed one
 * is; a deleted one is recorded. The folder's state lives in {@code DIR/.sync/}.
 */
public final class Syncer {

    private static final Logger LOG = LoggerFactory.getLogger(Syncer.class);

    /** How far before the cursor a listing starts: ties, late commits and day-granular cursors are caught. */
    static final Duration OVERLAP = Duration.ofDays(1);
    public static final String STATE_DIR = ".sync";

    /**
     * @param into     the download folder
     * @param dossiers dossier numbers ("29521", "36200-X")
     * @param since    only documents dated on or after this day (null: all)
     */
    public record Options(Path into, List<String> dossiers, LocalDate since) {
        public Options {
            dossiers = List.copyOf(dossiers);
        }
    }

    private final List<DocumentSource> sources;
    private final HttpFetcher http;

    public Syncer(List<DocumentSource> sources, HttpFetcher http) {
        this.sources = List.copyOf(sources);
        this.http = http;
    }

    public SyncReport run(Options options) throws IOException {
        Path dir = options.into();
        Path syncDir = dir.resolve(STATE_DIR);
        Files.createDirectories(syncDir);
        Downloader downloader = new Downloader(dir, syncDir, http);
        downloader.recover();
        LocalCopies local = LocalCopies.scan(dir);
        Cursors cursors = new Cursors(syncDir);
        DeletedLog deletedLog = new DeletedLog(syncDir);
        SyncReport report = new SyncReport();
        for (DocumentSource source : sources) {
            for (String dossier : options.dossiers()) {
                String key = Dossier.parse(dossier).toString();
                syncOne(source, key, options.since(), cursors, local, downloader, deletedLog, report);
            }
        }
        return report;
    }

    private void syncOne(DocumentSource source, String dossier, LocalDate since, Cursors cursors, LocalCopies local,
                         Downloader downloader, DeletedLog deletedLog, SyncReport report) throws IOException {
        SyncReport.Tally tally = report.tally(source.name(), dossier);
        Instant cursor = cursors.get(source.name(), dossier);
        List<FoundDocument> docs;
        try {
            docs = new ArrayList<>(source.list(dossier, cursor == null ? null : cursor.minus(OVERLAP), since));
        } catch (FetchException e) {
            LOG.error("{} {}: listing failed: {}", source.name(), dossier, e.getMessage());
            report.fail(new SyncReport.Failure(source.name(), dossier, null, e.getMessage()));
            return;
        }
        docs.sort(FoundDocument.CURSOR_ORDER);
        tally.listed = docs.size();
        LOG.info("{} {}: {} documents listed{}", source.name(), dossier, docs.size(),
                cursor == null ? " (first run)" : " since " + cursor.minus(OVERLAP));
        boolean blocked = false;
        for (FoundDocument d : docs) {
            try {
                handle(d, dossier, local, downloader, deletedLog, tally, report);
            } catch (FetchException e) {
                LOG.error("{} {}: {}: {}", source.name(), dossier, d.stem(), e.getMessage());
                report.fail(new SyncReport.Failure(source.name(), dossier, d.stem(), e.getMessage()));
                tally.failed++;
                blocked = true;
                continue;
            }
            if (!blocked && d.visibleSince() != null) {
                cursors.advance(source.name(), dossier, d.visibleSince());
            }
        }
    }

    /** One listed document: recorded, skipped, fetched or its sidecar rewritten. */
    private static void handle(FoundDocument d, String dossier, LocalCopies local, Downloader downloader,
                               DeletedLog deletedLog, SyncReport.Tally tally, SyncReport report)
            throws IOException {
        LocalCopies.Copy copy = local.byGuid(d.guid());
        if (copy == null) {
            copy = local.byStem(d.stem());
        }
        if (copy != null && copy.fileName() == null) {
            copy = null;
        }
        if (d.deleted()) {
            if (deletedLog.record(d, dossier, copy == null ? null : copy.fileName())) {
                LOG.info("{} {}: {} is deleted in the source; recorded in {}/{}{}", d.source(), dossier, d.stem(),
                        STATE_DIR, DeletedLog.FILE, copy == null ? "" : " (" + copy.fileName() + " kept)");
            }
            tally.deleted++;
            return;
        }
        if (copy == null) {
            Sidecar s = downloader.fetch(d, null);
            local.put(new LocalCopies.Copy(s.id(), s.file(), s));
            report.wrote(s.file());
            tally.fetched++;
            LOG.info("{} {}: {} fetched ({} bytes)", d.source(), dossier, s.file(), s.bytes());
            return;
        }
        Sidecar had = copy.sidecar();
        if (had == null) {
            // a letter put here by hand, or whose sidecar was lost: describe it, do not fetch it
            Sidecar s = downloader.describe(d, copy);
            local.put(new LocalCopies.Copy(s.id(), s.file(), s));
            tally.present++;
            return;
        }
        if (!d.source().equals(had.source())) {
            tally.present++; // the same Kamerstuk, fetched through the other source
            return;
        }
        if (d.guid() != null && had.guid() != null && !d.guid().equals(had.guid())) {
            LOG.warn("{} {}: documents {} and {} both name Kamerstuk {}; kept {}", d.source(), dossier, had.guid(),
                    d.guid(), d.kamerstuk(), copy.fileName());
            tally.present++;
            return;
        }
        Instant hadSince = had.visibleSinceInstant();
        if (d.visibleSince() != null && hadSince != null && !d.visibleSince().isAfter(hadSince)) {
            tally.present++;
            return;
        }
        if (d.version() != null && d.version().equals(had.version()) && d.stem().equals(copy.stem())) {
            Sidecar s = downloader.describe(d, copy);
            local.put(new LocalCopies.Copy(s.id(), s.file(), s));
            tally.updated++;
            LOG.info("{} {}: {} changed in its metadata only; sidecar rewritten", d.source(), dossier, s.file());
            return;
        }
        Sidecar s = downloader.fetch(d, copy);
        local.put(new LocalCopies.Copy(s.id(), s.file(), s));
        report.wrote(s.file());
        tally.changed++;
        LOG.info("{} {}: {} changed; fetched again ({} bytes)", d.source(), dossier, s.file(), s.bytes());
    }

    /** One small live request per source, for {@code sync --probe}. */
    public List<ProbeReport> probe(String dossier) {
        List<ProbeReport> out = new ArrayList<>();
        for (DocumentSource s : sources) {
            out.add(s.probe(dossier));
        }
        return out;
    }
}
