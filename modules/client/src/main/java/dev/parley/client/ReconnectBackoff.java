package dev.parley.client;

import java.io.IOException;
import java.time.Duration;
import java.util.function.IntConsumer;

/**
 * When to try a dropped connection again: 1 s, 2 s, 4 s … doubling up to {@link #CAP}, until it works, the room
 * refuses for good (a ban, a changed certificate, ...) or {@link #cancel} is called. The waiting goes through a
 * {@link Sleeper}, so a test needs no real waiting.
 */
public final class ReconnectBackoff {

    public static final Duration FIRST = Duration.ofSeconds(1);
    public static final Duration CAP = Duration.ofSeconds(30);

    /** Waits; {@link Thread#sleep(Duration)} in the app. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** One try; an IOException means "not yet", unless it is one of the refusals that retrying cannot mend. */
    @FunctionalInterface
    public interface Attempt<T> {
        T run() throws IOException;
    }

    private final Sleeper sleeper;
    private volatile boolean cancelled;

    public ReconnectBackoff(Sleeper sleeper) {
        this.sleeper = sleeper;
    }

    /** The real clock's waiting. */
    public static ReconnectBackoff sleeping() {
        return new ReconnectBackoff(Thread::sleep);
    }

    /** The wait before try {@code attempt} (1 for the first): 1 s, 2 s, 4 s, … at most {@link #CAP}. */
    public static Duration delayBefore(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts count from 1");
        }
        int doublings = Math.min(attempt - 1, 5); // 2^5 s = 32 s is past the cap already
        Duration delay = FIRST.multipliedBy(1L << doublings);
        return delay.compareTo(CAP) > 0 ? CAP : delay;
    }

    /**
     * Waits, tries, and again, until {@code attempt} succeeds; {@code starting} hears each try's number before its
     * wait.
     *
     * @throws IOException a refusal that retrying cannot mend ({@link #givesUp})
     * @throws InterruptedException cancelled or interrupted
     */
    public <T> T retry(Attempt<T> attempt, IntConsumer starting) throws IOException, InterruptedException {
        for (int n = 1; ; n++) {
            if (cancelled) {
                throw new InterruptedException("reconnecting was cancelled");
            }
            starting.accept(n);
            sleeper.sleep(delayBefore(n));
            if (cancelled) {
                throw new InterruptedException("reconnecting was cancelled");
            }
            try {
                return attempt.run();
            } catch (IOException e) {
                if (givesUp(e)) {
                    throw e;
                }
            }
        }
    }

    /** Stops {@link #retry} before its next try. */
    public void cancel() {
        cancelled = true;
    }

    /** The failures after which trying again cannot help: the room refused, or is not the room it was. */
    public static boolean givesUp(IOException e) {
        return e instanceof RejoinRefusedException
                || e instanceof RoomIdentityChangedException
                || e instanceof RoomNotTrustedException
                || e instanceof EncryptionMissingException;
    }
}
