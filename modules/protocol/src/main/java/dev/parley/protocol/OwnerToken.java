package dev.parley.protocol;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The secret with which the hosting app's own client enters its room as the owner ({@code owner_login},
 * docs/protocol.md): 32 bytes from {@link SecureRandom}, made by the room at each start, held in memory only and
 * handed to the in-process client as this object. Never written, never logged: {@link #toString()} hides it.
 */
public final class OwnerToken {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;

    private final String hex;

    private OwnerToken(String hex) {
        this.hex = hex;
    }

    /** A new secret. */
    public static OwnerToken generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return new OwnerToken(HexFormat.of().formatHex(bytes));
    }

    /** What goes in the {@code token} field: 64 lowercase hex characters. Only the in-process client sends it. */
    public String wireValue() {
        return hex;
    }

    /**
     * Whether {@code offered} is this token, compared in constant time (for offers of the right length), so the
     * time of a refusal does not tell how much of a guess was right. Null or any other length is not it.
     */
    public boolean matches(String offered) {
        byte[] mine = hex.getBytes(StandardCharsets.US_ASCII);
        byte[] theirs = offered == null ? new byte[0] : offered.getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(mine, theirs);
    }

    @Override
    public String toString() {
        return "OwnerToken[<hidden>]";
    }
}
