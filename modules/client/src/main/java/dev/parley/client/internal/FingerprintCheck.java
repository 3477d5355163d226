package dev.parley.client.internal;

import dev.parley.protocol.tls.Fingerprint;
import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The trust decision of one handshake: the room's certificate is trusted when its fingerprint is the one expected
 * (or, with none expected, when any will do). It never waits for a person: it notes what the room showed and
 * refuses, and the caller asks and connects again. Extended, so the JDK adds no host name check: a room's
 * certificate is self-signed and its fingerprint is its identity.
 */
final class FingerprintCheck extends X509ExtendedTrustManager {

    private final Fingerprint expected;
    private final boolean anyWillDo;
    private volatile Fingerprint presented;
    private volatile boolean refused;

    /** @param expected the fingerprint to accept; null for none known */
    FingerprintCheck(Fingerprint expected, boolean anyWillDo) {
        this.expected = expected;
        this.anyWillDo = anyWillDo;
    }

    /** What the room showed; null when the handshake never got that far. */
    Fingerprint presented() {
        return presented;
    }

    /** Whether this check refused the certificate (rather than the handshake failing some other way). */
    boolean refused() {
        return refused;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("the room showed no certificate");
        }
        Fingerprint shown = Fingerprint.of(chain[0]);
        presented = shown;
        boolean trusted = expected != null ? expected.equals(shown) : anyWillDo;
        if (!trusted) {
            refused = true;
            throw new CertificateException(
                    expected == null ? "a room not trusted yet" : "not the fingerprint trusted for this room");
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        checkServerTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        checkServerTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("a client does not check clients");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        checkClientTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
