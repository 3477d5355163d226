package dev.parley.server.net;

import java.util.Arrays;

/** Lines taken from an {@link OutboundQueue} in one go; the writer's, reused from write to write. */
final class Batch {

    private static final int INITIAL = 8;
    /** A burst's array is not kept: 10,000 idle connections would each hold their largest batch's array. */
    private static final int KEPT = 64;

    byte[][] lines = new byte[INITIAL][];
    int size;

    byte[] get(int i) {
        return lines[i];
    }

    /** Lets go of the lines so they can be collected, ready to be swapped into a queue again. */
    void clear() {
        if (lines.length > KEPT) {
            lines = new byte[INITIAL][];
        } else {
            Arrays.fill(lines, 0, size, null);
        }
        size = 0;
    }
}
