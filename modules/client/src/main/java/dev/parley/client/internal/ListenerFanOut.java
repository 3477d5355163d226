package dev.parley.client.internal;

import dev.parley.client.ChatLine;
import dev.parley.client.ClientListener;
import dev.parley.client.MessageDetails;
import dev.parley.client.RoomInfo;
import dev.parley.protocol.message.ServerMessage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands the room's events to the listeners, one event at a time, in the order they came, and the end of the
 * connection last. No event falls between two listeners:
 * <ul>
 *   <li>Events that come while no listener is attached are held, and the next listener attached hears them first.
 *       (A login dialog that steps aside and a chat window that attaches later miss nothing.)</li>
 *   <li>A listener attached "until logged in" is detached at the login's answer, before the next event.</li>
 *   <li>Every listener hears {@link ClientListener#onDisconnected} once: when the connection ends, or at once if it
 *       is attached after that.</li>
 * </ul>
 * A listener that throws is logged and the others carry on; so does the connection.
 *
 * <p>Calls are serial but not tied to one thread: whoever hands over the next event while nobody is delivering
 * delivers it (the reading thread, or the thread that attaches a listener and so receives held events). No lock is
 * held while a listener runs, so a listener may attach, detach and send.
 */
public final class ListenerFanOut {

    private static final Logger LOG = LoggerFactory.getLogger(ListenerFanOut.class);

    /** Held events beyond these are dropped, oldest first: a client with nobody listening must not grow forever. */
    static final int MAX_HELD_EVENTS = 10_000;

    static final long MAX_HELD_BYTES = 16L * 1024 * 1024;

    private static final class Registration {
        final ClientListener listener;
        final boolean untilLoggedIn;
        volatile boolean active = true;

        Registration(ClientListener listener, boolean untilLoggedIn) {
            this.listener = listener;
            this.untilLoggedIn = untilLoggedIn;
        }

        // Identity on purpose: a listener is detached as the object that was attached, whatever its equals says.
        @SuppressWarnings("ReferenceEquality")
        boolean isFor(ClientListener other) {
            return listener == other;
        }
    }

    /** What a listener hears, held while nobody listens. */
    private sealed interface Event {
        int bytes();
    }

    private record Message(ServerMessage message, MessageDetails details, int bytes) implements Event {}

    private record History(List<ChatLine> lines, int bytes) implements Event {}

    private record Described(RoomInfo room, int bytes) implements Event {}

    private final Object lock = new Object();
    // guarded by lock
    private final List<Registration> attached = new ArrayList<>();
    private final List<Registration> attaching = new ArrayList<>();
    private final ArrayDeque<Event> held = new ArrayDeque<>();
    private long heldBytes;
    private boolean droppedSome;
    private String endReason;
    private final ArrayDeque<Runnable> tasks = new ArrayDeque<>();
    private boolean delivering;

    public void add(ClientListener listener) {
        register(new Registration(listener, false));
    }

    /** Attached until the login's answer arrives; what comes after waits for the next listener. */
    public void addUntilLoggedIn(ClientListener listener) {
        register(new Registration(listener, true));
    }

    /** From now on {@code listener} hears nothing more (a call already under way finishes). */
    public void remove(ClientListener listener) {
        synchronized (lock) {
            for (List<Registration> list : List.of(attached, attaching)) {
                list.removeIf(r -> {
                    if (r.isFor(listener)) {
                        r.active = false;
                        return true;
                    }
                    return false;
                });
            }
        }
    }

    /** The login's answer said yes: listeners attached until then step aside, before any later event. */
    public void loggedIn() {
        serially(() -> {
            synchronized (lock) {
                attached.removeIf(r -> {
                    if (r.untilLoggedIn) {
                        r.active = false;
                        return true;
                    }
                    return false;
                });
            }
        });
    }

    public void publish(ServerMessage message, int bytes) {
        publish(message, MessageDetails.NONE, bytes);
    }

    public void publish(ServerMessage message, MessageDetails details, int bytes) {
        Event event = new Message(message, details, bytes);
        serially(() -> deliver(event));
    }

    /** What the room said about itself, in order with the other events. */
    public void publishRoomInfo(RoomInfo room, int bytes) {
        Event event = new Described(room, bytes);
        serially(() -> deliver(event));
    }

    /** The room's history, in order with the other events. */
    public void publishHistory(List<ChatLine> lines, int bytes) {
        Event event = new History(List.copyOf(lines), bytes);
        serially(() -> deliver(event));
    }

    public void end(String reason) {
        serially(() -> {
            List<Registration> hearing;
            synchronized (lock) {
                endReason = reason;
                hearing = List.copyOf(attached);
            }
            hearing.forEach(r -> disconnected(r, reason));
        });
    }

    private void register(Registration registration) {
        synchronized (lock) {
            attaching.add(registration);
        }
        serially(() -> attach(registration));
    }

    private void attach(Registration r) {
        List<Event> backlog;
        String ended;
        synchronized (lock) {
            if (!attaching.remove(r) || !r.active) {
                return; // removed before its turn came
            }
            attached.add(r);
            backlog = List.copyOf(held);
            held.clear();
            heldBytes = 0;
            ended = endReason;
        }
        backlog.forEach(h -> call(r, h));
        if (ended != null) {
            disconnected(r, ended);
        }
    }

    private void deliver(Event event) {
        List<Registration> hearing;
        synchronized (lock) {
            hearing = List.copyOf(attached);
            if (hearing.isEmpty()) {
                hold(event);
                return;
            }
        }
        hearing.forEach(r -> call(r, event));
    }

    private void hold(Event event) {
        held.add(event);
        heldBytes += event.bytes();
        while (held.size() > MAX_HELD_EVENTS || heldBytes > MAX_HELD_BYTES) {
            heldBytes -= held.removeFirst().bytes();
            if (!droppedSome) {
                droppedSome = true;
                LOG.warn("Nobody has listened to this room's events for a while; dropping the oldest");
            }
        }
    }

    private static void call(Registration r, Event event) {
        if (!r.active) {
            return;
        }
        try {
            switch (event) {
                case Message m -> r.listener.onMessage(m.message(), m.details());
                case History h -> r.listener.onHistory(h.lines());
                case Described d -> r.listener.onRoomInfo(d.room());
            }
        } catch (RuntimeException e) {
            LOG.error(
                    "A listener failed on {}; the others and the connection carry on",
                    event.getClass().getSimpleName(),
                    e);
        }
    }

    private static void disconnected(Registration r, String reason) {
        if (!r.active) {
            return;
        }
        try {
            r.listener.onDisconnected(reason);
        } catch (RuntimeException e) {
            LOG.error("A listener failed on the end of the connection", e);
        }
    }

    /** Runs {@code task} after every task handed over before it, on this thread unless another is delivering. */
    private void serially(Runnable task) {
        synchronized (lock) {
            tasks.add(task);
            if (delivering) {
                return;
            }
            delivering = true;
        }
        boolean drained = false;
        try {
            while (true) {
                Runnable next;
                synchronized (lock) {
                    next = tasks.poll();
                    if (next == null) {
                        delivering = false;
                        drained = true;
                        return;
                    }
                }
                next.run();
            }
        } finally {
            if (!drained) {
                // An Error escaped a listener: let the next caller deliver what is left.
                synchronized (lock) {
                    delivering = false;
                }
            }
        }
    }
}
