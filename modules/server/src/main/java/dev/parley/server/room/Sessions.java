package dev.parley.server.room;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Every open connection's session, and whether the room still takes new ones. One lock orders a connection's
 * arrival against the room closing, and against a ban's sweep: a session registers first and checks the room's
 * state after, and a sweep or a close changes that state first and lists the sessions after, so neither misses the
 * other.
 */
final class Sessions {

    private final ReentrantLock lock = new ReentrantLock();
    private final Set<Session> open = new HashSet<>();
    private boolean closed;

    /** Registers a session; false once the room is closing (the caller tells it {@code shutdown}). */
    boolean add(Session s) {
        lock.lock();
        try {
            if (closed) {
                return false;
            }
            open.add(s);
            return true;
        } finally {
            lock.unlock();
        }
    }

    void remove(Session s) {
        lock.lock();
        try {
            open.remove(s);
        } finally {
            lock.unlock();
        }
    }

    List<Session> all() {
        lock.lock();
        try {
            return List.copyOf(open);
        } finally {
            lock.unlock();
        }
    }

    /** Takes no more sessions; returns those open now. */
    List<Session> close() {
        lock.lock();
        try {
            closed = true;
            return List.copyOf(open);
        } finally {
            lock.unlock();
        }
    }
}
