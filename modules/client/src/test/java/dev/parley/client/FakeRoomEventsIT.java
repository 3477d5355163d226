package dev.parley.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.RecordingListener.Disconnected;
import dev.parley.protocol.message.ServerMessage.Banned;
import dev.parley.protocol.message.ServerMessage.LoginStatus;
import dev.parley.protocol.message.ServerMessage.OutdatedClient;
import dev.parley.protocol.message.ServerMessage.ProtocolError;
import dev.parley.protocol.message.ServerMessage.RegisterStatus;
import dev.parley.protocol.message.ServerMessage.Shutdown;
import dev.parley.protocol.message.ServerMessage.UserList;
import dev.parley.protocol.message.ServerMessage.UsernameTaken;
import dev.parley.protocol.message.ServerMessage.WrongIp;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A scripted server sends every kind of event; the listener hears each, in order, then the disconnect. */
class FakeRoomEventsIT {

    @Test
    void everyServerEventReachesListenersInOrder() throws Exception {
        String script = String.join(
                        "\n",
                        "{\"type\":\"userlist\",\"users\":[\"a\",\"b\"],\"onlinetype\":\"True\"}",
                        "{\"type\":\"login_status\",\"status\":\"true\"}",
                        "{\"type\":\"register_status\",\"status\":\"false\",\"additional_info\":\"closed\"}",
                        "{\"type\":\"username_taken\"}",
                        "{\"type\":\"some_future_type\",\"x\":1}",
                        "{\"type\":\"error\",\"code\":\"kicked\",\"message\":\"bye\"}",
                        "{\"type\":\"banned\"}",
                        "{\"type\":\"wrong_ip\"}",
                        "{\"type\":\"outdated_client\",\"version\":\"9.9.9\"}",
                        "{\"type\":\"shutdown\"}")
                + "\n";
        try (var fake = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread.ofVirtual().start(() -> {
                try (Socket s = fake.accept()) {
                    OutputStream out = s.getOutputStream();
                    out.write(script.getBytes(StandardCharsets.UTF_8));
                    out.flush();
                } catch (Exception e) {
                    // the test's assertions will say what is missing
                }
            });
            var hears = new RecordingListener();
            ParleyClient c =
                    ParleyClient.connectPlain(InetAddress.getLoopbackAddress().getHostAddress(), fake.getLocalPort());
            c.addListener(hears);

            List<Object> expected = List.of(
                    new UserList(List.of("a", "b"), true),
                    new LoginStatus(true),
                    new RegisterStatus(false, "closed"),
                    new UsernameTaken(),
                    new ProtocolError("kicked", "bye"),
                    new Banned(),
                    new WrongIp(),
                    new OutdatedClient("9.9.9"),
                    new Shutdown());
            for (Object e : expected) {
                assertThat(hears.next()).isEqualTo(e);
            }
            assertThat(hears.next()).isInstanceOf(Disconnected.class);
        }
    }
}
