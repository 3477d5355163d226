package dev.parley.accounts;

import dev.parley.files.AtomicFiles;
import dev.parley.protocol.Usernames;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Makes salts: random ones for new accounts, and for names without an account one derived from a secret kept in
 * the data directory, stable per name and shaped like a real one, so asking for salts does not list accounts.
 */
public final class SaltSource {

    private static final BigInteger LOWEST = BigInteger.TEN.pow(31);
    private static final BigInteger SPAN = BigInteger.TEN.pow(32).subtract(LOWEST);

    private final byte[] secret;
    private final SecureRandom random = new SecureRandom();

    SaltSource(byte[] secret) {
        this.secret = secret.clone();
    }

    /** Loads the secret from {@code file}, creating it on first use. */
    public static SaltSource fromSecretFile(Path file) throws StoreException {
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                AtomicFiles.write(file, Base64.getEncoder().encode(fresh));
            }
            byte[] secret = Base64.getDecoder().decode(Files.readString(file).strip());
            if (secret.length < 16) {
                throw new StoreException(file + " holds too short a secret; move it away and Parley makes a new one.");
            }
            return new SaltSource(secret);
        } catch (IOException e) {
            throw new StoreException("Cannot read or create " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new StoreException(file + " is not base64; move it away and Parley makes a new one.", e);
        }
    }

    /** A random 32-digit integer, as the spec asks. */
    public String randomSalt() {
        BigInteger n;
        do {
            n = new BigInteger(SPAN.bitLength(), random);
        } while (n.compareTo(SPAN) >= 0);
        return LOWEST.add(n).toString();
    }

    /** The salt a name without an account always gets from this data directory. */
    public String derivedSalt(String username) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal(Usernames.key(username).getBytes(StandardCharsets.UTF_8));
            return LOWEST.add(new BigInteger(1, digest).mod(SPAN)).toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }
}
