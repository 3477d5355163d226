package dev.parley.client;

import dev.parley.protocol.tls.Fingerprint;
import java.util.Optional;

/**
 * How a connection to a room is protected, for the person to see: plain JSON anyone on the network can read, or
 * TLS 1.3 with the room's certificate checked (or not) against the fingerprint trusted for that room.
 */
public sealed interface ConnectionSecurity {

    /** Whether what is said travels encrypted. */
    default boolean encrypted() {
        return fingerprint().isPresent();
    }

    /** The room certificate's fingerprint; empty when the connection is plain. */
    Optional<Fingerprint> fingerprint();

    /** Plain JSON: the room does not speak TLS (an older Parley, a spec server), or the caller asked for plain. */
    record Plain() implements ConnectionSecurity {
        @Override
        public Optional<Fingerprint> fingerprint() {
            return Optional.empty();
        }
    }

    /** Encrypted, but the certificate was not checked against anything (a caller that trusts any room). */
    record Unverified(Fingerprint certificate) implements ConnectionSecurity {
        @Override
        public Optional<Fingerprint> fingerprint() {
            return Optional.of(certificate);
        }
    }

    /**
     * Encrypted, with a certificate the person trusted just now, on this connection's first use of the room or by
     * deliberately accepting a changed one: it is remembered, and next time it is {@link Verified}.
     */
    record TrustedNow(Fingerprint certificate) implements ConnectionSecurity {
        @Override
        public Optional<Fingerprint> fingerprint() {
            return Optional.of(certificate);
        }
    }

    /** Encrypted, and the room showed the certificate trusted for it before (or the one the caller pinned). */
    record Verified(Fingerprint certificate) implements ConnectionSecurity {
        @Override
        public Optional<Fingerprint> fingerprint() {
            return Optional.of(certificate);
        }
    }
}
