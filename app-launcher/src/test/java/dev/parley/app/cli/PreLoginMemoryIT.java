package dev.parley.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parley.app.LaunchedParley;
import dev.parley.protocol.ParleyVersion;
import dev.parley.protocol.PasswordDigest;
import dev.parley.protocol.codec.MessageCodec;
import dev.parley.protocol.framing.Frame;
import dev.parley.protocol.framing.JsonObjectFramer;
import dev.parley.protocol.message.ClientRequest;
import dev.parley.protocol.message.ClientRequest.DisconnectRequest;
import dev.parley.protocol.message.ClientRequest.LoginRequest;
import dev.parley.protocol.message.ClientRequest.RegisterRequest;
import dev.parley.protocol.message.ClientRequest.SaltRequest;
import dev.parley.protocol.message.ClientRequest.SendMessage;
import dev.parley.protocol.message.ServerMessage;
import dev.parley.protocol.message.ServerMessage.ChatMessage;
import dev.parley.protocol.message.ServerMessage.LoginResult;
import dev.parley.protocol.message.ServerMessage.Salt;
import dev.parley.protocol.message.ServerMessage.Shutdown;
import dev.parley.protocol.message.ServerMessage.UsernameRegisterStatus;
import dev.parley.server.ServerConfig;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of strangers that connect and never finish a message cost the room little: the packaged room, started
 * as ./parley starts it but under a 256 MB heap (and exiting on OutOfMemoryError, as the launcher does), holds
 * 3,000 half-open and half-written connections, and meanwhile new users register, log in and chat. Afterwards it
 * stops cleanly on SIGTERM. Before the limits of issue #11, 3,000 unfinished 64 KiB lines took ~500 MB.
 *
 * <p>The strangers come from 127.0.0.2 upwards, 16 per address (the room's default maxConnectionsPerAddress),
 * as an attacker with many addresses would. The room's login timeout is lifted so they stay for the whole test:
 * what is measured is what they cost while they are there, not how soon they are sent away.
 */
class PreLoginMemoryIT {

    private static final int STRANGERS = 3000;
    private static final int PER_ADDRESS = 16;
    /** An unfinished login just under what a stranger's message may take: the room must keep all of it. */
    private static final byte[] UNFINISHED = ("{\"type\":\"login\",\"user\":\""
                    + "x".repeat(ServerConfig.MAX_MESSAGE_BYTES_BEFORE_LOGIN - 100))
            .getBytes(StandardCharsets.UTF_8);
    /** Each earns an error reply; five stay under the number of errors that closes a stranger's connection. */
    private static final byte[] EMPTY_OBJECTS = "{}\n".repeat(5).getBytes(StandardCharsets.UTF_8);

    private static final long TIMEOUT_S = 60;

    @TempDir
    Path dataDir;

    @Test
    void thousandsOfHalfOpenConnectionsLeaveRoomForNewUsers() throws Exception {
        long fileLimit = openFileLimit();
        // The test holds one end of every connection and the room the other; each process needs room to spare.
        int strangers = (int) Math.min(STRANGERS, fileLimit - 500);
        assumeTrue(strangers >= 1000, "open-file limit " + fileLimit + " is too low for this test");
        Files.writeString(dataDir.resolve("server.json"), """
                {"loginTimeoutSeconds": 3600, "passwordHashIterations": 1000}
                """);
        LaunchedParley launched = LaunchedParley.startWith(
                List.of("-Xmx256m", "-XX:+ExitOnOutOfMemoryError"),
                "host",
                "--headless",
                "--port",
                "0",
                "--bind",
                "127.0.0.1",
                "--data-dir",
                dataDir.toString());
        Process room = launched.process();
        List<Socket> held = new ArrayList<>();
        try {
            int port = launched.awaitPort();
            var target = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);

            for (int i = 0; i < strangers; i++) {
                Socket s = new Socket();
                held.add(s);
                s.bind(new InetSocketAddress(strangerAddress(i / PER_ADDRESS), 0));
                s.connect(target, (int) TimeUnit.SECONDS.toMillis(TIMEOUT_S));
                switch (i % 4) {
                    case 0, 1 -> s.getOutputStream().write(UNFINISHED);
                    case 2 -> {} // connects, says nothing
                    default -> s.getOutputStream().write(EMPTY_OBJECTS); // and never reads the errors
                }
            }
            // The room serves connections in the order it accepted them: once the last stranger has its errors,
            // every one before it has been taken in.
            int last = strangers - 1;
            while (last % 4 != 3) {
                last--;
            }
            awaitBytes(held.get(last));

            try (var alice = new Client(target);
                    var bob = new Client(target)) {
                alice.register("alice", "pw-a");
                bob.register("bob", "pw-b");
                alice.send(new SendMessage("alice", "still room for us"));
                assertThat(bob.await(ChatMessage.class))
                        .extracting(ChatMessage::from, ChatMessage::message)
                        .containsExactly("alice", "still room for us");

                try (var carol = new Client(target)) {
                    carol.register("carol", "pw-c");
                    carol.send(new DisconnectRequest("carol"));
                    carol.awaitClosed();
                }
                try (var carolAgain = new Client(target)) {
                    carolAgain.login("carol", "pw-c");
                }
                assertThat(room.isAlive()).as("room alive").isTrue();
                System.out.printf(
                        "PreLoginMemoryIT: %d strangers held; room's resident memory %d MB%n",
                        strangers, residentMegabytes(room.pid()));

                int closed = 0;
                for (int i = 0; i < strangers; i += 7) {
                    if (closedByRoom(held.get(i))) {
                        closed++;
                    }
                }
                assertThat(closed)
                        .as("strangers the room let go of while they waited")
                        .isZero();

                room.destroy(); // SIGTERM
                alice.await(Shutdown.class);
                bob.await(Shutdown.class);
            }
            assertThat(room.waitFor(TIMEOUT_S, TimeUnit.SECONDS))
                    .as("room stopped on SIGTERM")
                    .isTrue();
            // 143: the JVM's exit after SIGTERM once its shutdown hooks have run
            assertThat(room.exitValue()).isIn(0, 143);
            launched.awaitExit();
            assertThat(launched.stdout() + launched.stderr()).doesNotContain("OutOfMemoryError");
        } finally {
            for (Socket s : held) {
                s.close();
            }
            room.destroyForcibly();
        }
    }

    /** 127.0.0.2, 127.0.0.3, ... 127.0.0.251, 127.0.1.2, ...: never 127.0.0.1, where the honest users are. */
    private static InetAddress strangerAddress(int n) throws IOException {
        return InetAddress.getByAddress(new byte[] {127, 0, (byte) (n / 250), (byte) (2 + n % 250)});
    }

    /** True when the room has closed the connection; what it sent before (errors) is read and dropped. */
    private static boolean closedByRoom(Socket s) throws IOException {
        s.setSoTimeout(1);
        InputStream in = s.getInputStream();
        byte[] sink = new byte[4096];
        try {
            while (true) {
                if (in.read(sink) < 0) {
                    return true;
                }
            }
        } catch (SocketTimeoutException e) {
            return false;
        }
    }

    private static void awaitBytes(Socket s) throws IOException {
        s.setSoTimeout((int) TimeUnit.SECONDS.toMillis(TIMEOUT_S));
        assertThat(s.getInputStream().read())
                .as("the last stranger's error reply")
                .isNotNegative();
    }

    private static long openFileLimit() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/limits"))) {
            if (line.startsWith("Max open files")) {
                String soft = line.substring("Max open files".length()).strip().split("\\s+")[0];
                return soft.equals("unlimited") ? Long.MAX_VALUE : Long.parseLong(soft);
            }
        }
        return 1024;
    }

    private static long residentMegabytes(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    /** Just enough of a client to register, log in and chat, from 127.0.0.1. */
    private static final class Client implements AutoCloseable {
        private final Socket socket;
        private final JsonObjectFramer framer;
        private final MessageCodec codec = new MessageCodec();

        Client(InetSocketAddress room) throws IOException {
            socket = new Socket(room.getAddress(), room.getPort());
            socket.setSoTimeout((int) TimeUnit.SECONDS.toMillis(TIMEOUT_S));
            framer = new JsonObjectFramer(socket.getInputStream(), 1 << 20);
        }

        void send(ClientRequest request) throws IOException {
            socket.getOutputStream().write(codec.encode(request, ParleyVersion.current()));
        }

        <T extends ServerMessage> T await(Class<T> type) throws Exception {
            while (true) {
                Frame frame = framer.next();
                assertThat(frame)
                        .as("connection open while waiting for " + type.getSimpleName())
                        .isInstanceOf(Frame.JsonObject.class);
                var object = (Frame.JsonObject) frame;
                ServerMessage m = codec.decodeServerMessage(object.bytes(), object.offset(), object.length());
                if (type.isInstance(m)) {
                    return type.cast(m);
                }
            }
        }

        void awaitClosed() throws IOException {
            while (framer.next() != null) {
                // what the room said before closing
            }
        }

        void register(String user, String password) throws Exception {
            send(new RegisterRequest(user));
            assertThat(await(UsernameRegisterStatus.class).taken()).isFalse();
            login(user, password);
        }

        void login(String user, String password) throws Exception {
            send(new SaltRequest(user));
            String salt = await(Salt.class).salt();
            send(new LoginRequest(user, PasswordDigest.clientHash(password, salt)));
            assertThat(await(LoginResult.class).success())
                    .as(user + " logged in")
                    .isTrue();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
