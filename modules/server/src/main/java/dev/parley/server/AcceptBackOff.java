package dev.parley.server;

import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the acceptor waits after a failed accept: 10 ms, doubling up to 1 s, back to 10 ms once one succeeds. A
 * listening socket whose accept fails (no file descriptors left) stays ready, so retrying at once would spin; and
 * the log gets one line when a run of failures starts and one when it ends, not one per failure.
 */
final class AcceptBackOff {

    private static final Logger LOG = LoggerFactory.getLogger(AcceptBackOff.class);
    static final Duration FIRST = Duration.ofMillis(10);
    static final Duration MAX = Duration.ofSeconds(1);

    /** Waits; {@code Thread::sleep} but in tests. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    private final Sleeper sleeper;
    private long nextMillis = FIRST.toMillis();
    private long failures;

    AcceptBackOff() {
        this(Thread::sleep);
    }

    AcceptBackOff(Sleeper sleeper) {
        this.sleeper = sleeper;
    }

    /** One more failure: logs it if it starts a run, then waits before the next try. */
    void failed(IOException e) throws InterruptedException {
        if (failures++ == 0) {
            LOG.warn(
                    "Accepting connections failed ({}); retrying, at most {} ms apart, until it works again",
                    e.getMessage(),
                    MAX.toMillis());
        }
        sleeper.sleep(nextMillis);
        nextMillis = Math.min(MAX.toMillis(), nextMillis * 2);
    }

    /** An accept worked: the next failure starts a new run. */
    void succeeded() {
        if (failures > 0) {
            LOG.info("Accepting connections again after {} failed attempt(s)", failures);
            failures = 0;
            nextMillis = FIRST.toMillis();
        }
    }
}
