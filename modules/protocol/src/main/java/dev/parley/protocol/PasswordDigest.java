package dev.parley.protocol;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * What a client puts in the {@code password} field of a login: the lowercase hex SHA-256 of the UTF-8 bytes of
 * the password followed by the account's salt. The clear password never leaves the client.
 */
public final class PasswordDigest {

    private PasswordDigest() {}

    public static String clientHash(String password, String salt) {
        return HexFormat.of().formatHex(sha256().digest((password + salt).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The same hash from a password held in a {@code char[]}, which is left as it is. The UTF-8 bytes made on the
     * way are zeroed before this returns, so no copy of the password outlives the call.
     */
    public static String clientHash(char[] password, String salt) {
        // Encoded as String.getBytes does (a lone surrogate becomes '?'), in one buffer large enough from the
        // start: a buffer grown on the way would leave a copy behind.
        var utf8 = StandardCharsets.UTF_8
                .newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        ByteBuffer bytes = ByteBuffer.allocate(password.length * 3);
        try {
            utf8.encode(CharBuffer.wrap(password), bytes, true);
            utf8.flush(bytes);
            bytes.flip();
            var sha = sha256();
            sha.update(bytes);
            sha.update(salt.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } finally {
            Arrays.fill(bytes.array(), (byte) 0);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
