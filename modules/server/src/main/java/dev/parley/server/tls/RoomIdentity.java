package dev.parley.server.tls;

import dev.parley.protocol.tls.Fingerprint;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * Who the room is to TLS clients: its private key and the self-signed certificate clients remember by
 * {@link Fingerprint}. Generated once per data directory ({@link RoomIdentityFile}), or in memory for a room
 * without one.
 */
public final class RoomIdentity {

    static final String ALIAS = "room";
    /** The certificate does not expire in practice: clients trust it by fingerprint, and a new one would alarm them. */
    static final Instant NOT_AFTER = Instant.parse("9999-12-31T23:59:59Z");
    /** A day back, for clients whose clocks run slow. */
    private static final Duration BACKDATE = Duration.ofDays(1);
    /**
     * PKCS12 wants a password; the file's protection is its owner-only permissions (as for server.secret), since a
     * room that starts unattended has nobody to type one.
     */
    static final char[] STORE_PASSWORD = "parley".toCharArray();

    private final PrivateKey privateKey;
    private final X509Certificate certificate;
    private final Fingerprint fingerprint;

    RoomIdentity(PrivateKey privateKey, X509Certificate certificate) {
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
        this.certificate = Objects.requireNonNull(certificate, "certificate");
        this.fingerprint = Fingerprint.of(certificate);
    }

    /** A new EC P-256 key and its self-signed certificate, CN = {@code commonName}. */
    public static RoomIdentity generate(String commonName) {
        try {
            var random = new SecureRandom();
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), random);
            KeyPair keys = generator.generateKeyPair();
            BigInteger serial = SelfSignedCertificate.randomSerial(random);
            Instant now = Instant.now();
            X509Certificate certificate =
                    SelfSignedCertificate.create(keys, commonName, now.minus(BACKDATE), NOT_AFTER, serial);
            return new RoomIdentity(keys.getPrivate(), certificate);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has EC P-256 and SHA256withECDSA", e);
        }
    }

    public X509Certificate certificate() {
        return certificate;
    }

    public Fingerprint fingerprint() {
        return fingerprint;
    }

    PrivateKey privateKey() {
        return privateKey;
    }

    /** A key store holding this identity, under {@link #ALIAS}. */
    KeyStore keyStore(char[] password) throws GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try {
            store.load(null, null);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("an empty key store needs no input", e);
        }
        store.setKeyEntry(ALIAS, privateKey, password, new Certificate[] {certificate});
        return store;
    }

    /** A TLS context that presents this identity; the server side of a handshake. */
    public SSLContext serverContext() {
        try {
            char[] password = STORE_PASSWORD.clone();
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(keyStore(password), password);
            SSLContext context = SSLContext.getInstance("TLSv1.3");
            context.init(keys.getKeyManagers(), null, new SecureRandom());
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS 1.3 with an EC key is part of every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "room identity " + fingerprint;
    }
}
