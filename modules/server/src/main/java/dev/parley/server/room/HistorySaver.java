package dev.parley.server.room;

import dev.parley.protocol.message.ServerMessage.ChatMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves the history off the room's lock: a new line asks for a save at most {@code delay} later, lines arriving
 * meanwhile ride along in the same save, and {@link #close()} saves what is left. A failed save is logged and
 * tried again with the next line; the room never waits for the disk.
 */
final class HistorySaver implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HistorySaver.class);

    private final HistoryFile file;
    private final Supplier<Snapshot> snapshot;
    private final Duration delay;
    private final ScheduledThreadPoolExecutor executor;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private long savedVersion;
    private long lastFailureLogged = System.nanoTime() - TimeUnit.MINUTES.toNanos(1);

    /** The history's lines and their version, taken under the room's lock. */
    record Snapshot(long version, List<ChatMessage> lines) {}

    /** @param snapshot takes the history under the room's lock */
    HistorySaver(HistoryFile file, Supplier<Snapshot> snapshot, Duration delay, long savedVersion) {
        this.file = file;
        this.snapshot = snapshot;
        this.delay = delay;
        this.savedVersion = savedVersion;
        this.executor = new ScheduledThreadPoolExecutor(
                1, Thread.ofPlatform().name("parley-history-saver").daemon(true).factory());
        // close() saves itself; a save still waiting for its delay is not waited for
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** A line was added: saves within the delay. Never blocks. */
    void changed() {
        if (scheduled.compareAndSet(false, true)) {
            try {
                // save() catches what it throws: the future has nothing to tell
                var _ = executor.schedule(this::saveNow, delay.toNanos(), TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException e) {
                // closed: a line said while the room stops is not kept
            }
        }
    }

    private void saveNow() {
        scheduled.set(false);
        save();
    }

    /** Saves unless the file holds the latest already; runs on the saver's thread, or in close() after it ended. */
    private synchronized void save() {
        Snapshot now = snapshot.get();
        if (now.version() == savedVersion) {
            return;
        }
        try {
            file.write(now.lines());
            savedVersion = now.version();
        } catch (IOException | RuntimeException e) {
            long nanos = System.nanoTime();
            // at most once a minute: a full disk would otherwise log with every message
            if (nanos - lastFailureLogged >= TimeUnit.MINUTES.toNanos(1)) {
                lastFailureLogged = nanos;
                LOG.warn(
                        "Could not save the room's history to {} (tried again with the next message): {}",
                        file.path(),
                        e.toString());
            }
        }
    }

    /** Saves what is not saved yet and stops; once the room has stopped taking messages. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("The room's history saver did not finish within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        save();
    }
}
