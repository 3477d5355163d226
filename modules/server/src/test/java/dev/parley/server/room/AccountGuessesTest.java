package dev.parley.server.room;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.testsupport.MutableClock;
import java.net.InetAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AccountGuessesTest {

    private final MutableClock clock = MutableClock.startingNow();
    /** 3 failures per account, one back every 100 s. */
    private final AccountGuesses guesses = new AccountGuesses(3, Duration.ofMinutes(5), clock);

    private final InetAddress nat = InetAddress.ofLiteral("192.0.2.1");
    private final InetAddress home = InetAddress.ofLiteral("198.51.100.7");

    @Test
    void guessingOneAccountFromASharedAddressSlowsThatAccountThereOnly() {
        for (int i = 0; i < 3; i++) {
            assertThat(guesses.isSlowed("amy", nat)).isFalse();
            guesses.failed("amy", nat);
        }

        assertThat(guesses.isSlowed("amy", nat)).isTrue();
        assertThat(guesses.isSlowed("Amy", nat)).as("names ignore case").isTrue();
        assertThat(guesses.isSlowed("bob", nat))
                .as("others behind the same address")
                .isFalse();
        assertThat(guesses.isSlowed("amy", home)).as("the owner from elsewhere").isFalse();
    }

    @Test
    void aSlowedAddressGetsOneTryPerRefillNotAWholeWindowOfNothing() {
        for (int i = 0; i < 3; i++) {
            guesses.failed("amy", nat);
        }
        clock.advance(Duration.ofSeconds(99));
        assertThat(guesses.isSlowed("amy", nat)).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(guesses.isSlowed("amy", nat)).as("one try back after 100 s").isFalse();
    }

    @Test
    void anAccountGuessedFromEverywhereStillHearsAddressesThatHaveNotFailedOnIt() {
        for (int i = 1; i <= 3; i++) {
            guesses.failed("amy", InetAddress.ofLiteral("203.0.113." + i));
        }

        assertThat(guesses.isSlowed("amy", InetAddress.ofLiteral("203.0.113.1")))
                .as("a guesser that has had its try")
                .isTrue();
        assertThat(guesses.isSlowed("amy", home))
                .as("the owner, who never failed")
                .isFalse();
        assertThat(guesses.isSlowed("bob", InetAddress.ofLiteral("203.0.113.1")))
                .isFalse();
    }

    @Test
    void ipv6AddressesCountByTheirSlash64() {
        for (int i = 0; i < 3; i++) {
            guesses.failed("amy", InetAddress.ofLiteral("2001:db8:1:2::" + (i + 1)));
        }
        assertThat(guesses.isSlowed("amy", InetAddress.ofLiteral("2001:db8:1:2:ffff::9")))
                .isTrue();
        assertThat(guesses.isSlowed("amy", InetAddress.ofLiteral("2001:db8:1:3::1")))
                .as("another /64, no failures of its own")
                .isFalse();
    }
}
