package dev.parley.server.tls;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Writes a self-signed X.509 v3 certificate (RFC 5280) for an EC key, signed SHA256withECDSA: the room's own
 * identity, which clients trust by fingerprint rather than through a certificate authority. The JDK can read
 * certificates but has no public API to make one, so the few DER structures are written here.
 */
public final class SelfSignedCertificate {

    private static final String ECDSA_WITH_SHA256 = "1.2.840.10045.4.3.2";
    private static final String COMMON_NAME = "2.5.4.3";
    private static final String BASIC_CONSTRAINTS = "2.5.29.19";
    private static final String KEY_USAGE = "2.5.29.15";
    /** keyUsage digitalSignature: bit 0, the top bit of one byte whose other seven bits are unused. */
    private static final byte[] DIGITAL_SIGNATURE = Der.bitString(7, new byte[] {(byte) 0x80});

    private SelfSignedCertificate() {}

    /**
     * @param keys an EC key pair; its private key signs the certificate of its public key
     * @param commonName the subject's and issuer's CN
     * @param serial positive, at most 20 bytes (RFC 5280 4.1.2.2)
     */
    public static X509Certificate create(
            KeyPair keys, String commonName, Instant notBefore, Instant notAfter, BigInteger serial)
            throws GeneralSecurityException {
        if (serial.signum() <= 0 || serial.toByteArray().length > 20) {
            throw new IllegalArgumentException("a serial number is positive and at most 20 bytes");
        }
        if (!notAfter.isAfter(notBefore)) {
            throw new IllegalArgumentException("the certificate must end after it begins");
        }
        byte[] algorithm = Der.sequence(Der.oid(ECDSA_WITH_SHA256));
        byte[] name = Der.sequence(Der.set(Der.sequence(Der.oid(COMMON_NAME), Der.utf8String(commonName))));
        byte[] tbs = Der.sequence(
                Der.explicit(0, Der.integer(BigInteger.TWO)), // version: v3
                Der.integer(serial),
                algorithm,
                name,
                Der.sequence(Der.time(notBefore.atZone(ZoneOffset.UTC)), Der.time(notAfter.atZone(ZoneOffset.UTC))),
                name,
                keys.getPublic().getEncoded(), // already a DER SubjectPublicKeyInfo
                Der.explicit(
                        3,
                        Der.sequence(
                                // cA defaults to false: an empty SEQUENCE says "not a certificate authority"
                                extension(BASIC_CONSTRAINTS, Der.sequence()),
                                extension(KEY_USAGE, DIGITAL_SIGNATURE))));
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(keys.getPrivate());
        signer.update(tbs);
        byte[] certificate = Der.sequence(tbs, algorithm, Der.bitString(0, signer.sign()));
        return (X509Certificate)
                CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(certificate));
    }

    /** A random positive 16-byte serial, as a CA would choose. */
    public static BigInteger randomSerial(SecureRandom random) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        bytes[0] &= 0x7F;
        bytes[0] |= 0x01; // never zero
        return new BigInteger(bytes);
    }

    /** A critical extension. */
    private static byte[] extension(String oid, byte[] value) {
        return Der.sequence(Der.oid(oid), Der.bool(true), Der.octetString(value));
    }
}
