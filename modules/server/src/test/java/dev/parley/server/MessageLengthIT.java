package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.ParleyVersion;
import dev.parley.protocol.PasswordDigest;
import dev.parley.protocol.message.ClientRequest.LoginRequest;
import dev.parley.protocol.message.ClientRequest.RegisterRequest;
import dev.parley.protocol.message.ClientRequest.SendMessage;
import dev.parley.protocol.message.ErrorCode;
import dev.parley.protocol.message.ServerMessage.ChatMessage;
import dev.parley.protocol.message.ServerMessage.History;
import dev.parley.protocol.message.ServerMessage.LoginResult;
import dev.parley.protocol.message.ServerMessage.ProtocolError;
import dev.parley.protocol.message.ServerMessage.RoomInfo;
import dev.parley.protocol.message.ServerMessage.UserNotification;
import dev.parley.protocol.message.ServerMessage.UsernameRegisterStatus;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Chat text over maxMessageChars (code points) is refused whole; the room says its limit right after login. */
class MessageLengthIT {

    @TempDir
    Path dir;

    @Test
    void theRoomSaysItsLimitRightAfterTheLoginAnswer() throws Exception {
        try (var room = TestRoom.start(dir, c -> c.maxMessageChars(120))) {
            TestClient amy = room.connect();
            amy.send(new RegisterRequest("amy"));
            amy.expect(new UsernameRegisterStatus(false));
            String salt = amy.salt("amy");
            amy.send(new LoginRequest("amy", PasswordDigest.clientHash("pw", salt)));

            amy.expect(new LoginResult(true));
            amy.expect(new RoomInfo("Parley room", ParleyVersion.current().toString(), 120, 200, true));
            amy.expect(new History(List.of()));
            amy.expect(new UserNotification("amy", true));
        }
    }

    @Test
    void textAtTheLimitInCodePointsIsSentAndOneMoreIsRefusedWhole() throws Exception {
        try (var room = TestRoom.start(dir, c -> c.maxMessageChars(50))) {
            TestClient amy = room.registered("amy");
            TestClient ben = room.registered("ben");
            String fifty = "😀".repeat(50); // 100 chars in Java, 50 code points, 200 bytes

            amy.send(new SendMessage("amy", fifty + "😀"));
            ProtocolError refused = amy.await(ProtocolError.class, e -> true);
            assertThat(refused.code()).isEqualTo(ErrorCode.MESSAGE_TOO_LONG.wireName());
            assertThat(refused.message()).contains("51 characters").contains("at most 50");

            amy.send(new SendMessage("amy", fifty));
            assertThat(ben.await(ChatMessage.class, m -> true).message())
                    .as("the long one never reached ben, not even cut")
                    .isEqualTo(fifty);
        }
    }
}
