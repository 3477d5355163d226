package dev.parley.server.room;

import dev.parley.protocol.Usernames;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;

/**
 * Failed logins counted per account, so that guessing one account is slowed without locking out the address's
 * other users, nor the account's owner. Two token buckets of failures, each of {@code perAccount} and one back every
 * {@code window / perAccount}:
 * <ul>
 *   <li>per account and address (an IPv6 address by its /64): an address that has spent it may try that account
 *       once per refill; other accounts from the same address (a NAT, a classroom) are not affected;
 *   <li>per account, from all addresses: once spent (the account is being guessed from many places), only
 *       addresses that have not failed on it lately are still heard, so the owner logging in from their usual
 *       place still gets in, and each guessing address has had its one try.
 * </ul>
 * Thread-safe.
 */
final class AccountGuesses {

    private record Pair(String account, ConnectionsPerAddress.Group group) {}

    private final TokenBuckets<Pair> perAddress;
    private final TokenBuckets<String> perAccount;

    AccountGuesses(int perAccount, Duration window, Clock clock) {
        var rate = new TokenBucket.Rate(perAccount, window.dividedBy(perAccount));
        this.perAddress = new TokenBuckets<>(rate, clock);
        this.perAccount = new TokenBuckets<>(rate, clock);
    }

    /** True when a login to {@code account} from {@code address} is refused without checking the password. */
    boolean isSlowed(String account, InetAddress address) {
        Pair pair = pair(account, address);
        if (!perAddress.hasToken(pair)) {
            return true;
        }
        return !perAccount.hasToken(Usernames.key(account)) && !perAddress.isFull(pair);
    }

    void failed(String account, InetAddress address) {
        perAddress.tryTake(pair(account, address));
        perAccount.tryTake(Usernames.key(account));
    }

    private static Pair pair(String account, InetAddress address) {
        return new Pair(Usernames.key(account), ConnectionsPerAddress.Group.of(address));
    }
}
