package dev.parley.bench.load;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * N guest connections on one selector thread. Most receivers only count lines; a sample of them parses each chat
 * line for its scheduled send time, so the generator stays off the critical path. Single-threaded: only the
 * thread that calls its methods touches it.
 */
final class LoadClients implements AutoCloseable {

    private static final byte[] LOGIN_OK = "{\"type\":\"login\",\"success\":\"true\"".getBytes(StandardCharsets.UTF_8);
    private static final String MESSAGE_FIELD = "\"message\":\"";

    private final Selector selector = Selector.open();
    private final InetSocketAddress server;
    private final List<Conn> conns = new ArrayList<>();
    private final ByteBuffer readBuffer = ByteBuffer.allocateDirect(256 * 1024);
    private final int sampleEvery;
    private long lines;
    private long loggedIn;
    private long failed;
    private Histogram latency;
    private long latencyOrigin;

    private static final class Conn {
        final int index;
        final boolean sampled;
        SocketChannel channel;
        final ArrayDeque<ByteBuffer> pending = new ArrayDeque<>();
        boolean loggedIn;
        boolean firstLine = true;
        final byte[] head = new byte[LOGIN_OK.length];
        int headLength;
        byte[] line = new byte[512];
        int lineLength;

        Conn(int index, boolean sampled) {
            this.index = index;
            this.sampled = sampled;
        }
    }

    LoadClients(InetSocketAddress server, int sampleEvery) throws IOException {
        this.server = server;
        this.sampleEvery = sampleEvery;
    }

    /** Opens {@code count} connections, at most {@code inFlight} at a time, each logging in as a guest. */
    void join(int count, int inFlight, long timeoutNanos) throws IOException {
        long deadline = System.nanoTime() + timeoutNanos;
        int opened = 0;
        while (loggedIn + failed < count && System.nanoTime() < deadline) {
            while (opened < count && opened - loggedIn - failed < inFlight) {
                open(opened++);
            }
            poll(1);
        }
        if (loggedIn < count) {
            throw new IOException("only " + loggedIn + " of " + count + " clients logged in (" + failed + " failed)");
        }
    }

    /** Reads until {@code expected} lines in all have arrived, or the time is up; returns the lines seen. */
    long drainUntil(long expected, long timeoutNanos) throws IOException {
        long deadline = System.nanoTime() + timeoutNanos;
        while (lines < expected && System.nanoTime() < deadline) {
            poll(1);
        }
        return lines;
    }

    long lines() {
        return lines;
    }

    /** Starts recording latencies of chat lines whose text begins with "SEQ SCHEDULED_NANOS". */
    void recordLatency(Histogram histogram, long origin) {
        this.latency = histogram;
        this.latencyOrigin = origin;
    }

    void send(int connIndex, byte[] line) throws IOException {
        Conn c = conns.get(connIndex);
        ByteBuffer buf = ByteBuffer.wrap(line);
        if (c.pending.isEmpty()) {
            c.channel.write(buf);
            if (!buf.hasRemaining()) {
                return;
            }
            c.channel.keyFor(selector).interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
        }
        c.pending.add(buf);
    }

    /** One round of the selector, waiting at most {@code millis}. */
    void poll(long millis) throws IOException {
        if (millis <= 0) {
            selector.selectNow();
        } else {
            selector.select(millis);
        }
        var keys = selector.selectedKeys();
        for (SelectionKey key : keys) {
            Conn c = (Conn) key.attachment();
            try {
                if (key.isConnectable()) {
                    connected(c, key);
                } else {
                    if (key.isReadable()) {
                        read(c);
                    }
                    if (key.isValid() && key.isWritable()) {
                        flush(c, key);
                    }
                }
            } catch (IOException e) {
                key.cancel();
                c.channel.close();
                if (!c.loggedIn) {
                    failed++;
                }
            }
        }
        keys.clear();
    }

