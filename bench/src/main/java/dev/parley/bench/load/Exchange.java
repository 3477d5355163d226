package dev.parley.bench.load;

import dev.parley.protocol.ParleyVersion;
import dev.parley.protocol.codec.MessageCodec;
import dev.parley.protocol.codec.ProtocolException;
import dev.parley.protocol.message.ClientRequest;
import dev.parley.protocol.message.ServerMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.function.Predicate;

/**
 * One connection to the room used request-and-answer style, every wait bounded by a deadline: registering the
 * benchmark's accounts and the honest user's logins. Not thread-safe.
 */
final class Exchange implements AutoCloseable {

    private static final MessageCodec CODEC = new MessageCodec();

    private final SocketChannel channel;
    private final Selector selector;
    private final ByteBuffer readBuffer = ByteBuffer.allocate(16 * 1024);
    private final LineSplitter lines = new LineSplitter(4 << 20);
    private final ArrayDeque<String> received = new ArrayDeque<>();
    private boolean closedByRoom;

    private Exchange(SocketChannel channel, Selector selector) {
        this.channel = channel;
        this.selector = selector;
    }

    /** Connects to the room, from {@code from} when not null (an address of this machine), by the deadline. */
    static Exchange open(InetSocketAddress room, InetAddress from, long deadlineNanos) throws IOException {
        SocketChannel channel = SocketChannel.open();
        Selector selector = null;
        try {
            channel.configureBlocking(false);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            if (from != null) {
                channel.bind(new InetSocketAddress(from, 0));
            }
            selector = Selector.open();
            var key = channel.register(selector, SelectionKey.OP_CONNECT);
            if (!channel.connect(room)) {
                while (!channel.finishConnect()) {
                    selector.select(millisUntil(deadlineNanos));
                    selector.selectedKeys().clear();
                }
            }
            key.interestOps(SelectionKey.OP_READ);
            return new Exchange(channel, selector);
        } catch (IOException | RuntimeException e) {
            channel.close();
            if (selector != null) {
                selector.close();
            }
            throw e;
        }
    }

    void send(ClientRequest request, long deadlineNanos) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(CODEC.encode(request, ParleyVersion.current()));
        while (bytes.hasRemaining()) {
            if (channel.write(bytes) == 0) {
                // A full send buffer: only when the room has stopped reading.
                millisUntil(deadlineNanos);
                Thread.onSpinWait();
            }
        }
    }

    /** Reads until a message {@code wanted} accepts arrives and returns it; messages before it are skipped. */
    ServerMessage await(Predicate<ServerMessage> wanted, long deadlineNanos) throws IOException {
        while (true) {
            while (!received.isEmpty()) {
                String line = received.poll();
                try {
                    ServerMessage m = CODEC.decodeServerMessage(line);
                    if (wanted.test(m)) {
                        return m;
                    }
                } catch (ProtocolException e) {
                    throw new IOException("the room sent a line this benchmark cannot read: " + line, e);
                }
            }
            if (closedByRoom) {
                throw new IOException("the room closed the connection");
            }
            readSome(deadlineNanos);
        }
    }

    /** Waits for the room to close the connection (after a disconnect); false when the deadline came first. */
    boolean awaitClose(long deadlineNanos) throws IOException {
        try {
            while (!closedByRoom) {
                received.clear();
                readSome(deadlineNanos);
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        }
    }

    /** Hands the connection over, in non-blocking mode, with anything already read but not yet used dropped. */
    SocketChannel detach() throws IOException {
        selector.close();
        return channel;
    }

    private void readSome(long deadlineNanos) throws IOException {
        selector.select(millisUntil(deadlineNanos));
        selector.selectedKeys().clear();
        readBuffer.clear();
        int n = channel.read(readBuffer);
        if (n < 0) {
            closedByRoom = true;
            return;
        }
        readBuffer.flip();
        lines.feed(readBuffer, received::add);
    }

    private static long millisUntil(long deadlineNanos) throws SocketTimeoutException {
        long left = deadlineNanos - System.nanoTime();
        if (left <= 0) {
            throw new SocketTimeoutException("no answer from the room in time");
        }
        return Math.max(1, left / 1_000_000);
    }

    @Override
    public void close() throws IOException {
        try {
            selector.close();
        } finally {
            channel.close();
        }
    }
}
