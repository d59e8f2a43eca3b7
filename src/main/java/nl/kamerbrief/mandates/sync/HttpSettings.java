package nl.kamerbrief.mandates.sync;

import java.time.Duration;

/**
 * How the sync client behaves towards the public APIs.
 *
 * @param userAgent         sent with every request, naming the project
 * @param timeout           one whole exchange (answer and body) may take this long
 * @param requestsPerSecond at most this many requests per second, retries included
 * @param attempts          tries per request before giving up
 * @param firstBackoff      wait after the first failed try; doubled after each further one
 * @param maxBackoff        the longest wait between tries
 * @param maxRetryAfter     the longest {@code Retry-After} honoured; a server asking more is a failure
 * @param maxBytes          a larger body fails (files are held in memory before they are written)
 */
public record HttpSettings(String userAgent, Duration timeout, double requestsPerSecond, int attempts,
                           Duration firstBackoff, Duration maxBackoff, Duration maxRetryAfter, long maxBytes) {

    public static final double DEFAULT_RATE = 2.0;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    public static final int DEFAULT_ATTEMPTS = 5;
    public static final long DEFAULT_MAX_BYTES = 200L * 1024 * 1024;

    public HttpSettings {
        if (userAgent == null || userAgent.isBlank()) {
            throw new IllegalArgumentException("a User-Agent is required");
        }
        if (!(requestsPerSecond > 0)) {
            throw new IllegalArgumentException("the rate must be more than 0 requests per second");
        }
        if (attempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
    }

    /** The defaults: 60 s per exchange, 2 requests/s, 5 tries waiting 1, 2, 4, 8 s, Retry-After up to 5 minutes. */
    public static HttpSettings defaults(String userAgent) {
        return new HttpSettings(userAgent, DEFAULT_TIMEOUT, DEFAULT_RATE, DEFAULT_ATTEMPTS, Duration.ofSeconds(1),
                Duration.ofSeconds(60), Duration.ofMinutes(5), DEFAULT_MAX_BYTES);
    }

    public HttpSettings withTimeout(Duration t) {
        return new HttpSettings(userAgent, t, requestsPerSecond, attempts, firstBackoff, maxBackoff, maxRetryAfter,
                maxBytes);
    }

    public HttpSettings withRate(double perSecond) {
        return new HttpSettings(userAgent, timeout, perSecond, attempts, firstBackoff, maxBackoff, maxRetryAfter,
                maxBytes);
    }

    public HttpSettings withAttempts(int n) {
        return new HttpSettings(userAgent, timeout, requestsPerSecond, n, firstBackoff, maxBackoff, maxRetryAfter,
                maxBytes);
    }

    public HttpSettings withBackoff(Duration first, Duration max) {
        return new HttpSettings(userAgent, timeout, requestsPerSecond, attempts, first, max, maxRetryAfter, maxBytes);
    }

    public HttpSettings withMaxBytes(long n) {
        return new HttpSettings(userAgent, timeout, requestsPerSecond, attempts, firstBackoff, maxBackoff,
                maxRetryAfter, n);
    }
}
