package dev.parley.server.net;

import java.util.concurrent.ArrayBlockingQueue;

/**
 * Arrays lent to writers for one write each. A busy room copies every byte it sends into one of these; allocating
 * them afresh made a 10,000-client join allocate 3 GB and spend 5 % of its time in the collector.
 */
final class WriteBuffers {

    private final int bufferBytes;
    private final ArrayBlockingQueue<byte[]> free;

    /** @param kept how many idle arrays to keep; more are made when needed and dropped when given back */
    WriteBuffers(int bufferBytes, int kept) {
        this.bufferBytes = bufferBytes;
        this.free = new ArrayBlockingQueue<>(kept);
    }

    byte[] borrow() {
        byte[] buffer = free.poll();
        return buffer != null ? buffer : new byte[bufferBytes];
    }

    void giveBack(byte[] buffer) {
        free.offer(buffer);
    }
}
