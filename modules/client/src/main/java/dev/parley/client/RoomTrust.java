package dev.parley.client;

import dev.parley.protocol.tls.Fingerprint;
import java.util.Objects;

/**
 * How a client decides whether a room is the room it means. Rooms present self-signed certificates: their
 * fingerprint is their identity, and host names are not checked.
 */
public sealed interface RoomTrust {

    /**
     * Trust on first use, as SSH does: a room seen before must show the fingerprint {@code known} holds for its
     * address; a room never seen is trusted if {@code prompt} says so, and remembered. A room known with a fingerprint
     * that answers without TLS is refused; one never seen with TLS may be plain.
     */
    record OnFirstUse(KnownRooms known, TrustPrompt prompt) implements RoomTrust {
        public OnFirstUse {
            Objects.requireNonNull(known, "known");
            Objects.requireNonNull(prompt, "prompt");
        }
    }

    /** Only a room showing this fingerprint (the host's own room, whose fingerprint the app knows); never plain. */
    record Pinned(Fingerprint fingerprint) implements RoomTrust {
        public Pinned {
            Objects.requireNonNull(fingerprint, "fingerprint");
        }
    }

    /**
     * Encrypted when the room speaks TLS, whatever its certificate, and plain when it does not: protects against
     * someone listening, not against someone impersonating the room. For tests and tools.
     */
    record AnyCertificate() implements RoomTrust {}
}
