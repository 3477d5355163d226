package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.ParleyVersion;
import dev.parley.protocol.PasswordDigest;
import dev.parley.protocol.message.ClientRequest.LoginRequest;
import dev.parley.protocol.message.ClientRequest.RegisterRequest;
import dev.parley.protocol.message.ClientRequest.RoomInfoRequest;
import dev.parley.protocol.message.ClientRequest.SendMessage;
import dev.parley.protocol.message.ServerMessage.ChatMessage;
import dev.parley.protocol.message.ServerMessage.History;
import dev.parley.protocol.message.ServerMessage.LoginResult;
import dev.parley.protocol.message.ServerMessage.OutdatedClient;
import dev.parley.protocol.message.ServerMessage.RoomInfo;
import dev.parley.protocol.message.ServerMessage.Salt;
import dev.parley.protocol.message.ServerMessage.UserNotification;
import dev.parley.protocol.message.ServerMessage.UsernameRegisterStatus;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code room_info} (beyond the spec; docs/protocol.md, "Room, history and removals"): the room described on request. */
class RoomInfoIT {

    @TempDir
    Path dir;

    @Test
    void aStrangerLearnsTheRoomBeforeLoggingInThenLogsInAsUsual() throws Exception {
        try (var room = TestRoom.start(dir, c -> c.roomName("Attic").historySize(7))) {
            TestClient c = room.connect();

            c.send(new RoomInfoRequest());
            RoomInfo before = c.expect(RoomInfo.class);
            assertThat(before.name()).isEqualTo("Attic");
            assertThat(before.version()).isEqualTo(ParleyVersion.current().toString());
            assertThat(before.historySize()).isEqualTo(7);

            c.send(new RegisterRequest("ann"));
            c.expect(new UsernameRegisterStatus(false));
            String salt = c.salt("ann");
            c.send(new LoginRequest("ann", PasswordDigest.clientHash("pw", salt)));
            c.expect(new LoginResult(true));
            assertThat(c.expect(RoomInfo.class))
                    .as("the same description as after login")
                    .isEqualTo(before);
            c.expect(History.class);
            c.expect(new UserNotification("ann", true));
        }
    }

    @Test
    void aMemberMayAskTooWithOrWithoutItsName() throws Exception {
        try (var room = TestRoom.start(dir, c -> c.roomName("Attic"))) {
            TestClient ann = room.registered("ann");

            ann.send(new RoomInfoRequest());
            assertThat(ann.expect(RoomInfo.class).name()).isEqualTo("Attic");
            ann.send(new RoomInfoRequest("ann"));
            assertThat(ann.expect(RoomInfo.class).name()).isEqualTo("Attic");

            // still a member: an empty user on this request is not speaking for someone else
            ann.send(new SendMessage("ann", "still here"));
            assertThat(ann.await(ChatMessage.class, m -> true).message()).isEqualTo("still here");
        }
    }

    @Test
    void aClientTooOldIsDescribedTheRoomAndToldAtItsLogin() throws Exception {
        try (var room = TestRoom.start(dir, c -> c.roomName("Attic").minClientVersion(new ParleyVersion(99, 0, 0)))) {
            TestClient old = room.connect();

            old.send(new RoomInfoRequest());
            assertThat(old.expect(RoomInfo.class).version())
                    .isEqualTo(ParleyVersion.current().toString());

            old.send(new LoginRequest("ann", "x"));
            assertThat(old.awaitClosed())
                    .containsExactly(new OutdatedClient(ParleyVersion.current().toString()));
        }
    }

    @Test
    void aSpecClientThatNeverAsksSeesNothingNew() throws Exception {
        try (var room = TestRoom.start(dir, c -> c.roomName("Attic"))) {
            TestClient spec = room.connect().withVersion(null);

            // nothing unasked comes before the first answer
            spec.sendLine("{\"user\":\"zed\",\"type\":\"salt\"}");
            assertThat(spec.next()).isInstanceOf(Salt.class);
            spec.sendLine("{\"user\":\"zed\",\"type\":\"register\"}");
            assertThat(spec.next()).isEqualTo(new UsernameRegisterStatus(false));
            String salt = spec.salt("zed");
            spec.sendLine("{\"user\":\"zed\",\"type\":\"login\",\"password\":\"" + PasswordDigest.clientHash("pw", salt)
                    + "\"}");
            assertThat(spec.next()).isEqualTo(new LoginResult(true));
            assertThat(spec.next()).isInstanceOf(RoomInfo.class);
            assertThat(spec.next()).isInstanceOf(History.class);
            assertThat(spec.next()).isEqualTo(new UserNotification("zed", true));
        }
    }
}
