package dev.parley.server.tls;

import dev.parley.protocol.tls.Fingerprint;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/** A test client's trust: the server's certificate must have exactly this fingerprint, as a remembered room's. */
public final class PinnedTrustManager implements X509TrustManager {

    private final Fingerprint pinned;

    public PinnedTrustManager(Fingerprint pinned) {
        this.pinned = pinned;
    }

    /** A TLS 1.3 client context that trusts only {@code pinned}. */
    public static SSLContext clientContext(Fingerprint pinned) throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLSv1.3");
        context.init(null, new TrustManager[] {new PinnedTrustManager(pinned)}, new SecureRandom());
        return context;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        if (chain.length == 0) {
            throw new CertificateException("the server sent no certificate");
        }
        Fingerprint presented = Fingerprint.of(chain[0]);
        if (!presented.equals(pinned)) {
            throw new CertificateException("the server's certificate is " + presented + ", not " + pinned);
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("a test client trusts no clients");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
