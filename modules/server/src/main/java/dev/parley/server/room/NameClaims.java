package dev.parley.server.room;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Orders the claims on a free name: a guest taking it against a registration reserving it. Not the room's lock,
 * because both ask the account store, which may be busy saving.
 */
final class NameClaims {

    private final ReentrantLock lock = new ReentrantLock();

    <T> T claim(Supplier<T> claim) {
        lock.lock();
        try {
            return claim.get();
        } finally {
            lock.unlock();
        }
    }
}
