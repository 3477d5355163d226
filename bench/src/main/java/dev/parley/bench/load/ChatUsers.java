package dev.parley.bench.load;

import dev.parley.protocol.ParleyVersion;
import dev.parley.protocol.codec.MessageCodec;
import dev.parley.protocol.codec.ProtocolException;
import dev.parley.protocol.message.ClientRequest.SendMessage;
import dev.parley.protocol.message.ServerMessage.ChatMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.HdrHistogram.Histogram;

/**
 * The honest chat: registered users, logged in, on one selector driven by the calling thread. A few of them send on
 * a fixed schedule (open loop) and every one of them times each chat line from its scheduled send time. Only the
 * thread that calls its methods touches it.
 */
final class ChatUsers implements AutoCloseable {

    /** One phase's chat: lines sent, deliveries expected and seen, and their latency in microseconds. */
    record Outcome(long sent, long expected, long delivered, Histogram latencyMicros, int dropped) {

        double completeness() {
            return expected == 0 ? 1 : (double) delivered / expected;
        }
    }

    private static final MessageCodec CODEC = new MessageCodec();

    private final Selector selector = Selector.open();
    private final List<User> users = new ArrayList<>();
    private final ByteBuffer readBuffer = ByteBuffer.allocateDirect(64 * 1024);
    private int phase = -1;
    private long origin;
    private long delivered;
    private Histogram latency;

    private static final class User {
        final String name;
        final SocketChannel channel;
        final LineSplitter lines = new LineSplitter(4 << 20);
        final ArrayDeque<ByteBuffer> pending = new ArrayDeque<>();
        boolean closed;

        User(String name, SocketChannel channel) {
            this.name = name;
            this.channel = channel;
        }
    }

    private ChatUsers() throws IOException {}

    /**
     * Registers {@code names} (each with {@code password}, the i-th from address {@code from(i)}) one after the
     * other at the room's real hash cost; each stays logged in. Returns the users and, through
     * {@code registrationNanos}, the time each registration took.
     */
    static ChatUsers register(
            InetSocketAddress room,
            List<String> names,
            String password,
            IntFunction<InetAddress> from,
            long deadlineNanos,
            List<Long> registrationNanos)
            throws IOException {
        var chat = new ChatUsers();
        try {
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                long t0 = System.nanoTime();
                Exchange exchange = Exchange.open(room, from.apply(i), deadlineNanos);
                try {
                    AccountFlows.register(exchange, name, password, deadlineNanos);
                } catch (IOException | RuntimeException e) {
                    exchange.close();
                    throw e;
                }
                registrationNanos.add(System.nanoTime() - t0);
                var user = new User(name, exchange.detach());
                user.channel.register(chat.selector, SelectionKey.OP_READ, user);
                chat.users.add(user);
            }
            return chat;
        } catch (IOException | RuntimeException e) {
            chat.close();
            throw e;
        }
    }

    /**
     * Sends {@code rate} chat lines a second, round-robin over the first {@code senders} users, for
     * {@code seconds}; then waits up to {@code drainNanos} for every line to reach every user.
     */
    Outcome run(int senders, int rate, double seconds, long drainNanos) throws IOException {
        phase++;
        latency = new Histogram(3_600_000_000L, 3);
        delivered = 0;
        origin = System.nanoTime();
        long phaseNanos = (long) (seconds * 1e9);
        double interval = 1e9 / rate;
        int dropped = 0;
        long k = 0;
        long expected = 0;
        while (true) {
            long elapsed = System.nanoTime() - origin;
            if (elapsed >= phaseNanos) {
                break;
            }
            while (k * interval <= elapsed) {
                long scheduled = (long) (k * interval);
                User sender = users.get((int) (k % senders));
                k++;
                if (!sender.closed) {
                    send(sender, phase + " " + k + " " + scheduled + " storm-bench");
                    expected += users.stream().filter(u -> !u.closed).count();
                }
            }
            poll(1);
        }
        long drainDeadline = System.nanoTime() + drainNanos;
        while (delivered < expected && System.nanoTime() < drainDeadline) {
            poll(1);
        }
        for (User u : users) {
            dropped += u.closed ? 1 : 0;
        }
        return new Outcome(k, expected, delivered, latency, dropped);
    }

    private void send(User u, String text) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(CODEC.encode(new SendMessage(u.name, text), ParleyVersion.current()));
        if (u.pending.isEmpty()) {
            u.channel.write(bytes);
            if (!bytes.hasRemaining()) {
                return;
            }
            u.channel.keyFor(selector).interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
        }
        u.pending.add(bytes);
    }

    private void poll(long millis) throws IOException {
        selector.select(millis);
        for (SelectionKey key : selector.selectedKeys()) {
            User u = (User) key.attachment();
            try {
                if (key.isReadable()) {
                    read(u);
                }
                if (key.isValid() && key.isWritable()) {
                    flush(u, key);
                }
            } catch (IOException e) {
                key.cancel();
                u.channel.close();
                u.closed = true;
            }
        }
        selector.selectedKeys().clear();
    }

    private void read(User u) throws IOException {
        readBuffer.clear();
        if (u.channel.read(readBuffer) < 0) {
            throw new IOException("the room closed " + u.name);
        }
        readBuffer.flip();
        long now = System.nanoTime();
        u.lines.feed(readBuffer, line -> received(line, now));
    }

    private void received(String line, long now) {
        if (!line.contains("storm-bench")) {
            return; // joins and leaves of the honest user, and the like
        }
        try {
            if (CODEC.decodeServerMessage(line) instanceof ChatMessage chat) {
                String[] parts = chat.message().split(" ");
                if (parts.length == 4 && Integer.parseInt(parts[0]) == phase) {
                    delivered++;
                    latency.recordValue(Math.max(0, (now - origin - Long.parseLong(parts[2])) / 1000));
                }
            }
        } catch (ProtocolException | NumberFormatException e) {
            // not one of this phase's lines
        }
    }

    private static void flush(User u, SelectionKey key) throws IOException {
        while (!u.pending.isEmpty()) {
            ByteBuffer bytes = u.pending.peek();
            u.channel.write(bytes);
            if (bytes.hasRemaining()) {
                return;
            }
            u.pending.poll();
        }
        key.interestOps(SelectionKey.OP_READ);
    }

    @Override
    public void close() throws IOException {
        for (User u : users) {
            u.channel.close();
        }
        selector.close();
    }
}
