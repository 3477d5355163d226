package dev.parley.client;

import dev.parley.protocol.tls.Fingerprint;

/**
 * Asks the person whether to trust a room's certificate. Called on the connecting thread, while no connection is
 * open (the room is not kept waiting): a desktop shows a dialog and waits for the answer; a headless caller answers
 * by policy.
 */
public interface TrustPrompt {

    /**
     * The first connection to {@code room} (host:port): trust this certificate from now on? The person should compare
     * {@code presented} with the fingerprint the host's window shows.
     */
    boolean trustNew(String room, Fingerprint presented);

    /**
     * {@code room} shows a certificate other than the one trusted for it: replace it? Either the host made a new one,
     * or someone is impersonating the room. Only a deliberate choice should say yes; by default, no.
     */
    default boolean trustChanged(String room, Fingerprint known, Fingerprint presented) {
        return false;
    }

    /** Trusts every room on first use, without asking; refuses changed certificates. For headless callers. */
    static TrustPrompt trustNewRooms() {
        return (room, presented) -> true;
    }

    /** Trusts no room it does not know already. */
    static TrustPrompt knownRoomsOnly() {
        return (room, presented) -> false;
    }
}
