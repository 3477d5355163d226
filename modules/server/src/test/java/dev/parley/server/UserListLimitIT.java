package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.MessageLimits;
import dev.parley.protocol.codec.MessageCodec;
import dev.parley.protocol.message.ClientRequest.SendMessage;
import dev.parley.protocol.message.ClientRequest.UserListRequest;
import dev.parley.protocol.message.ServerMessage.ChatMessage;
import dev.parley.protocol.message.ServerMessage.UserList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server never sends more than a client accepts: a list too long is cut, and says so. */
class UserListLimitIT {

    private static final int ACCOUNTS = 31_000;

    @TempDir
    Path dir;

    @Test
    void thirtyOneThousandLongNamesAreCutToFitAndTheClientStaysConnected() throws Exception {
        List<String> names = writeAccounts(dir.resolve("accounts.json"));
        try (var room = TestRoom.start(dir)) {
            TestClient viewer = room.registered("viewer");

            viewer.send(new UserListRequest("viewer", false));
            UserList list = viewer.expect(UserList.class);

            assertThat(list.truncated()).isTrue();
            assertThat(list.total()).isEqualTo(ACCOUNTS);
            assertThat(list.online()).isFalse();
            assertThat(list.users())
                    .hasSizeLessThan(ACCOUNTS)
                    .isEqualTo(names.subList(0, list.users().size()));
            assertThat(new MessageCodec().encode(list).length)
                    .isLessThanOrEqualTo(MessageLimits.MAX_SERVER_MESSAGE_BYTES);
            // Cut to fit, not cut short: within a name of the limit.
            assertThat(new MessageCodec().encode(list).length)
                    .isGreaterThan(MessageLimits.MAX_SERVER_MESSAGE_BYTES - 40);

            viewer.send(new SendMessage("viewer", "still here"));
            viewer.expect(new ChatMessage("viewer", "still here"));
            viewer.send(new UserListRequest("viewer", true));
            assertThat(viewer.expect(UserList.class)).isEqualTo(new UserList(List.of("viewer"), true));
        }
    }

    /** 31,000 accounts with 32-character names, written as accounts.json before the room opens; sorted. */
    private static List<String> writeAccounts(Path file) throws Exception {
        var names = new ArrayList<String>();
        var json = new StringBuilder("{\"format\":1,\"accounts\":[");
        for (int i = 0; i < ACCOUNTS; i++) {
            String name = String.format("user%028d", i);
            names.add(name);
            json.append(i == 0 ? "" : ",")
                    .append("{\"username\":\"")
                    .append(name)
                    .append("\",\"salt\":\"12345678901234567890123456789012\",\"password\":{\"algorithm\":")
                    .append("\"PBKDF2WithHmacSHA256\",\"iterations\":1,\"salt\":\"AAAA\",\"hash\":\"AAAA\"},")
                    .append("\"created\":\"2026-01-01T00:00:00Z\",\"lastSeen\":null,\"lastAddress\":null}");
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, json.append("]}"));
        return names;
    }
}
