package dev.parley.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.accounts.Ban;
import dev.parley.accounts.NotSavedException;
import dev.parley.protocol.tls.Fingerprint;
import dev.parley.server.BanTarget;
import dev.parley.server.OnlineUser;
import dev.parley.server.RoomAdmin;
import dev.parley.server.SeenUser;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdminConsoleTest {

    private final RecordingAdmin admin = new RecordingAdmin();
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final AdminConsole console = new AdminConsole(admin, new PrintStream(output, true, StandardCharsets.UTF_8));

    @Test
    void banWithDurationAndReason() {
        console.execute("/ban mallory 2h spamming the room");
        assertThat(admin.calls).containsExactly("banUser mallory PT2H spamming the room");
        assertThat(printed()).contains("Banned mallory");
    }

    @Test
    void fingerprintShowsTheRoomsCertificateForPeopleToCompare() {
        admin.fingerprint = Optional.of(Fingerprint.parse("3f2a".repeat(16)));

        console.execute("/fingerprint");

        assertThat(printed()).contains("TLS certificate fingerprint (SHA-256): 3F2A 3F2A 3F2A");
    }

    @Test
    void fingerprintSaysWhenTheRoomDoesNotSpeakTls() {
        console.execute("/fingerprint");

        assertThat(printed()).contains("TLS is off");
    }

    @Test
    void banAnAddressWithoutEnd() {
        console.execute("/ban 10.0.0.9");
        assertThat(admin.calls).containsExactly("banAddress 10.0.0.9 null ");
    }

    @Test
    void banAnIpv6AddressWithReasonButNoDuration() {
        console.execute("/ban ::1 flood");
        assertThat(admin.calls).containsExactly("banAddress ::1 null flood");
    }

    @Test
    void aUserNamedLikeAnAddressIsBannedAsTheUserAndTheHostIsTold() {
        console.execute("/ban 10.0.0.7 1d");
        assertThat(admin.calls).containsExactly("banUser 10.0.0.7 PT24H ");
        assertThat(printed())
                .contains("Banned 10.0.0.7")
                .contains("the user was banned, not the address")
                .contains("[10.0.0.7]");
    }

    @Test
    void anAddressInBracketsIsTheAddressEvenWhenAUserHasThatName() {
        console.execute("/ban [10.0.0.7]");
        assertThat(admin.calls).containsExactly("banAddress 10.0.0.7 null ");
        assertThat(printed()).doesNotContain("not the address");
    }

    @Test
    void aRangeIsAnAddressEvenInBracketsAndNeverAUser() {
        console.execute("/ban 192.168.1.0/24 7d dorm");
        console.execute("/ban [2001:db8::]/32");
        assertThat(admin.calls)
                .containsExactly("banAddress 192.168.1.0/24 PT168H dorm", "banAddress [2001:db8::]/32 null ");
    }

    @Test
    void seenListsNamesAddressesTimesAndTrips() {
        console.execute("/seen");
        assertThat(printed())
                .contains("Recently seen, newest first:")
                .contains("  eve  from 203.0.113.7  last seen ")
                .contains("tripped rate_limited (40), too_many_attempts (3)")
                .contains("  (no name)  from 2001:db8:0:0:0:0:0:9  last seen ")
                .contains("  alice  from 127.0.0.1  online");
        assertThat(AdminConsole.HELP).contains("/seen").contains("192.168.1.0/24");
    }

    @Test
    void unbanKickUsersAndBans() {
        console.execute("/unban mallory");
        console.execute("/kick bob");
        console.execute("/users");
        console.execute("/bans");
        assertThat(admin.calls).containsExactly("unban mallory", "kick bob");
        assertThat(printed())
                .contains("Kicked bob.")
                .contains("1 online:")
                .contains("alice")
                .contains("No bans.");
    }

    @Test
    void aBanOrUnbanThatCouldNotBeSavedSaysSo() {
        admin.diskFull = true;
        console.execute("/ban 10.0.0.9 flood");
        console.execute("/ban mallory");
        console.execute("/unban mallory");
        assertThat(printed())
                .contains("Banned 10.0.0.9, no end, reason: flood but NOT saved to disk: No space left on device; "
                        + "Parley keeps retrying")
                .contains("Banned mallory (127.0.0.1), no end but NOT saved to disk: No space left on device; "
                        + "Parley keeps retrying")
                .contains("Lifted 1 ban(s) but NOT saved to disk: No space left on device; Parley keeps retrying")
                .doesNotContain("Could not save");
    }

    @Test
    void mistakesAreExplained() {
        console.execute("/ban");
        console.execute("/launch");
        console.execute("/ban ghost");
        assertThat(printed())
                .contains("Usage: /ban")
                .contains("Unknown command \"/launch\"")
                .contains("Nobody called ghost");
    }

    @Test
    void stopEndsTheLoopButEndOfInputDoesNot() throws Exception {
        console.run(new BufferedReader(new StringReader("/help\n/stop\n/users\n")));
        assertThat(admin.calls).containsExactly("shutdown");
        assertThat(printed()).contains("/ban USER|ADDRESS").doesNotContain("online:");

        admin.calls.clear();
        console.run(new BufferedReader(new StringReader("/kick x\n")));
        assertThat(admin.calls).containsExactly("kick x");
    }

    @Test
    void kickWithAReason() {
        console.execute("/kick bob spamming the room");
        assertThat(admin.calls).containsExactly("kick bob because spamming the room");
        assertThat(printed()).contains("Kicked bob (spamming the room).");
    }

    @Test
    void durationsAsPeopleTypeThem() {
        assertThat(DurationText.parse("90s")).contains(Duration.ofSeconds(90));
        assertThat(DurationText.parse("30M")).contains(Duration.ofMinutes(30));
        assertThat(DurationText.parse("7d")).contains(Duration.ofDays(7));
        assertThat(DurationText.parse("2w")).contains(Duration.ofDays(14));
        assertThat(DurationText.parse("soon")).isEmpty();
        assertThat(DurationText.parse("10")).isEmpty();
    }

    private String printed() {
        return output.toString(StandardCharsets.UTF_8);
    }

    private static final class RecordingAdmin implements RoomAdmin {
        final List<String> calls = new ArrayList<>();
        private final List<String> knownUsers = List.of("mallory", "10.0.0.7");
        boolean diskFull;
        Optional<Fingerprint> fingerprint = Optional.empty();

        @Override
        public Optional<Fingerprint> certificateFingerprint() {
            return fingerprint;
        }

        @Override
        public BanTarget banTarget(String text) {
            return BanTarget.resolve(text, knownUsers::contains);
        }

        @Override
        public String roomName() {
            return "test";
        }

        @Override
        public List<OnlineUser> onlineUsers() {
            return List.of(new OnlineUser("alice", "127.0.0.1", false, Instant.EPOCH));
        }

        @Override
        public List<Ban> bans() {
            return List.of();
        }

        @Override
        public List<SeenUser> recentlySeen() {
            return List.of(
                    new SeenUser(
                            "eve",
                            "203.0.113.7",
                            Instant.EPOCH,
                            false,
                            Map.of("too_many_attempts", 3, "rate_limited", 40)),
                    new SeenUser(null, "2001:db8:0:0:0:0:0:9", Instant.EPOCH, false, Map.of("too_many_connections", 9)),
                    new SeenUser("alice", "127.0.0.1", Instant.EPOCH, true, Map.of()));
        }

        @Override
        public Ban banAddress(String address, String reason, Duration duration) throws IOException {
            calls.add("banAddress " + address + " " + duration + " " + reason);
            return saved(new Ban(address, null, reason, Instant.EPOCH, null));
        }

        /** As the room does on a full disk: the ban is in force, and the exception says it is not saved. */
        private Ban saved(Ban ban) throws NotSavedException {
            if (diskFull) {
                throw new NotSavedException(List.of(ban), new IOException("No space left on device"));
            }
            return ban;
        }

        @Override
        public Ban banUser(String username, String reason, Duration duration) throws IOException {
            if (username.equals("ghost")) {
                throw new IllegalArgumentException("Nobody called ghost is online or registered.");
            }
            calls.add("banUser " + username + " " + duration + " " + reason);
            return saved(new Ban("127.0.0.1", username, reason, Instant.EPOCH, null));
        }

        @Override
        public List<Ban> unban(String addressOrUsername) throws IOException {
            calls.add("unban " + addressOrUsername);
            if (diskFull) {
                throw new NotSavedException(
                        List.of(new Ban(null, addressOrUsername, "", Instant.EPOCH, null)),
                        new IOException("No space left on device"));
            }
            return List.of();
        }

        @Override
        public boolean kick(String username, String reason) {
            calls.add("kick " + username + (reason == null || reason.isEmpty() ? "" : " because " + reason));
            return true;
        }

        @Override
        public void shutdown() {
            calls.add("shutdown");
        }
    }
}
