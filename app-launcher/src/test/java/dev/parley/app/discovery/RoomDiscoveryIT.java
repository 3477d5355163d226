package dev.parley.app.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parley.ui.RoomFinder;
import dev.parley.ui.RoomFinder.NetworkRoom;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A room announced by one multicast DNS responder is found by another (the Join dialog's finder), its users online
 * follow, and it disappears when announcing stops. Both speak on 127.0.0.1 only: where this machine's loopback does
 * not carry multicast (Linux's lo has no MULTICAST flag unless someone switches it on), the test says so and skips.
 */
class RoomDiscoveryIT {

    private static final Duration FIND = Duration.ofSeconds(15);
    private static final String LOOPBACK = "127.0.0.1";

    @Test
    void aSecondResponderFindsTheRoomFollowsItsUsersAndSeesItGo() throws Exception {
        var users = new AtomicInteger();
        var heard = new HeardRooms();
        int port = 40_000 + (int) (ProcessHandle.current().pid() % 20_000);
        var first = new RoomAnnouncement("Discovery test " + port, port, "1.4.0", 0, true);
        RoomFinder.Search search = new DnsSdRoomFinder(LOOPBACK).search(heard);
        try {
            RoomAnnouncer announcer = RoomAnnouncer.start(LOOPBACK, first, users::get, Duration.ofMillis(200));
            try {
                NetworkRoom found = heard.next(r -> r.port() == port, FIND);
                assumeTrue(
                        found != null,
                        "multicast DNS does not reach from one socket to another on 127.0.0.1 here "
                                + "(loopback without multicast?): discovery not tested on this machine");

                assertThat(found.name()).isEqualTo(first.roomName());
                assertThat(found.host()).isEqualTo(LOOPBACK);
                assertThat(found.usersOnline()).isZero();
                assertThat(found.tls()).isTrue();

                users.set(2);
                NetworkRoom updated = heard.next(r -> r.port() == port && r.usersOnline() == 2, FIND);
                assertThat(updated).as("users online updated").isNotNull();

                announcer.close();
                assertThat(heard.awaitLost(found.id(), FIND))
                        .as("stopped room lost")
                        .isTrue();
            } finally {
                announcer.close();
            }
        } finally {
            search.close();
        }
    }
}
