package dev.parley.protocol.tls;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A room certificate's SHA-256 fingerprint, the thing people compare by eye (as with SSH host keys): the host's window
 * shows it, a joiner's first connection shows it, and the client remembers it per room.
 */
public final class Fingerprint {

    private static final int SHA256_BYTES = 32;
    /** Hex characters per group when shown: short groups are easier to read aloud and compare. */
    private static final int GROUP = 4;

    private final byte[] sha256;

    private Fingerprint(byte[] sha256) {
        if (sha256.length != SHA256_BYTES) {
            throw new IllegalArgumentException("a SHA-256 fingerprint has 32 bytes, not " + sha256.length);
        }
        this.sha256 = sha256.clone();
    }

    public static Fingerprint of(X509Certificate certificate) {
        try {
            return ofEncoded(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("certificate cannot be encoded", e);
        }
    }

    /** The fingerprint of a certificate's DER encoding. */
    public static Fingerprint ofEncoded(byte[] der) {
        try {
            return new Fingerprint(MessageDigest.getInstance("SHA-256").digest(der));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * Reads a fingerprint as {@link #toString()} or {@link #hex()} wrote it; spaces, colons and case are ignored.
     *
     * @throws IllegalArgumentException when it is not 64 hex digits
     */
    public static Fingerprint parse(String text) {
        String digits = text.replaceAll("[\\s:]", "");
        if (digits.length() != SHA256_BYTES * 2) {
            throw new IllegalArgumentException("a fingerprint has 64 hex digits, not " + digits.length());
        }
        return new Fingerprint(HexFormat.of().parseHex(digits.toLowerCase(Locale.ROOT)));
    }

    /** 64 lower-case hex digits, for files. */
    public String hex() {
        return HexFormat.of().formatHex(sha256);
    }

    /** Upper-case hex in groups of four, "3F2A 9C01 …", for people. */
    @Override
    public String toString() {
        String hex = hex().toUpperCase(Locale.ROOT);
        var shown = new StringBuilder(hex.length() + hex.length() / GROUP);
        for (int i = 0; i < hex.length(); i += GROUP) {
            if (i > 0) {
                shown.append(' ');
            }
            shown.append(hex, i, i + GROUP);
        }
        return shown.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Fingerprint that && MessageDigest.isEqual(sha256, that.sha256);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sha256);
    }
}
