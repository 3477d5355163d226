package dev.parley.client.internal;

import dev.parley.client.RoomAddress;
import dev.parley.protocol.MessageLimits;
import dev.parley.protocol.codec.MessageCodec;
import dev.parley.protocol.codec.ProtocolException;
import dev.parley.protocol.framing.Frame;
import dev.parley.protocol.framing.FrameException;
import dev.parley.protocol.framing.JsonObjectFramer;
import dev.parley.protocol.message.ServerMessage;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One connection to a room: opened with errors a person understands, written in order off the caller's thread,
 * read message by message until it ends, and ended once, with the first reason anyone gave.
 */
public final class ClientSocket {

    /** Where what the room sends goes; called on the reading thread. */
    public interface Inbound {

        /**
         * One message, with the object it came in ({@code bytes} from {@code offset}, {@code length} long; valid
         * during the call only). {@code message} is null for a type this client's codec does not know, which may be
         * one beyond the spec that the client reads itself.
         */
        void received(ServerMessage message, byte[] bytes, int offset, int length);

        /** A stretch that is not a JSON object; the reading carries on. */
        default void unreadable() {}

        /** Called once, last. */
        void ended(String reason);
    }

    private final String address;
    private final InputStream in;
    /** What the room sent first, to show when it turns out not to be a room. */
    private final FirstBytesInput first;

    private final OutputStream out;
    private final Closeable closer;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(
            Thread.ofVirtual().name("parley-client-writer").factory());
    /** Why this end chose to close (leaving, a failed write); wins over what the reader then sees. */
    private final AtomicReference<String> closeReason = new AtomicReference<>();

    private final AtomicBoolean ended = new AtomicBoolean();

    /** Over any pair of streams; {@code closer} closes both. {@code address} names the room in messages. */
    public ClientSocket(String address, InputStream in, OutputStream out, Closeable closer) {
        this.address = address;
        this.first = new FirstBytesInput(in, 256);
        this.in = first;
        this.out = out;
        this.closer = closer;
    }

    /** Connects in plain JSON; the message of the IOException says what went wrong in words a person understands. */
    public static ClientSocket open(String host, int port, Duration timeout) throws IOException {
        return over(where(host, port), tcp(host, port, timeout));
    }

    /** Over a connected socket, plain or TLS; {@code address} names the room in messages. */
    public static ClientSocket over(String address, Socket socket) throws IOException {
        return new ClientSocket(address, socket.getInputStream(), socket.getOutputStream(), socket);
    }

    /** A TCP connection to the room; the message of the IOException says what went wrong in words a person understands. */
    public static Socket tcp(String host, int port, Duration timeout) throws IOException {
        var socket = new Socket();
        String where = where(host, port);
        try {
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            socket.setTcpNoDelay(true);
            socket.setKeepAlive(true);
            return socket;
        } catch (UnknownHostException e) {
            socket.close();
            throw new IOException("Cannot find \"" + host + "\" on the network. Check the address.", e);
        } catch (ConnectException e) {
            socket.close();
            throw new IOException("Nobody is hosting a room at " + where + " (connection refused).", e);
        } catch (SocketTimeoutException e) {
            socket.close();
            throw new IOException(
                    "No answer from " + where + " within " + timeout.toSeconds()
                            + " seconds. Check the address and that the host's firewall lets Parley in.",
                    e);
        } catch (IOException e) {
            socket.close();
            throw new IOException("Cannot connect to " + where + ": " + e.getMessage(), e);
        }
    }

    /** "host:port", IPv6 in brackets, as messages name a room. */
    public static String where(String host, int port) {
        return RoomAddress.format(host, port);
    }

    /** "host:port" as connected. */
    public String address() {
        return address;
    }

    /** The first bytes read (at most 256): what the other end answered first. */
    public byte[] firstBytes() {
        return first.firstBytes();
    }

    public boolean isOpen() {
        return !ended.get();
    }

    /**
     * Writes {@code bytes} after everything written before, on the writer thread, then zeroes them (a login's
     * bytes hold the password's hash). A failed write ends the connection as lost, saying why.
     */
    public void write(byte[] bytes) {
        onWriter(() -> {
            try {
                out.write(bytes);
                out.flush();
            } catch (IOException e) {
                closeBecause("The connection to " + address + " was lost: " + describe(e));
            } finally {
                Arrays.fill(bytes, (byte) 0);
            }
        });
    }

    /** Ends the connection for {@code reason} once what was written before has gone out. */
    public void closeAfterWrites(String reason) {
        closeReason.compareAndSet(null, reason);
        onWriter(() -> closeBecause(reason));
    }

    /** Ends the connection now, for {@code reason} unless it is ending for another already. */
    public void closeBecause(String reason) {
        closeReason.compareAndSet(null, reason);
        try {
            closer.close();
        } catch (IOException e) {
            // closed either way
        }
    }

    /** Reads until the connection ends, on the calling thread; {@link Inbound#ended} comes last, once. */
    public void readUntilEnd(MessageCodec codec, Inbound inbound) {
        String seen = "The connection to " + address + " was lost.";
        try {
            // By JSON object, not by line: a spec-style server may write its objects with no newline between them.
            var framer = new JsonObjectFramer(in, MessageLimits.MAX_SERVER_MESSAGE_BYTES);
            Frame frame;
            while ((frame = framer.next()) != null) {
                if (frame instanceof Frame.JsonObject o) {
                    ServerMessage message;
                    try {
                        message = codec.decodeServerMessage(o.bytes(), o.offset(), o.length());
                    } catch (ProtocolException e) {
                        message = null; // a newer server's message the codec does not know, or one it garbled
                    }
                    inbound.received(message, o.bytes(), o.offset(), o.length());
                } else {
                    inbound.unreadable();
                }
            }
            seen = "The room at " + address + " closed the connection.";
        } catch (FrameException e) {
            seen = "The room at " + address + " sent a message larger than " + MessageLimits.MAX_SERVER_MESSAGE_BYTES
                    + " bytes, more than Parley accepts.";
        } catch (IOException e) {
            seen = "The connection to " + address + " was lost: " + describe(e);
        } finally {
            closeReason.compareAndSet(null, seen);
            closeBecause(seen);
            writer.shutdown();
            ended.set(true);
            inbound.ended(closeReason.get());
        }
    }

    private void onWriter(Runnable task) {
        try {
            writer.execute(task);
        } catch (RejectedExecutionException e) {
            // already ended: the inbound side heard why
        }
    }

    /** An exception's message, or its kind when it has none. */
    public static String describe(IOException e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
