package dev.parley.app.discovery;

import dev.parley.ui.RoomFinder;
import dev.parley.ui.RoomFinder.NetworkRoom;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** What a {@link DnsSdRoomFinder} search reported, in order, for tests to wait on. */
final class HeardRooms implements RoomFinder.Listener {
    private final BlockingQueue<NetworkRoom> found = new LinkedBlockingQueue<>();
    private final Map<String, Boolean> lost = new ConcurrentHashMap<>();

    @Override
    public void found(NetworkRoom room) {
        found.add(room);
    }

    @Override
    public void lost(String id) {
        lost.put(id, true);
    }

    NetworkRoom next(Predicate<NetworkRoom> wanted, Duration within) throws InterruptedException {
        long end = System.nanoTime() + within.toNanos();
        for (long left = within.toNanos(); left > 0; left = end - System.nanoTime()) {
            NetworkRoom room = found.poll(left, TimeUnit.NANOSECONDS);
            if (room != null && wanted.test(room)) {
                return room;
            }
        }
        return null;
    }

    boolean awaitLost(String id, Duration within) throws InterruptedException {
        long end = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < end) {
            if (lost.containsKey(id)) {
                return true;
            }
            Thread.sleep(50);
        }
        return lost.containsKey(id);
    }
}
