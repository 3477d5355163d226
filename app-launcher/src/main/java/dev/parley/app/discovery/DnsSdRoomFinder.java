package dev.parley.app.discovery;

import dev.parley.ui.RoomFinder;
import java.io.IOException;
import java.net.InetAddress;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.jmdns.JmDNS;
import javax.jmdns.ServiceEvent;
import javax.jmdns.ServiceInfo;
import javax.jmdns.ServiceListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the rooms announced on the local network ({@link RoomAnnouncement}) for the Join dialog. Each search has
 * its own multicast DNS socket, opened and closed on a thread of its own so the dialog never waits for it; where
 * multicast is unavailable the search finds nothing and the dialog says how to join by address.
 */
public final class DnsSdRoomFinder implements RoomFinder {

    private static final Logger log = LoggerFactory.getLogger(DnsSdRoomFinder.class);

    private final String bindAddress;

    /** @param bindAddress the interface to search on, as {@link MulticastInterface} reads it; null for the LAN's */
    public DnsSdRoomFinder(String bindAddress) {
        this.bindAddress = bindAddress;
    }

    @Override
    public Search search(Listener listener) {
        var search = new Running(listener);
        Thread.ofPlatform().daemon().name("parley-find-rooms").start(search::open);
        return search;
    }

    /** One search: JmDNS's events passed on while it is open. */
    private final class Running implements Search, ServiceListener {

        private final Listener listener;
        private final AtomicBoolean closed = new AtomicBoolean();
        private JmDNS jmdns; // guarded by this

        Running(Listener listener) {
            this.listener = listener;
        }

        void open() {
            try {
                InetAddress address = MulticastInterface.forBindAddress(bindAddress);
                JmDNS opened = address == null ? JmDNS.create() : JmDNS.create(address, "parley-finder");
                synchronized (this) {
                    if (closed.get()) {
                        closeLater(opened);
                        return;
                    }
                    jmdns = opened;
                }
                opened.addServiceListener(RoomAnnouncement.SERVICE_TYPE, this);
            } catch (IOException | RuntimeException e) {
                log.warn("Cannot look for rooms on the local network ({})", e.toString());
            }
        }

        @Override
        public void serviceAdded(ServiceEvent event) {
            JmDNS dns = event.getDNS();
            // asks for the address and TXT record; the answer comes to serviceResolved
            dns.requestServiceInfo(event.getType(), event.getName(), 1);
        }

        @Override
        public void serviceRemoved(ServiceEvent event) {
            if (!closed.get()) {
                listener.lost(event.getInfo().getQualifiedName());
            }
        }

        @Override
        public void serviceResolved(ServiceEvent event) {
            var room = networkRoom(event.getInfo());
            if (room != null && !closed.get()) {
                listener.found(room);
            }
        }

        @Override
        public void close() {
            if (closed.compareAndSet(false, true)) {
                synchronized (this) {
                    if (jmdns != null) {
                        closeLater(jmdns);
                        jmdns = null;
                    }
                }
            }
        }
    }

    /** Closing multicast DNS takes a moment (it says goodbye): not on the caller's thread, which may be the UI's. */
    private static void closeLater(JmDNS jmdns) {
        Thread.ofPlatform().daemon().name("parley-find-rooms-close").start(() -> {
            try {
                jmdns.close();
            } catch (IOException e) {
                log.debug("Closing multicast DNS", e);
            }
        });
    }

    /** The room a resolved service announces; null while its address or TXT record has not come yet. */
    static NetworkRoom networkRoom(ServiceInfo info) {
        InetAddress[] v4 = info.getInet4Addresses();
        InetAddress[] v6 = info.getInet6Addresses();
        InetAddress address = v4.length > 0 ? v4[0] : v6.length > 0 ? v6[0] : null;
        if (address == null || info.getPort() <= 0) {
            return null;
        }
        String host = address.getHostAddress();
        int zone = host.indexOf('%');
        if (zone >= 0) {
            host = host.substring(0, zone);
        }
        Map<String, String> txt = RoomAnnouncement.txtOf(info);
        if (txt.isEmpty()) {
            return null; // JmDNS reports the address first; the TXT record follows in another serviceResolved
        }
        String name = txt.getOrDefault(RoomAnnouncement.NAME, info.getName());
        return new NetworkRoom(
                info.getQualifiedName(),
                name,
                host,
                info.getPort(),
                users(txt.get(RoomAnnouncement.USERS)),
                "true".equals(txt.get(RoomAnnouncement.TLS)));
    }

    private static int users(String text) {
        try {
            return text == null ? -1 : Math.max(-1, Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
