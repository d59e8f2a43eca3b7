package nl.kamerbrief.mandates.sync;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GET with the manners a public API deserves and the stubbornness a nightly job needs: a User-Agent naming the
 * project, a rate limit, a time limit per exchange, and retries with exponential backoff on what may pass
 * (timeouts, connection resets, truncated bodies, 5xx, 408, 429 with its {@code Retry-After}, and bodies a
 * {@link Fetched.Check} calls retryable). A 4xx other than 408/429, or a body the check rejects for good, fails at
 * once. Thread-safe.
 */
public final class HttpFetcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpFetcher.class);

    private final HttpSettings settings;
    private final HttpClient client;
    private final RateLimiter limiter;
    private final ScheduledExecutorService deadlines;

    public HttpFetcher(HttpSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(settings.timeout())
                .build();
        this.limiter = new RateLimiter(settings.requestsPerSecond());
        this.deadlines = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sync-deadlines");
            t.setDaemon(true);
            return t;
        });
    }

    public HttpSettings settings() {
        return settings;
    }

    /** GETs {@code uri}, retrying what may pass, until {@code check} accepts the body. */
    Fetched get(URI uri, String accept, Fetched.Check check) throws FetchException {
        String last = null;
        for (int attempt = 1; attempt <= settings.attempts(); attempt++) {
            Duration wait = null;
            try {
                limiter.acquire();
                Fetched f = exchange(uri, accept);
                if (f.status() >= 200 && f.status() < 300) {
                    try {
                        check.check(f);
                        return f;
                    } catch (Fetched.BadContent bad) {
                        if (!bad.retryable()) {
                            throw new FetchException(bad.getMessage() + " (" + uri + ")", true);
                        }
                        last = bad.getMessage();
                    }
                } else {
                    last = "HTTP " + f.status();
                    if (!retryableStatus(f.status())) {
                        throw new FetchException("HTTP " + f.status() + " for " + uri + snippet(f), true);
                    }
                    wait = retryAfter(f);
                    if (wait != null) {
                        last += " with Retry-After " + wait.toSeconds() + " s";
                        if (wait.compareTo(settings.maxRetryAfter()) > 0) {
                            throw new FetchException("the server asks to wait " + wait.toSeconds()
                                    + " s (Retry-After) before asking " + uri + " again, more than the "
                                    + settings.maxRetryAfter().toSeconds() + " s this client waits", false);
                        }
                    }
                }
            } catch (FetchException e) {
                throw e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FetchException("interrupted while fetching " + uri, false, e);
            } catch (HttpTimeoutException e) {
                last = "no answer within " + settings.timeout().toSeconds() + " s";
            } catch (BodyTimeout e) {
                last = e.getMessage();
            } catch (TooLarge e) {
                throw new FetchException(e.getMessage() + " (" + uri + ")", true);
            } catch (ConnectException e) {
                last = "cannot connect to " + uri.getHost() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (IOException e) {
                last = describe(e);
            }
            if (attempt < settings.attempts()) {
                Duration pause = wait != null ? wait : backoff(attempt);
                LOG.warn("{}: {}; try {} of {} in {} ms", uri, last, attempt + 1, settings.attempts(),
                        pause.toMillis());
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new FetchException("interrupted while fetching " + uri, false, e);
                }
            }
        }
        throw new FetchException("gave up on " + uri + " after " + settings.attempts() + " tries; the last: " + last,
                false);
    }

    /** One request and its whole body, within the time limit and the byte limit. */
    private Fetched exchange(URI uri, String accept) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(uri)
                .timeout(settings.timeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", accept)
                .GET()
                .build();
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        HttpResponse<InputStream> r = client.send(req, HttpResponse.BodyHandlers.ofInputStream());
        byte[] body = readBody(r, deadline);
        String type = r.headers().firstValue("Content-Type").orElse("");
        OptionalLong declared = r.headers().firstValueAsLong("Content-Length");
        if (declared.isPresent() && declared.getAsLong() != body.length && r.statusCode() < 300) {
            throw new IOException("truncated body: " + body.length + " of " + declared.getAsLong() + " bytes");
        }
        return new Fetched(uri, r.uri(), r.statusCode(), type, body, r.headers());
    }

    private byte[] readBody(HttpResponse<InputStream> r, long deadline) throws IOException {
        long left = deadline - System.nanoTime();
        AtomicBoolean expired = new AtomicBoolean();
        try (InputStream in = r.body()) {
            if (left <= 0) {
                throw new BodyTimeout("no whole answer within " + settings.timeout().toSeconds() + " s");
            }
            ScheduledFuture<?> alarm = deadlines.schedule(() -> {
                expired.set(true);
                try {
                    in.close();
                } catch (IOException e) {
                    // closing is all that can be done
                }
            }, left, TimeUnit.NANOSECONDS);
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buf = new byte[64 * 1024];
                long total = 0;
                for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                    total += n;
                    if (total > settings.maxBytes()) {
                        throw new TooLarge("larger than " + settings.maxBytes() + " bytes (--max-bytes)");
                    }
                    out.write(buf, 0, n);
                }
                return out.toByteArray();
            } catch (IOException e) {
                if (expired.get() && !(e instanceof TooLarge)) {
                    throw new BodyTimeout("the body did not arrive within " + settings.timeout().toSeconds() + " s");
                }
                throw e;
            } finally {
                alarm.cancel(false);
            }
        }
    }

    /** The start of an error body worth showing (an OData or SRU error message), or nothing. */
    private static String snippet(Fetched f) {
        String type = f.contentType().toLowerCase(Locale.ROOT);
        if (f.body().length == 0 || !(type.contains("json") || type.contains("xml") || type.startsWith("text/"))) {
            return "";
        }
        String s = new String(f.body(), 0, Math.min(f.body().length, 2000), java.nio.charset.StandardCharsets.UTF_8)
                .replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
        return s.isEmpty() ? "" : ": " + (s.length() > 300 ? s.substring(0, 300) + "..." : s);
    }

    private static boolean retryableStatus(int status) {
        return status == 408 || status == 429 || status >= 500;
    }

    /** The wait a 429 or 503 asks for, in seconds or as an HTTP date; null when it asks for none. */
    static Duration retryAfter(Fetched f) {
        String v = f.headers().firstValue("Retry-After").map(String::strip).orElse(null);
        if (v == null || v.isEmpty()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
        } catch (NumberFormatException e) {
            try {
                ZonedDateTime when = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(ZonedDateTime.now(when.getZone()), when);
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    private Duration backoff(int attempt) {
        long base = settings.firstBackoff().toMillis() << Math.min(20, attempt - 1);
        long capped = Math.min(base, settings.maxBackoff().toMillis());
        // jitter: nightly jobs of many users should not come back in step
        return Duration.ofMillis((long) (capped * (0.75 + 0.5 * ThreadLocalRandom.current().nextDouble())));
    }

    private static String describe(IOException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String lower = m.toLowerCase(Locale.ROOT);
        if (lower.contains("fixed content-length") || lower.contains("truncated") || lower.contains("eof reached")) {
            return "truncated body (" + m + ")";
        }
        if (lower.contains("reset") || lower.contains("received no bytes") || lower.contains("closed")) {
            return "connection closed by the server (" + m + ")";
        }
        return m;
    }

    @Override
    public void close() {
        deadlines.shutdownNow();
    }

    private static final class BodyTimeout extends IOException {
        BodyTimeout(String message) {
            super(message);
        }
    }

    private static final class TooLarge extends IOException {
        TooLarge(String message) {
            super(message);
        }
    }
}
