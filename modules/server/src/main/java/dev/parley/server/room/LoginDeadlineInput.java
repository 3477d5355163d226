package dev.parley.server.room;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * A connection's input that ends with {@link LoginTimeoutException} once the login deadline passes before the
 * session has logged in. The deadline counts from accept, not from the last byte: each read waits only for what is
 * left of it, so a client trickling a byte at a time gains nothing. After login only {@code readTimeout} applies.
 */
final class LoginDeadlineInput extends FilterInputStream {

    private final Session session;
    private final long deadlineNanos;
    private final int readTimeoutMillis;
    private boolean deadlineLifted;

    LoginDeadlineInput(InputStream in, Session session, Duration loginTimeout, Duration readTimeout) {
        super(in);
        this.session = session;
        this.deadlineNanos = session.connection.acceptedNanos() + loginTimeout.toNanos();
        this.readTimeoutMillis = (int) Math.min(Integer.MAX_VALUE, readTimeout.toMillis());
    }

    @Override
    public int read() throws IOException {
        beforeRead();
        try {
            return super.read();
        } catch (SocketTimeoutException e) {
            throw timedOut(e);
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        beforeRead();
        try {
            return super.read(b, off, len);
        } catch (SocketTimeoutException e) {
            throw timedOut(e);
        }
    }

    private void beforeRead() throws IOException {
        if (deadlineLifted) {
            return;
        }
        if (session.loggedIn()) {
            session.connection.readTimeout(readTimeoutMillis);
            deadlineLifted = true;
            return;
        }
        long leftMillis = Math.ceilDiv(deadlineNanos - System.nanoTime(), 1_000_000L);
        if (leftMillis <= 0) {
            throw new LoginTimeoutException();
        }
        int wait = (int) Math.min(Integer.MAX_VALUE, leftMillis);
        session.connection.readTimeout(readTimeoutMillis > 0 ? Math.min(readTimeoutMillis, wait) : wait);
    }

    private IOException timedOut(SocketTimeoutException e) {
        return !deadlineLifted && System.nanoTime() - deadlineNanos >= 0 ? new LoginTimeoutException() : e;
    }

    /** The login deadline passed. */
    static final class LoginTimeoutException extends IOException {
        private static final long serialVersionUID = 1L;

        LoginTimeoutException() {
            super("not logged in within the login timeout");
        }
    }
}
