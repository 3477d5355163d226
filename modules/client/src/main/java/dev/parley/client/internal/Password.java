package dev.parley.client.internal;

import dev.parley.protocol.PasswordDigest;
import java.util.Arrays;

/**
 * A password as the person typed it, held as characters only until it is hashed with the account's salt, then
 * zeroed by {@link #close}. The hash itself is as good as the password to this room, so whoever asks for it sends
 * it at once and keeps no copy.
 */
public final class Password implements AutoCloseable {

    private final char[] chars;
    private boolean closed;

    private Password(char[] chars) {
        this.chars = chars;
    }

    /** A copy of {@code typed}; the caller clears its own array whenever it likes. */
    public static Password copyOf(char[] typed) {
        return new Password(typed.clone());
    }

    /** What a login sends: see {@link PasswordDigest#clientHash(char[], String)}. */
    public synchronized String clientHash(String salt) {
        if (closed) {
            throw new IllegalStateException("the password was cleared");
        }
        return PasswordDigest.clientHash(chars, salt);
    }

    @Override
    public synchronized void close() {
        Arrays.fill(chars, '\0');
        closed = true;
    }
}
