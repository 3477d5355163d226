package dev.parley.client.internal;

import dev.parley.protocol.tls.Fingerprint;
import java.io.IOException;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;

/**
 * One attempt at a TLS 1.3 connection: TCP, then the handshake, with the room's certificate judged by
 * {@link FingerprintCheck}. Says how it went rather than throwing for what the caller decides on.
 */
public final class TlsHandshake {

    /** How the attempt went. */
    public sealed interface Outcome {}

    /** Encrypted, with the certificate the check accepted. */
    public record Encrypted(SSLSocket socket, Fingerprint fingerprint) implements Outcome {}

    /** The room showed a certificate the check did not accept; {@code expected} null when none was known. */
    public record Refused(Fingerprint expected, Fingerprint presented) implements Outcome {}

    /** The room never showed a certificate: it does not speak TLS (or something in between stopped it). */
    public record NotTls(IOException cause) implements Outcome {}

    private TlsHandshake() {}

    /**
     * Connects to {@code host:port} within {@code timeout} and shakes hands within {@code handshakeTimeout}.
     *
     * @param expected the fingerprint to accept; null for none known
     * @param anyWillDo with none expected, accept whatever the room shows
     * @throws IOException when the room cannot be reached at all, or the handshake failed after the room showed a
     *     certificate that was accepted
     */
    public static Outcome attempt(
            String host, int port, Duration timeout, Duration handshakeTimeout, Fingerprint expected, boolean anyWillDo)
            throws IOException {
        var check = new FingerprintCheck(expected, anyWillDo);
        SSLContext context;
        try {
            context = SSLContext.getInstance("TLSv1.3");
            context.init(null, new TrustManager[] {check}, null);
        } catch (GeneralSecurityException e) {
            throw new IOException("This Java runtime cannot make TLS 1.3 connections: " + e.getMessage(), e);
        }
        Socket tcp = ClientSocket.tcp(host, port, timeout);
        SSLSocket tls = null;
        try {
            tls = (SSLSocket) context.getSocketFactory().createSocket(tcp, host, port, true);
            tls.setEnabledProtocols(new String[] {"TLSv1.3"});
            tls.setUseClientMode(true);
            tls.setSoTimeout((int) handshakeTimeout.toMillis());
            tls.startHandshake();
            tls.setSoTimeout(0);
            return new Encrypted(tls, check.presented());
        } catch (IOException e) {
            close(tls != null ? tls : tcp);
            if (check.refused()) {
                return new Refused(expected, check.presented());
            }
            if (check.presented() != null) {
                // It speaks TLS and showed an acceptable certificate, then failed: not a reason to go plain.
                throw new IOException(
                        "The encrypted connection to " + ClientSocket.where(host, port) + " failed: "
                                + ClientSocket.describe(e),
                        e);
            }
            return new NotTls(e);
        }
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // failed either way
        }
    }
}
