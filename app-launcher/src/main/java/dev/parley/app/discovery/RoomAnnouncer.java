package dev.parley.app.discovery;

import dev.parley.protocol.ParleyVersion;
import dev.parley.server.RoomServer;
import dev.parley.server.ServerConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import javax.jmdns.JmDNS;
import javax.jmdns.ServiceInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Announces one room on the local network while it runs, its users online kept current. All multicast work happens
 * on the announcer's own thread: hosting never waits for it, and where multicast is unavailable the log says so in
 * one line and the room runs on unannounced.
 */
public final class RoomAnnouncer implements Announcement {

    /** How often the users online are looked at; the TXT record changes only when the count did. */
    static final Duration USERS_CHECK = Duration.ofSeconds(3);

    private static final Logger log = LoggerFactory.getLogger(RoomAnnouncer.class);
    private static final Duration GOODBYE = Duration.ofSeconds(5);

    private final ScheduledExecutorService worker;
    private volatile ScheduledFuture<?> checks;
    // touched on the worker thread only
    private JmDNS jmdns;
    private ServiceInfo service;
    private RoomAnnouncement announced;

    private RoomAnnouncer() {
        worker = Executors.newSingleThreadScheduledExecutor(r -> {
            var t = new Thread(r, "parley-announce");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Announces a started room as its configuration says: nothing at all when {@code announce} is off.
     *
     * @return closes the announcement (the room's goodbye on the network); the caller closes it as the room stops
     */
    public static Announcement announce(RoomServer server, ServerConfig config) {
        if (!config.announce()) {
            return () -> {};
        }
        var first = new RoomAnnouncement(
                config.roomName(), server.port(), ParleyVersion.current().toString(), 0, config.tls());
        return start(config.bindAddress(), first, () -> server.onlineUsers().size(), USERS_CHECK);
    }

    /**
     * Starts announcing on {@code bindAddress}'s interface (see {@link MulticastInterface}), then re-reads the users
     * online every {@code period}.
     */
    static RoomAnnouncer start(String bindAddress, RoomAnnouncement first, IntSupplier usersOnline, Duration period) {
        var announcer = new RoomAnnouncer();
        announcer.worker.execute(() -> announcer.open(bindAddress, first));
        announcer.checks = announcer.worker.scheduleWithFixedDelay(
                () -> announcer.users(usersOnline), period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        return announcer;
    }

    private void open(String bindAddress, RoomAnnouncement first) {
        try {
            InetAddress address = MulticastInterface.forBindAddress(bindAddress);
            jmdns = address == null ? JmDNS.create() : JmDNS.create(address, "parley-" + first.port());
            service = first.serviceInfo();
            jmdns.registerService(service);
            announced = first;
            log.info(
                    "Room announced on the local network as \"{}\" ({}) from {}",
                    service.getName(),
                    RoomAnnouncement.SERVICE_TYPE,
                    jmdns.getInetAddress().getHostAddress());
        } catch (IOException | RuntimeException e) {
            log.warn("Cannot announce the room on the local network ({}); it runs on, joined by address", e.toString());
            closeQuietly();
        }
    }

    private void users(IntSupplier usersOnline) {
        if (announced == null) {
            return;
        }
        try {
            int now = usersOnline.getAsInt();
            if (now != announced.usersOnline()) {
                announced = announced.withUsersOnline(now);
                service.setText(announced.txt());
            }
        } catch (RuntimeException e) {
            // the next check tries again; a room's announcement is never worth more than a line in the log
            log.debug("Could not update the room's announcement", e);
        }
    }

    /** Says goodbye on the network (others' lists drop the room at once) and stops; waits a few seconds at most. */
    @Override
    public synchronized void close() { // from the shutdown hook and the main thread both, on SIGTERM
        if (worker.isShutdown()) {
            return;
        }
        if (checks != null) {
            checks.cancel(false);
        }
        worker.execute(this::closeQuietly);
        worker.shutdown();
        try {
            if (!worker.awaitTermination(GOODBYE.toMillis(), TimeUnit.MILLISECONDS)) {
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            worker.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private void closeQuietly() {
        announced = null;
        if (jmdns != null) {
            try {
                jmdns.unregisterAllServices();
                jmdns.close();
            } catch (IOException | RuntimeException e) {
                log.debug("Closing multicast DNS", e);
            }
            jmdns = null;
        }
    }
}
