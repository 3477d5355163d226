package dev.parley.server;

import dev.parley.accounts.AccountStore;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The owner's account, made when the room starts if it is missing. Its password is a random one nobody knows, so
 * it cannot be logged in to with a password until the host sets one; the hosting app's own client enters with its
 * owner token meanwhile. An ordinary account of the owner's name is taken as the owner's, password and all: whoever
 * sets {@code owner} controls the room's data directory, accounts included, already.
 */
final class OwnerAccount {

    private static final Logger LOG = LoggerFactory.getLogger(OwnerAccount.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private OwnerAccount() {}

    /** Makes {@code owner}'s account unless it exists; nothing for a room without an owner. */
    static void ensure(AccountStore accounts, String owner) throws IOException {
        if (owner.isEmpty() || accounts.isRegistered(owner)) {
            return;
        }
        Object claim = new Object();
        if (!accounts.reserve(owner, claim)) {
            // Someone is registering the name this very moment: theirs it becomes, ordinary, as above.
            LOG.warn("The owner's name {} is being registered by someone else; the room takes that account", owner);
            return;
        }
        byte[] unusable = new byte[32];
        RANDOM.nextBytes(unusable);
        try {
            accounts.completeRegistration(owner, claim, HexFormat.of().formatHex(unusable));
            LOG.info("Made the owner's account {}; it has no password for logging in from elsewhere yet", owner);
        } finally {
            accounts.release(owner, claim);
        }
    }
}
