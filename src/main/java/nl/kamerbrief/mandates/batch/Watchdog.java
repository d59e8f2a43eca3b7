package nl.kamerbrief.mandates.batch;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one document's work on a worker thread and waits at most its time limit. Past the limit the worker is
 * interrupted and abandoned: a parser stuck in a loop cannot be stopped from outside the JVM, so the workers are
 * daemons that never keep the JVM alive, and the run goes on. An {@link OutOfMemoryError} of the work is reported
 * as such, so one starving document fails alone.
 */
final class Watchdog {

    /** What the watched work ended in. */
    sealed interface Result<T> permits Done, TimedOut, OutOfMemory {
    }

    record Done<T>(T value) implements Result<T> {
    }

    record TimedOut<T>() implements Result<T> {
    }

    record OutOfMemory<T>() implements Result<T> {
    }

    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "mandates-document");
        t.setDaemon(true);
        return t;
    });

    private Watchdog() {
    }

    /** Runs {@code work}; rethrows what it throws, but for running out of memory. */
    static <T> Result<T> run(Callable<T> work, Duration limit) throws Exception {
        Future<T> f = WORKERS.submit(work);
        try {
            return new Done<>(f.get(limit.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            f.cancel(true);
            return new TimedOut<>();
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof OutOfMemoryError) {
                return new OutOfMemory<>();
            }
            if (cause instanceof Exception ex) {
                throw ex;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
