package dev.parley.client.internal;

import dev.parley.client.ConnectionSecurity;
import dev.parley.client.EncryptionMissingException;
import dev.parley.client.KnownRooms;
import dev.parley.client.RoomIdentityChangedException;
import dev.parley.client.RoomNotTrustedException;
import dev.parley.client.RoomTrust;
import dev.parley.client.TrustPrompt;
import dev.parley.protocol.tls.Fingerprint;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects the way {@link RoomTrust} says: TLS 1.3 first; the room's fingerprint judged against what is trusted for
 * its address; the person asked (with no connection open) about a new or changed one, and the room connected to
 * again once trusted; plain only for a room not known to speak TLS.
 */
public final class TrustedConnect {

    private static final Logger log = LoggerFactory.getLogger(TrustedConnect.class);

    /**
     * How long a room not known to speak TLS has to answer the handshake before it is taken for a plain one. An older
     * Parley room answers a ClientHello at once (malformed_json); this is what a server that waits in silence costs.
     * A TLS room on a LAN answers in milliseconds.
     */
    public static final Duration PLAIN_AFTER = Duration.ofSeconds(3);

    /** A connection and how it is protected. */
    public record Connected(ClientSocket socket, ConnectionSecurity security) {}

    private final String host;
    private final int port;
    private final Duration timeout;
    private final String room;

    public TrustedConnect(String host, int port, Duration timeout) {
        this.host = host;
        this.port = port;
        this.timeout = timeout;
        this.room = KnownRooms.key(host, port);
    }

    public Connected open(RoomTrust trust) throws IOException {
        return switch (trust) {
            case RoomTrust.AnyCertificate any -> anyCertificate();
            case RoomTrust.Pinned pinned -> pinned(pinned.fingerprint());
            case RoomTrust.OnFirstUse tofu -> onFirstUse(tofu.known(), tofu.prompt());
        };
    }

    /** Plain JSON, as spec clients talk. */
    public Connected plain() throws IOException {
        return new Connected(ClientSocket.open(host, port, timeout), new ConnectionSecurity.Plain());
    }

    private Connected anyCertificate() throws IOException {
        return switch (TlsHandshake.attempt(host, port, timeout, PLAIN_AFTER, null, true)) {
            case TlsHandshake.Encrypted e -> encrypted(e, new ConnectionSecurity.Unverified(e.fingerprint()));
            case TlsHandshake.NotTls n -> plainAfter(n);
            case TlsHandshake.Refused r -> throw new IllegalStateException("any certificate was to do: " + r);
        };
    }

    private Connected pinned(Fingerprint fingerprint) throws IOException {
        return expecting(fingerprint, new ConnectionSecurity.Verified(fingerprint));
    }

    private Connected onFirstUse(KnownRooms known, TrustPrompt prompt) throws IOException {
        Optional<Fingerprint> trusted = known.fingerprintOf(room);
        if (trusted.isPresent()) {
            return switch (TlsHandshake.attempt(host, port, timeout, timeout, trusted.get(), false)) {
                case TlsHandshake.Encrypted e -> encrypted(e, new ConnectionSecurity.Verified(e.fingerprint()));
                case TlsHandshake.Refused r -> {
                    if (!prompt.trustChanged(room, trusted.get(), r.presented())) {
                        throw new RoomIdentityChangedException(room, trusted.get(), r.presented());
                    }
                    log.warn(
                            "{}: its changed fingerprint {} was accepted, replacing {}",
                            room,
                            r.presented(),
                            trusted.get());
                    yield trustNow(known, r.presented());
                }
                case TlsHandshake.NotTls n -> throw new EncryptionMissingException(room, trusted.get(), n.cause());
            };
        }
        return switch (TlsHandshake.attempt(host, port, timeout, PLAIN_AFTER, null, false)) {
            case TlsHandshake.Refused r -> {
                if (!prompt.trustNew(room, r.presented())) {
                    throw new RoomNotTrustedException(room, r.presented());
                }
                yield trustNow(known, r.presented());
            }
            case TlsHandshake.NotTls n -> plainAfter(n);
            case TlsHandshake.Encrypted e -> throw new IllegalStateException("nothing was to be accepted: " + e);
        };
    }

    /** Remembers {@code fingerprint} for the room, then connects again expecting it. */
    private Connected trustNow(KnownRooms known, Fingerprint fingerprint) throws IOException {
        try {
            known.remember(room, fingerprint);
        } catch (IOException e) {
            log.warn("{}: trusted for this run, but could not be remembered: {}", room, ClientSocket.describe(e));
        }
        return expecting(fingerprint, new ConnectionSecurity.TrustedNow(fingerprint));
    }

    private Connected expecting(Fingerprint fingerprint, ConnectionSecurity security) throws IOException {
        return switch (TlsHandshake.attempt(host, port, timeout, timeout, fingerprint, false)) {
            case TlsHandshake.Encrypted e -> encrypted(e, security);
            case TlsHandshake.Refused r -> throw new RoomIdentityChangedException(room, fingerprint, r.presented());
            case TlsHandshake.NotTls n -> throw new EncryptionMissingException(room, fingerprint, n.cause());
        };
    }

    private Connected encrypted(TlsHandshake.Encrypted e, ConnectionSecurity security) throws IOException {
        return new Connected(ClientSocket.over(ClientSocket.where(host, port), e.socket()), security);
    }

    /** The room never showed a certificate: it does not speak TLS. Connect again, in plain JSON. */
    private Connected plainAfter(TlsHandshake.NotTls notTls) throws IOException {
        log.info("{} did not answer TLS ({}); joining it unencrypted", room, ClientSocket.describe(notTls.cause()));
        return plain();
    }
}
