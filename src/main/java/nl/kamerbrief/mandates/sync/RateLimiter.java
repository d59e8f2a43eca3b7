package nl.kamerbrief.mandates.sync;

/**
 * A token bucket holding one token, refilled at the configured rate: requests go out evenly spaced, never in a
 * burst, however they are asked for. Thread-safe.
 */
final class RateLimiter {

    private final long intervalNanos;
    private long nextFree;

    RateLimiter(double perSecond) {
        if (!(perSecond > 0)) {
            throw new IllegalArgumentException("rate must be positive: " + perSecond);
        }
        this.intervalNanos = (long) Math.ceil(1_000_000_000.0 / perSecond);
        this.nextFree = System.nanoTime();
    }

    /** Waits until a request may go out, and takes the token. */
    void acquire() throws InterruptedException {
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long start = Math.max(now, nextFree);
            nextFree = start + intervalNanos;
            wait = start - now;
        }
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }
}
