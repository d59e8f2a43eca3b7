package nl.kamerbrief.mandates.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.kamerbrief.mandates.sync.DocumentSource;
import nl.kamerbrief.mandates.sync.Dossier;
import nl.kamerbrief.mandates.sync.HttpFetcher;
import nl.kamerbrief.mandates.sync.HttpSettings;
import nl.kamerbrief.mandates.sync.ODataSource;
import nl.kamerbrief.mandates.sync.SruSource;
import picocli.CommandLine.Option;

/** The options of {@code sync} that {@code run} shares: where to, which dossiers, which sources, how politely. */
final class SyncOptions {

    /** Which public APIs to ask. */
    enum Source { odata, sru, both }

    static final String DEFAULT_DOSSIER = "29521";

    @Option(names = "--into", paramLabel = "DIR", description = "Download folder: letters, their .meta.json "
            + "sidecars, and the sync state in DIR/.sync/.")
    Path into;

    @Option(names = "--dossier", paramLabel = "N", description = "A Kamerstuk dossier to follow (repeatable; "
            + "like 29521 or 36200-X; default: " + DEFAULT_DOSSIER + ", Nederlandse deelname aan vredesmissies).")
    List<String> dossiers = new ArrayList<>();

    @Option(names = "--since", paramLabel = "DATE", description = "Only documents dated on or after DATE "
            + "(YYYY-MM-DD).")
    LocalDate since;

    @Option(names = "--source", paramLabel = "SOURCE", description = "odata (the Tweede Kamer's API, default), "
            + "sru (officielebekendmakingen) or both; a document found through both is fetched once.")
    Source source;

    @Option(names = "--odata-url", paramLabel = "URL", defaultValue = ODataSource.DEFAULT_BASE,
            description = "Base URL of the OData API (default: ${DEFAULT-VALUE}).")
    URI odataUrl;

    @Option(names = "--sru-url", paramLabel = "URL", defaultValue = SruSource.DEFAULT_BASE,
            description = "The SRU endpoint (default: ${DEFAULT-VALUE}).")
    URI sruUrl;

    @Option(names = "--rate", paramLabel = "N", defaultValue = "" + HttpSettings.DEFAULT_RATE,
            description = "At most N requests per second, retries included (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "One request, answer and body, may take this long before it is tried again "
                    + "(default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--attempts", paramLabel = "N", defaultValue = "" + HttpSettings.DEFAULT_ATTEMPTS,
            description = "Tries per request on timeouts, resets, 5xx and 429 (default: ${DEFAULT-VALUE}).")
    int attempts;

    @Option(names = "--max-file-bytes", paramLabel = "N", defaultValue = "" + HttpSettings.DEFAULT_MAX_BYTES,
            description = "Refuse files larger than this (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--contact", paramLabel = "TEXT",
            description = "An e-mail address or URL added to the User-Agent, so the API's operators can reach you.")
    String contact;

    /** The dossiers asked for, checked; the default when none. */
    List<String> dossiers() {
        List<String> out = new ArrayList<>();
        for (String d : dossiers.isEmpty() ? List.of(DEFAULT_DOSSIER) : dossiers) {
            out.add(Dossier.parse(d).toString());
        }
        return out;
    }

    /** What is wrong with these options, or null. */
    String problem(boolean needInto) {
        if (needInto && into == null) {
            return "--into DIR is required";
        }
        if (!(rate > 0) || Double.isInfinite(rate)) {
            return "--rate must be more than 0";
        }
        if (timeoutSeconds < 1) {
            return "--timeout must be at least 1 second";
        }
        if (attempts < 1) {
            return "--attempts must be at least 1";
        }
        try {
            dossiers();
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        for (URI u : List.of(odataUrl, sruUrl)) {
            if (u.getScheme() == null || !u.getScheme().matches("https?") || u.getHost() == null) {
                return "not an http(s) URL: " + u;
            }
        }
        return null;
    }

    /** "kamerbrief-mandates/0.1.0 (...)": names the project and, when given, how to reach its user. */
    String userAgent() {
        return "kamerbrief-mandates/" + Version.get() + " (research tool reading Dutch government letters; see its "
                + "README, 'Following new publications'" + (contact == null || contact.isBlank() ? ""
                : "; contact: " + contact.strip().replaceAll("[\\r\\n()]", " ")) + ")";
    }

    HttpFetcher fetcher() {
        return new HttpFetcher(HttpSettings.defaults(userAgent()).withRate(rate)
                .withTimeout(Duration.ofSeconds(timeoutSeconds)).withAttempts(attempts).withMaxBytes(maxBytes));
    }

    /** The sources asked for; {@code fallback} when --source is not given. */
    List<DocumentSource> sources(HttpFetcher http, Source fallback) {
        Source s = source != null ? source : fallback;
        List<DocumentSource> out = new ArrayList<>();
        if (s != Source.sru) {
            out.add(new ODataSource(odataUrl, http));
        }
        if (s != Source.odata) {
            out.add(new SruSource(sruUrl, http));
        }
        return out;
    }
}
