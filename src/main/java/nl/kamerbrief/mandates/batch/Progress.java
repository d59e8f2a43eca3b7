package nl.kamerbrief.mandates.batch;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How far a run is: a progress bar on stderr when stderr is a terminal, else a plain log line every ten seconds
 * (for cron and systemd logs).
 */
abstract class Progress implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Progress.class);

    /** One document done. */
    abstract void step(String id);

    @Override
    public abstract void close();

    static Progress of(int total, boolean quiet) {
        if (quiet || total == 0) {
            return new Silent();
        }
        return System.console() != null ? new Bar(total) : new Lines(total);
    }

    private static final class Silent extends Progress {
        @Override
        void step(String id) {
        }

        @Override
        public void close() {
        }
    }

    private static final class Bar extends Progress {
        private final ProgressBar bar;

        Bar(int total) {
            bar = new ProgressBarBuilder().setTaskName("extract").setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(
                            System.err)).showSpeed().build();
        }

        @Override
        synchronized void step(String id) {
            bar.step();
        }

        @Override
        public void close() {
            bar.close();
        }
    }

    private static final class Lines extends Progress {
        private final int total;
        private final AtomicInteger done = new AtomicInteger();
        private final long started = System.nanoTime();
        private volatile long last = System.nanoTime();

        Lines(int total) {
            this.total = total;
        }

        @Override
        void step(String id) {
            int n = done.incrementAndGet();
            long now = System.nanoTime();
            if (now - last >= Duration.ofSeconds(10).toNanos() && n < total) {
                last = now;
                double s = (now - started) / 1e9;
                LOG.info("{} of {} documents ({} %), {} per second", n, total, n * 100 / total,
                        String.format("%.1f", n / s));
            }
        }

        @Override
        public void close() {
        }
    }
}
