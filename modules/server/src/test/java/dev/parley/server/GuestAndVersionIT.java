package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.Defaults;
import dev.parley.protocol.ParleyVersion;
import dev.parley.protocol.message.ClientRequest.GuestLogin;
import dev.parley.protocol.message.ClientRequest.SaltRequest;
import dev.parley.protocol.message.ErrorCode;
import dev.parley.protocol.message.ServerMessage.History;
import dev.parley.protocol.message.ServerMessage.LoginResult;
import dev.parley.protocol.message.ServerMessage.OutdatedClient;
import dev.parley.protocol.message.ServerMessage.ProtocolError;
import dev.parley.protocol.message.ServerMessage.RoomInfo;
import dev.parley.protocol.message.ServerMessage.Salt;
import dev.parley.protocol.message.ServerMessage.UserNotification;
import dev.parley.protocol.message.ServerMessage.UsernameTaken;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuestAndVersionIT {

    @TempDir
    Path dir;

    @Test
    void guestsAreRefusedByDefault() throws Exception {
        try (var room = TestRoom.start(dir)) {
            TestClient c = room.connect();
            c.send(new GuestLogin("gus"));
            c.expect(new LoginResult(false));
            assertThat(c.expect(ProtocolError.class).is(ErrorCode.GUESTS_DISABLED))
                    .isTrue();
        }
    }

    @Test
    void guestsJoinWhenAllowedButNotUnderATakenName() throws Exception {
        try (var room = TestRoom.start(dir, c -> c.allowGuests(true))) {
            TestClient alice = room.registered("alice");
            TestClient gus = room.connect().withVersion(null);

            gus.send(new GuestLogin("gus"));
            gus.expect(new LoginResult(true));
            gus.expect(new RoomInfo(
                    "Parley room", ParleyVersion.current().toString(), Defaults.MAX_MESSAGE_CHARS, 200, true));
            gus.expect(new History(List.of()));
            gus.expect(new UserNotification("gus", true));
            alice.expect(new UserNotification("gus", true));

            TestClient second = room.connect();
            second.send(new GuestLogin("GUS"));
            second.expect(new LoginResult(false));
            second.expect(new UsernameTaken());
            second.send(new GuestLogin("alice"));
            second.expect(new LoginResult(false));
            second.expect(new UsernameTaken());
            second.send(new GuestLogin("bad name"));
            second.expect(new LoginResult(false));
            assertThat(second.expect(ProtocolError.class).is(ErrorCode.INVALID_USERNAME))
                    .isTrue();
        }
    }

    @Test
    void outdatedClientIsToldTheServerVersionAndClosed() throws Exception {
        try (var room = TestRoom.start(dir, c -> c.minClientVersion(new ParleyVersion(99, 0, 0)))) {
            TestClient old = room.connect().withVersion(new ParleyVersion(1, 0, 0));
            old.send(new SaltRequest("alice"));
            assertThat(old.awaitClosed())
                    .containsExactly(new OutdatedClient(ParleyVersion.current().toString()));

            TestClient legacy = room.connect().withVersion(null);
            legacy.send(new SaltRequest("alice"));
            assertThat(legacy.awaitClosed())
                    .containsExactly(new OutdatedClient(ParleyVersion.current().toString()));
        }
    }

    @Test
    void legacyClientsWithoutAVersionAreServedByDefault() throws Exception {
        try (var room = TestRoom.start(dir)) {
            TestClient legacy = room.connect().withVersion(null);
            legacy.send(new SaltRequest("alice"));
            legacy.expect(Salt.class);
        }
    }

    @Test
    void unparseableVersionIsAnError() throws Exception {
        try (var room = TestRoom.start(dir)) {
            TestClient c = room.connect();
            c.sendLine("{\"user\":\"a\",\"type\":\"salt\",\"version\":\"new\"}");
            assertThat(c.expect(ProtocolError.class).is(ErrorCode.INVALID_VERSION))
                    .isTrue();
            c.send(new SaltRequest("a"));
            c.expect(Salt.class);
        }
    }
}
