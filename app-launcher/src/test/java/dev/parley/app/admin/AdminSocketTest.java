package dev.parley.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.accounts.Ban;
import dev.parley.server.BanTarget;
import dev.parley.server.OnlineUser;
import dev.parley.server.RoomAdmin;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminSocketTest {

    @TempDir
    Path dataDir;

    private final RecordingRoom room = new RecordingRoom();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void commandsWithOrWithoutTheSlashReachTheRoomAndTheAnswerComesBack() throws Exception {
        try (AdminSocket socket = AdminSocket.open(dataDir, room).orElseThrow()) {
            assertThat(socket.path()).isEqualTo(dataDir.resolve("admin.sock"));
            assertThat(Files.getPosixFilePermissions(socket.path()))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(client().send("kick bob")).isZero();
            assertThat(client().send("/ban 10.0.0.9 30m flood")).isZero();
            assertThat(client().send("kick eve spamming")).isZero();
            assertThat(room.calls)
                    .containsExactly("kick bob", "banAddress 10.0.0.9 PT30M flood", "kick eve because spamming");
            assertThat(out.toString()).contains("Kicked bob.").contains("Banned 10.0.0.9");
            try (var left = Files.list(dataDir)) {
                assertThat(left.map(p -> p.getFileName().toString()))
                        .as("no staging directory left behind")
                        .containsExactly("admin.sock");
            }
        }
        assertThat(dataDir.resolve("admin.sock")).doesNotExist();
    }

    @Test
    void aRangeIsBannedAndTheRecentlySeenListedOverTheSocket() throws Exception {
        try (AdminSocket socket = AdminSocket.open(dataDir, room).orElseThrow()) {
            assertThat(socket.path()).exists();
            assertThat(client().send("ban 192.168.1.0/24 1d dorm")).isZero();
            assertThat(client().send("seen")).isZero();
            assertThat(room.calls).containsExactly("banAddress 192.168.1.0/24 PT24H dorm");
            assertThat(out.toString()).contains("Banned 192.168.1.0/24").contains("Nobody seen yet.");
        }
    }

    @Test
    void anEmptyCommandGetsTheHelpAndNonsenseIsExplained() throws Exception {
        try (AdminSocket socket = AdminSocket.open(dataDir, room).orElseThrow()) {
            assertThat(socket.path()).exists();
            assertThat(client().send("")).isZero();
            assertThat(client().send("launch rockets")).isZero();
        }
        assertThat(out.toString()).contains("/kick USER").contains("Unknown command \"/launch\"");
        assertThat(room.calls).isEmpty();
    }

    @Test
    void aStaleSocketFromACrashedRoomIsReplaced() throws Exception {
        Files.writeString(dataDir.resolve("admin.sock"), "left by a crash");
        try (AdminSocket socket = AdminSocket.open(dataDir, room).orElseThrow()) {
            assertThat(Files.readAttributes(socket.path(), BasicFileAttributes.class)
                            .isOther())
                    .as("a socket now, not the old file")
                    .isTrue();
            assertThat(client().send("users")).isZero();
        }
        assertThat(out.toString()).contains("1 online:");
    }

    @Test
    void anEndlessLineIsRefusedAndTheRoomCarriesOn() throws Exception {
        try (AdminSocket socket = AdminSocket.open(dataDir, room).orElseThrow()) {
            try (var raw = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                raw.connect(UnixDomainSocketAddress.of(socket.path()));
                raw.write(ByteBuffer.wrap("/kick ".concat("x".repeat(10_000)).getBytes(StandardCharsets.UTF_8)));
                raw.shutdownOutput();
                String answer = new String(Channels.newInputStream(raw).readAllBytes(), StandardCharsets.UTF_8);
                assertThat(answer).startsWith("error: a command is one line");
            }
            assertThat(client().send("kick bob")).isZero();
        }
        assertThat(room.calls).containsExactly("kick bob");
    }

    @Test
    void withNoRoomRunningTheClientSaysSo() {
        assertThat(client().send("users")).isEqualTo(1);
        assertThat(err.toString()).contains("parley-chat: no room is running on " + dataDir);
    }

    @Test
    void onlyTheRoomsUserAndRootMayGiveCommands() {
        var policy = new PeerPolicy("parley-chat");
        assertThat(policy.allows("parley-chat")).isTrue();
        assertThat(policy.allows("root")).isTrue();
        assertThat(policy.allows("eve")).isFalse();
    }

    private AdminClient client() {
        return new AdminClient(dataDir, new PrintWriter(out), new PrintWriter(err), "parley-chat");
    }

    private static final class RecordingRoom implements RoomAdmin {
        final List<String> calls = new CopyOnWriteArrayList<>();

        @Override
        public String roomName() {
            return "test";
        }

        @Override
        public BanTarget banTarget(String text) {
            return BanTarget.resolve(text, name -> name.equals("alice"));
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
        public Ban banAddress(String address, String reason, Duration duration) {
            calls.add("banAddress " + address + " " + duration + " " + reason);
            return new Ban(address, null, reason, Instant.EPOCH, null);
        }

        @Override
        public Ban banUser(String username, String reason, Duration duration) {
            calls.add("banUser " + username + " " + duration + " " + reason);
            return new Ban("127.0.0.1", username, reason, Instant.EPOCH, null);
        }

        @Override
        public List<Ban> unban(String addressOrUsername) {
            calls.add("unban " + addressOrUsername);
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
