package nl.kamerbrief.mandates.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.kamerbrief.mandates.batch.OutputLock;
import nl.kamerbrief.mandates.sync.HttpFetcher;
import nl.kamerbrief.mandates.sync.ProbeReport;
import nl.kamerbrief.mandates.sync.SyncReport;
import nl.kamerbrief.mandates.sync.Syncer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code mandates sync}: new and changed letters of the public APIs into a download folder. */
@Command(name = "sync", mixinStandardHelpOptions = true,
        header = "Fetch new and changed letters from the parliament's open data into a folder.",
        description = {"Lists the government letters ('Brief regering') of the given dossiers that",
                "became visible since the last run, and downloads each file once into DIR as",
                "kst-<dossier>-<number>.<ext> (the document GUID where it has no Kamerstuk",
                "number), with a sidecar <same>.meta.json: GUID, Kamerstuk number, date,",
                "title, type, source URL, SHA-256 and fetch time.",
                "One cursor per source and dossier is kept in DIR/.sync/ and moved only after",
                "a file and its sidecar are on disk: a run that dies fetches nothing twice",
                "and misses nothing the next time. Documents the source deletes are recorded",
                "in DIR/.sync/deleted.jsonl; their files are kept. Timeouts, resets,",
                "truncated bodies, 5xx and 429 (Retry-After) are retried with backoff.",
                "Requests name the project in their User-Agent and keep to --rate.",
                "--probe makes one small live request to each source and reports what it",
                "found and any field it did not expect."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  every listed document is here (no new documents is fine)",
                "  1  some documents or listings failed after retries (listed on stderr)",
                "  2  usage error", "  3  another run holds the folder"})
final class SyncCommand implements Callable<Integer> {

    @Mixin
    Common common;

    @Mixin
    SyncOptions sync;

    @Option(names = "--probe", description = "One small live request to each source (both unless --source is "
            + "given): what came back, and any field the client did not expect. Needs no --into.")
    boolean probe;

    @Override
    public Integer call() {
        common.applyLogLevel();
        String problem = sync.problem(!probe);
        if (problem != null) {
            common.err().println("mandates sync: " + problem);
            return 2;
        }
        if (probe) {
            return probe(sync, common.out());
        }
        return run(sync, common.err(), common.quiet);
    }

    /** A sync under the folder's lock, with its summary on {@code err}; the exit code. */
    static int run(SyncOptions sync, PrintWriter err, boolean quiet) {
        try (OutputLock lock = OutputLock.acquire(sync.into); HttpFetcher http = sync.fetcher()) {
            Syncer syncer = new Syncer(sync.sources(http, SyncOptions.Source.odata), http);
            SyncReport report = syncer.run(new Syncer.Options(sync.into, sync.dossiers(), sync.since));
            if (!quiet || !report.failures().isEmpty()) {
                summary(report, err);
            }
            return report.failures().isEmpty() ? 0 : 1;
        } catch (OutputLock.HeldException e) {
            err.println("mandates sync: " + e.getMessage());
            return 3;
        } catch (IOException e) {
            err.println("mandates sync: " + e.getMessage());
            return 1;
        }
    }

    static void summary(SyncReport r, PrintWriter err) {
        for (Map.Entry<String, SyncReport.Tally> e : r.tallies().entrySet()) {
            SyncReport.Tally t = e.getValue();
            err.printf("sync %s: %d listed, %d new, %d changed, %d metadata only, %d already here, %d deleted, "
                    + "%d failed%n", e.getKey(), t.listed(), t.fetched(), t.changed(), t.updated(), t.present(),
                    t.deleted(), t.failed());
        }
        err.printf("sync: %d files fetched%s%s%n", r.fetched(), r.deleted() > 0 ? ", " + r.deleted()
                + " deletions recorded in .sync/deleted.jsonl" : "", r.failures().isEmpty() ? ""
                : "; " + r.failures().size() + " failed:");
        List<SyncReport.Failure> failures = r.failures();
        for (int i = 0; i < failures.size() && i < 20; i++) {
            err.println("  failed: " + failures.get(i));
        }
        if (failures.size() > 20) {
            err.println("  ... and " + (failures.size() - 20) + " more");
        }
        err.flush();
    }

    /** {@code --probe}: one request per source, the report on stdout; 0 when every source answered. */
    static int probe(SyncOptions sync, PrintWriter out) {
        boolean ok = true;
        try (HttpFetcher http = sync.fetcher()) {
            Syncer syncer = new Syncer(sync.sources(http, SyncOptions.Source.both), http);
            for (ProbeReport p : syncer.probe(sync.dossiers().get(0))) {
                ok &= p.ok();
                out.println(p.source() + ": " + (p.ok() ? "ok" : "FAILED"));
                out.println("  request: " + p.request());
                if (!p.ok()) {
                    out.println("  error: " + p.error());
                    continue;
                }
                out.println("  documents: " + p.documents());
                out.println("  sample: " + (p.sample() == null ? "none" : p.sample()));
                out.println("  fields not expected (ignored): " + (p.unexpectedFields().isEmpty() ? "none"
                        : String.join(", ", p.unexpectedFields())));
                out.println("  fields expected but missing: " + (p.missingFields().isEmpty() ? "none"
                        : String.join(", ", p.missingFields())));
            }
        }
        out.flush();
        return ok ? 0 : 1;
    }
}
