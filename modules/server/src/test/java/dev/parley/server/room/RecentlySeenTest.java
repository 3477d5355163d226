package dev.parley.server.room;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.testsupport.MutableClock;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecentlySeenTest {

    private final MutableClock clock = MutableClock.startingNow();
    private final RecentlySeen seen = new RecentlySeen(clock);

    @Test
    void eachUserAndAddressOnceNewestFirstWithTheirTrips() {
        seen.saw(ip("10.0.0.1"), "alice");
        clock.advance(Duration.ofSeconds(1));
        seen.saw(ip("10.0.0.2"), "Mallory");
        seen.tripped(ip("10.0.0.2"), "mallory", "too_many_attempts");
        seen.tripped(ip("10.0.0.2"), "MALLORY", "too_many_attempts");
        seen.tripped(ip("10.0.0.2"), "mallory", "rate_limited");
        clock.advance(Duration.ofSeconds(1));
        Instant last = clock.instant();
        seen.tripped(ip("10.0.0.3"), null, "too_many_connections");

        assertThat(seen.recent())
                .extracting(RecentlySeen.Entry::username, e -> e.address().getHostAddress())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(null, "10.0.0.3"),
                        org.assertj.core.groups.Tuple.tuple("Mallory", "10.0.0.2"),
                        org.assertj.core.groups.Tuple.tuple("alice", "10.0.0.1"));
        assertThat(seen.recent().get(0).lastSeen()).isEqualTo(last);
        assertThat(seen.recent().get(1).trips()).isEqualTo(Map.of("too_many_attempts", 2, "rate_limited", 1));
        assertThat(seen.recent().get(2).trips()).isEmpty();
    }

    @Test
    void seeingSomeoneAgainMovesThemToTheTop() {
        seen.saw(ip("10.0.0.1"), "alice");
        seen.saw(ip("10.0.0.2"), "bob");
        seen.saw(ip("10.0.0.1"), "ALICE");

        assertThat(seen.recent()).extracting(RecentlySeen.Entry::username).containsExactly("alice", "bob");
    }

    @Test
    void theListKeepsOnlyTheLatestPairs() {
        for (int i = 0; i < RecentlySeen.CAPACITY + 50; i++) {
            seen.saw(ip("10.0." + i / 256 + "." + i % 256), "user" + i);
        }

        assertThat(seen.recent()).hasSize(RecentlySeen.CAPACITY);
        assertThat(seen.recent().getFirst().username()).isEqualTo("user" + (RecentlySeen.CAPACITY + 49));
        assertThat(seen.recent().getLast().username()).isEqualTo("user50");
    }

    @Test
    void oneAddressTryingNameAfterNamePushesOutOnlyItsOwnEntries() {
        seen.saw(ip("10.0.0.1"), "alice");
        seen.saw(ip("2001:db8::1"), "bob");
        for (int i = 0; i < 1000; i++) {
            seen.tripped(ip("10.0.0.66"), "name" + i, "too_many_attempts");
            seen.tripped(ip("2001:db8:0:66::" + Integer.toHexString(i + 1)), "v6name" + i, "too_many_attempts");
        }

        assertThat(seen.recent())
                .hasSize(2 + 2 * RecentlySeen.NAMES_PER_ADDRESS)
                .extracting(RecentlySeen.Entry::username)
                .contains("alice", "bob", "name999", "v6name999");
    }

    @Test
    void anInvalidNameIsKeptAsNoName() {
        seen.saw(ip("10.0.0.1"), "\u001b[31mred\nfake log line");
        seen.saw(ip("10.0.0.1"), "x".repeat(5000));

        assertThat(seen.recent())
                .singleElement()
                .satisfies(e -> assertThat(e.username()).isNull());
    }

    private static InetAddress ip(String literal) {
        return InetAddress.ofLiteral(literal);
    }
}
