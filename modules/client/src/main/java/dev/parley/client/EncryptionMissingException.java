package dev.parley.client;

import dev.parley.protocol.tls.Fingerprint;
import java.io.IOException;

/**
 * A room known to speak TLS (a fingerprint is trusted for it) did not complete an encrypted connection this time.
 * Parley never falls back to plain for such a room: someone could be making it look like an older room to read what
 * is said.
 */
public final class EncryptionMissingException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Fingerprint known;

    public EncryptionMissingException(String room, Fingerprint known, IOException cause) {
        super(
                "Not connected: the room at " + room + " has been encrypted before, but did not answer encrypted this "
                        + "time (" + describe(cause) + "). Parley will not join it unencrypted. Ask the host whether "
                        + "the room has changed.",
                cause);
        this.known = known;
    }

    /** The fingerprint trusted for the room. */
    public Fingerprint known() {
        return known;
    }

    private static String describe(IOException cause) {
        return cause.getMessage() != null
                ? cause.getMessage()
                : cause.getClass().getSimpleName();
    }
}
