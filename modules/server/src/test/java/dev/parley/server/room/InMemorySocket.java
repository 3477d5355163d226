package dev.parley.server.room;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;

/**
 * A connection's socket without a network, for driving the room's request handling directly: it says it comes
 * from {@code address}, keeps what the room writes, and has nothing to read (the test feeds requests itself).
 */
final class InMemorySocket extends Socket {

    private final InetAddress address;
    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private volatile boolean closed;

    InMemorySocket(InetAddress address) {
        this.address = address;
    }

    @Override
    public InetAddress getInetAddress() {
        return address;
    }

    @Override
    public InputStream getInputStream() {
        return InputStream.nullInputStream();
    }

    @Override
    public OutputStream getOutputStream() {
        return written;
    }

    @Override
    public void setSoTimeout(int timeout) {}

    @Override
    public void shutdownOutput() {}

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public synchronized void close() {
        closed = true;
    }

    /** Everything the room has written so far. */
    byte[] written() {
        return written.toByteArray();
    }
}