    private void open(int index) throws IOException {
        var c = new Conn(index, index % sampleEvery == 0);
        conns.add(c);
        c.channel = SocketChannel.open();
        c.channel.configureBlocking(false);
        c.channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
        c.channel.connect(server);
        c.channel.register(selector, SelectionKey.OP_CONNECT, c);
    }

    private void connected(Conn c, SelectionKey key) throws IOException {
        c.channel.finishConnect();
        key.interestOps(SelectionKey.OP_READ);
        send(
                c.index,
                ("{\"user\":\"b" + c.index + "\",\"type\":\"guest\",\"version\":\"1.0.0\"}\n")
                        .getBytes(StandardCharsets.UTF_8));
    }

    private void flush(Conn c, SelectionKey key) throws IOException {
        while (!c.pending.isEmpty()) {
            ByteBuffer buf = c.pending.peek();
            c.channel.write(buf);
            if (buf.hasRemaining()) {
                return;
            }
            c.pending.poll();
        }
        key.interestOps(SelectionKey.OP_READ);
    }

    private void read(Conn c) throws IOException {
        readBuffer.clear();
        int n = c.channel.read(readBuffer);
        if (n < 0) {
            throw new IOException("closed by the server");
        }
        readBuffer.flip();
        if (!c.firstLine && !(c.sampled && latency != null)) {
            lines += countNewlines(readBuffer);
            return;
        }
        long now = System.nanoTime();
        while (readBuffer.hasRemaining()) {
            byte b = readBuffer.get();
            if (c.firstLine && c.headLength < c.head.length) {
                c.head[c.headLength++] = b;
            }
            if (c.sampled && latency != null) {
                if (c.lineLength == c.line.length) {
                    c.line = java.util.Arrays.copyOf(c.line, c.line.length * 2);
                }
                c.line[c.lineLength++] = b;
            }
            if (b == '\n') {
                lines++;
                if (c.firstLine) {
                    c.firstLine = false;
                    if (java.util.Arrays.equals(c.head, LOGIN_OK)) {
                        c.loggedIn = true;
                        loggedIn++;
                    } else {
                        failed++;
                    }
                }
                if (c.sampled && latency != null) {
                    recordLine(c, now);
                    c.lineLength = 0;
                }
            }
        }
    }

    /** Counts '\n' bytes eight at a time: most receivers only count, and this loop is the generator's hot spot. */
    static int countNewlines(ByteBuffer buffer) {
        int count = 0;
        int i = buffer.position();
        int end = buffer.limit();
        for (; i + Long.BYTES <= end; i += Long.BYTES) {
            long y = buffer.getLong(i) ^ 0x0A0A0A0A0A0A0A0AL;
            // High bit of each byte set where y's byte is not zero; exact, no carries between bytes.
            long nonZero = ((y & 0x7F7F7F7F7F7F7F7FL) + 0x7F7F7F7F7F7F7F7FL) | y;
            count += Long.bitCount(~nonZero & 0x8080808080808080L);
        }
        for (; i < end; i++) {
            if (buffer.get(i) == '\n') {
                count++;
            }
        }
        buffer.position(end);
        return count;
    }

    private void recordLine(Conn c, long now) {
        String text = new String(c.line, 0, c.lineLength, StandardCharsets.UTF_8);
        int at = text.indexOf(MESSAGE_FIELD);
        if (at < 0) {
            return;
        }
        int start = at + MESSAGE_FIELD.length();
        int space = text.indexOf(' ', start);
        int space2 = space < 0 ? -1 : text.indexOf(' ', space + 1);
        if (space2 < 0) {
            return;
        }
        try {
            long scheduled = Long.parseLong(text, space + 1, space2, 10);
            latency.recordValue(Math.max(0, (now - latencyOrigin - scheduled) / 1000));
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            // not one of ours
        }
    }

    @Override
    public void close() throws IOException {
        for (Conn c : conns) {
            c.channel.close();
        }
        selector.close();
    }
}
