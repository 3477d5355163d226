package dev.parley.client;

import dev.parley.protocol.tls.Fingerprint;
import java.io.IOException;

/** The room showed a certificate other than the one trusted for its address, and the change was not accepted. */
public final class RoomIdentityChangedException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String room;
    private final transient Fingerprint known;
    private final transient Fingerprint presented;

    public RoomIdentityChangedException(String room, Fingerprint known, Fingerprint presented) {
        super("Not connected: the room at " + room + " shows a different fingerprint from the one trusted for it. "
                + "Either its host made a new certificate, or someone on the network is pretending to be the room. "
                + "Trusted: " + known + ". Shown now: " + presented + ".");
        this.room = room;
        this.known = known;
        this.presented = presented;
    }

    /** host:port, as remembered. */
    public String room() {
        return room;
    }

    /** The fingerprint trusted for the room. */
    public Fingerprint known() {
        return known;
    }

    /** The fingerprint the room showed this time. */
    public Fingerprint presented() {
        return presented;
    }
}
