package dev.parley.accounts;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs a save again after it failed: first after {@code first}, then twice as long each time, up to {@code most}.
 * One daemon thread, started at the first failure; a success resets the wait.
 */
final class SaveRetry {

    private final Runnable save;
    private final Duration first;
    private final Duration most;
    private ScheduledExecutorService timer;
    private Duration next;
    private boolean pending;

    SaveRetry(Runnable save, Duration first, Duration most) {
        this.save = save;
        this.first = first;
        this.most = most;
        this.next = first;
    }

    /** Asks for a retry unless one is waiting already. */
    synchronized void failed() {
        if (pending) {
            return;
        }
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(
                    r -> Thread.ofPlatform().daemon().name("bans-save-retry").unstarted(r));
        }
        pending = true;
        Duration wait = next;
        next = next.multipliedBy(2).compareTo(most) > 0 ? most : next.multipliedBy(2);
        var _ = timer.schedule(this::run, wait.toNanos(), TimeUnit.NANOSECONDS); // run() reports its own failures
    }

    synchronized void succeeded() {
        next = first;
    }

    private void run() {
        synchronized (this) {
            pending = false;
        }
        save.run();
    }
}
