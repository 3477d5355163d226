package dev.parley.accounts.hashing;

import dev.parley.accounts.storage.StoredHash;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes the client's hash once more with PBKDF2-HMAC-SHA256, so a copied accounts.json cannot be replayed as a
 * login: what the file holds is not what a client sends.
 */
public final class Pbkdf2Hasher {

    public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private final int iterations;
    private final SecureRandom random = new SecureRandom();

    public Pbkdf2Hasher(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be at least 1");
        }
        this.iterations = iterations;
    }

    public StoredHash hash(String clientHash) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(clientHash, salt, iterations);
        var b64 = Base64.getEncoder();
        return new StoredHash(ALGORITHM, iterations, b64.encodeToString(salt), b64.encodeToString(hash));
    }

    public boolean matches(String clientHash, StoredHash stored) {
        if (!ALGORITHM.equals(stored.algorithm()) || stored.iterations() < 1) {
            return false;
        }
        var b64 = Base64.getDecoder();
        byte[] expected = b64.decode(stored.hash());
        byte[] actual = derive(clientHash, b64.decode(stored.salt()), stored.iterations());
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] derive(String clientHash, byte[] salt, int iterations) {
        char[] chars = clientHash.toCharArray();
        var spec = new PBEKeySpec(chars, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has " + ALGORITHM, e);
        } finally {
            spec.clearPassword();
        }
    }
}
