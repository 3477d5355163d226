package dev.parley.bench.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Cuts the bytes a connection reads into lines (UTF-8, without the {@code \n} or a {@code \r} before it), keeping
 * a partial line until the rest arrives. One per connection; not thread-safe.
 */
final class LineSplitter {

    private final int maxLineBytes;
    private byte[] partial = new byte[256];
    private int length;

    LineSplitter(int maxLineBytes) {
        this.maxLineBytes = maxLineBytes;
    }

    /** Hands every complete line between the buffer's position and limit to {@code sink}; consumes the buffer. */
    void feed(ByteBuffer buffer, Consumer<String> sink) throws IOException {
        while (buffer.hasRemaining()) {
            byte b = buffer.get();
            if (b == '\n') {
                int end = length > 0 && partial[length - 1] == '\r' ? length - 1 : length;
                String line = new String(partial, 0, end, StandardCharsets.UTF_8);
                length = 0;
                sink.accept(line);
            } else {
                if (length == maxLineBytes) {
                    throw new IOException("a line from the room is over " + maxLineBytes + " bytes");
                }
                if (length == partial.length) {
                    partial = Arrays.copyOf(partial, Math.min(maxLineBytes, partial.length * 2));
                }
                partial[length++] = b;
            }
        }
    }
}
