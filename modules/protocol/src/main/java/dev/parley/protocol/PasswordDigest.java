package dev.parley.protocol;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a client puts in the {@code password} field of a login: the lowercase hex SHA-256 of the UTF-8 bytes of
 * the password followed by the account's salt. The clear password never leaves the client.
 */
public final class PasswordDigest {

    private PasswordDigest() {
    }

    public static String clientHash(String password, String salt) {
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((password + salt).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
