package dev.parley.client;

import dev.parley.protocol.tls.Fingerprint;
import java.io.IOException;

/** A room seen for the first time whose certificate the person (or the caller's policy) did not trust. */
public final class RoomNotTrustedException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Fingerprint presented;

    public RoomNotTrustedException(String room, Fingerprint presented) {
        super("Not connected: the fingerprint of the room at " + room + " was not trusted.");
        this.presented = presented;
    }

    public Fingerprint presented() {
        return presented;
    }
}
