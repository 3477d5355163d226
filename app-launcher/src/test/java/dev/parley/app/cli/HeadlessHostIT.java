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
import dev.parley.protocol.message.ClientRequest.LoginRequest;
import dev.parley.protocol.message.ClientRequest.RegisterRequest;
import dev.parley.protocol.message.ClientRequest.SaltRequest;
import dev.parley.protocol.message.ClientRequest.SendMessage;
import dev.parley.protocol.message.ServerMessage;
import dev.parley.protocol.message.ServerMessage.ChatMessage;
import dev.parley.protocol.message.ServerMessage.LoginResult;
import dev.parley.protocol.message.ServerMessage.Salt;
import dev.parley.protocol.message.ServerMessage.Shutdown;
import dev.parley.protocol.message.ServerMessage.UserNotification;
import dev.parley.protocol.message.ServerMessage.UsernameRegisterStatus;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged app, started as ./parley starts it (module path, real main), used over real sockets. */
class HeadlessHostIT {

    private static final long TIMEOUT_S = LaunchedParley.TIMEOUT_S;

    @TempDir
    Path dataDir;

    private final List<LaunchedParley> started = new ArrayList<>();

    @AfterEach
    void killLeftovers() {
        started.forEach(r -> r.process().destroyForcibly());
    }

    @Test
    void printsItsVersion() throws Exception {
        LaunchedParley r = launch("--version");
        assertThat(r.awaitExit()).isZero();
        assertThat(r.stdout()).contains("Parley " + ParleyVersion.current());
    }

    @Test
    void helpShowsTheNameTheLauncherWasInstalledUnder() throws Exception {
        LaunchedParley plain = launch("host", "--help");
        assertThat(plain.awaitExit()).isZero();
        assertThat(plain.stdout()).contains("Usage: parley host");

        LaunchedParley installed = launchWith(List.of("-Dparley.command=parley-chat"), "--help");
        assertThat(installed.awaitExit()).isZero();
        assertThat(installed.stdout())
                .contains("Usage: parley-chat ")
                .contains("admin")
                .doesNotContain("parley ");
        LaunchedParley sub = launchWith(List.of("-Dparley.command=parley-chat"), "admin", "--help");
        assertThat(sub.awaitExit()).isZero();
        assertThat(sub.stdout()).contains("Usage: parley-chat admin");
    }

    @Test
    void withoutADisplayTheDesktopAppSaysHowToRunHeadless() throws Exception {
        LaunchedParley r = launchWith(List.of("-Djava.awt.headless=true"), "--data-dir", dataDir.toString());
        assertThat(r.awaitExit()).isEqualTo(2);
        assertThat(r.stderr())
                .contains("needs a display")
                .contains("parley host --headless")
                .doesNotContain("Exception");
    }

    @Test
    void aBadFlagIsExplainedNotStackTraced() throws Exception {
        LaunchedParley r = launch("host", "--headless", "--colour");
        assertThat(r.awaitExit()).isEqualTo(2);
        assertThat(r.stderr()).contains("Unknown option: '--colour'").doesNotContain("Exception");
    }

    @Test
    void hostsARoomThatClientsUseAndStopsCleanlyOnSigterm() throws Exception {
        LaunchedParley host =
                launch("host", "--headless", "--port", "0", "--bind", "127.0.0.1", "--data-dir", dataDir.toString());
        int port = host.awaitPort();

        try (var alice = new Client(port);
                var bob = new Client(port)) {
            alice.register("alice", "pw1");
            bob.register("bob", "pw2");
            bob.send(new SendMessage("bob", "hello from bob"));
            assertThat(alice.await(ChatMessage.class))
                    .extracting(ChatMessage::from, ChatMessage::message)
                    .containsExactly("bob", "hello from bob");

            host.type("/users");
            host.awaitStdout("2 online:");

            host.process().destroy(); // SIGTERM

            alice.await(Shutdown.class);
            bob.await(Shutdown.class);
            assertThat(host.process().waitFor(TIMEOUT_S, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(Files.readString(dataDir.resolve("accounts.json")))
                .contains("\"alice\"")
                .contains("\"bob\"");
    }

    @Test
    void theRoomShowsItsTlsFingerprintAndKeepsItsIdentityAcrossRestarts() throws Exception {
        LaunchedParley first =
                launch("host", "--headless", "--port", "0", "--bind", "127.0.0.1", "--data-dir", dataDir.toString());
        first.awaitPort();
        Path identity = dataDir.resolve("room-identity.p12");
        assertThat(Files.getPosixFilePermissions(identity))
                .as("the room's private key is its owner's only")
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        LaunchedParley asked = launch("admin", "--data-dir", dataDir.toString(), "fingerprint");
        assertThat(asked.awaitExit()).isZero();
        var shown = Pattern.compile("([0-9A-F]{4} ){15}[0-9A-F]{4}").matcher(asked.stdout());
        assertThat(shown.find()).as("a fingerprint in " + asked.stdout()).isTrue();
        String fingerprint = shown.group();
        first.awaitStdout(fingerprint); // printed at start-up too
        first.type("/stop");
        assertThat(first.awaitExit()).isZero();

        LaunchedParley second =
                launch("host", "--headless", "--port", "0", "--bind", "127.0.0.1", "--data-dir", dataDir.toString());
        second.awaitPort();
        second.awaitStdout(fingerprint);
        second.type("/stop");
        assertThat(second.awaitExit()).isZero();
    }

    @Test
    void hostCommandsFromAnotherProcessReachTheRoomOverItsAdminSocket() throws Exception {
        LaunchedParley host =
                launch("host", "--headless", "--port", "0", "--bind", "127.0.0.1", "--data-dir", dataDir.toString());
        int port = host.awaitPort();
        Path socket = dataDir.resolve("admin.sock");
        assertThat(Files.getPosixFilePermissions(socket))
                .as("only the room's user may open it")
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));

        try (var alice = new Client(port);
                var bob = new Client(port)) {
            alice.register("alice", "pw1");
            bob.register("bob", "pw2");

            LaunchedParley users = launch("admin", "--data-dir", dataDir.toString(), "users");
            assertThat(users.awaitExit()).isZero();
            assertThat(users.stdout()).contains("2 online:").contains("alice").contains("bob");

            LaunchedParley kick = launch("admin", "--data-dir", dataDir.toString(), "/kick", "bob", "spamming");
            assertThat(kick.awaitExit()).isZero();
            assertThat(kick.stdout()).contains("Kicked bob (spamming).");
            alice.awaitExactly(new UserNotification("bob", false, UserNotification.KICKED));

            LaunchedParley ban = launch("admin", "--data-dir", dataDir.toString(), "ban", "eve", "2h", "spam");
            assertThat(ban.awaitExit()).isZero();
            assertThat(ban.stdout()).contains("Nobody called").contains("eve");
            LaunchedParley banAddress = launch("admin", "--data-dir", dataDir.toString(), "ban", "10.9.8.7", "spam");
            assertThat(banAddress.awaitExit()).isZero();
            assertThat(Files.readString(dataDir.resolve("bans.json")))
                    .contains("10.9.8.7")
                    .contains("spam");

            LaunchedParley stop = launch("admin", "--data-dir", dataDir.toString(), "stop");
            assertThat(stop.awaitExit()).isZero();
            alice.await(Shutdown.class);
            assertThat(host.awaitExit()).isZero();
        }
        assertThat(socket).as("removed when the room closes").doesNotExist();
        LaunchedParley late = launch("admin", "--data-dir", dataDir.toString(), "users");
        assertThat(late.awaitExit()).isEqualTo(1);
        assertThat(late.stderr()).contains("no room is running on");
    }

    @Test
    void anotherUserCannotGiveTheRoomCommandsEvenWithTheSocketOpenedUp() throws Exception {
        assumeTrue(
                "root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/usr/bin/setpriv")),
                "needs root and setpriv to act as a second user");
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        LaunchedParley host =
                launch("host", "--headless", "--port", "0", "--bind", "127.0.0.1", "--data-dir", dataDir.toString());
        host.awaitPort();
        var asNobody = List.of("/usr/bin/setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups");

        LaunchedParley byPermissions = launchAs(asNobody, "admin", "--data-dir", dataDir.toString(), "stop");
        assertThat(byPermissions.awaitExit()).isEqualTo(1);
        assertThat(byPermissions.stderr()).contains("not allowed to reach");

        // Loosened by hand: the room still checks who is on the other end.
        Files.setPosixFilePermissions(dataDir.resolve("admin.sock"), PosixFilePermissions.fromString("rw-rw-rw-"));
        LaunchedParley byCredentials = launchAs(asNobody, "admin", "--data-dir", dataDir.toString(), "stop");
        assertThat(byCredentials.awaitExit()).isEqualTo(1);
        assertThat(byCredentials.stderr()).contains("nobody may not run room commands");

        assertThat(host.process().isAlive()).as("the room was not stopped").isTrue();
        LaunchedParley byRoot = launch("admin", "--data-dir", dataDir.toString(), "stop");
        assertThat(byRoot.awaitExit()).isZero();
        assertThat(host.awaitExit()).isZero();
    }

    @Test
    void stopCommandClosesTheRoom() throws Exception {
        LaunchedParley host =
                launch("host", "--headless", "--port", "0", "--bind", "127.0.0.1", "--data-dir", dataDir.toString());
        int port = host.awaitPort();
        try (var alice = new Client(port)) {
            alice.send(new SaltRequest("alice"));
            alice.await(Salt.class);

            host.type("/stop");

            alice.await(Shutdown.class);
            assertThat(host.awaitExit()).isZero();
        }
    }

    @Test
    void aSecondServerOnTheSameDataDirectoryRefusesToStart() throws Exception {
        LaunchedParley first =
                launch("host", "--headless", "--port", "0", "--bind", "127.0.0.1", "--data-dir", dataDir.toString());
        first.awaitPort();

        LaunchedParley second =
                launch("host", "--headless", "--port", "0", "--bind", "127.0.0.1", "--data-dir", dataDir.toString());

        assertThat(second.awaitExit()).isEqualTo(1);
        assertThat(second.stderr()).contains("Another Parley server is already using the data directory");
    }

    @Test
    void aPortInUseIsExplained() throws Exception {
        try (var taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            LaunchedParley r = launch(
                    "host",
                    "--headless",
                    "--port",
                    String.valueOf(taken.getLocalPort()),
                    "--bind",
                    "127.0.0.1",
                    "--data-dir",
                    dataDir.toString());
            assertThat(r.awaitExit()).isEqualTo(1);
            assertThat(r.stderr()).contains("is in use").doesNotContain("Exception");
        }
    }

    @Test
    void aCorruptAccountsFileStopsTheServerAndIsLeftAlone() throws Exception {
        Files.writeString(dataDir.resolve("accounts.json"), "{ broken");
        LaunchedParley r = launch("host", "--headless", "--port", "0", "--data-dir", dataDir.toString());
        assertThat(r.awaitExit()).isEqualTo(1);
        assertThat(r.stderr()).contains("accounts.json").contains("leaves it as it is");
        assertThat(Files.readString(dataDir.resolve("accounts.json"))).isEqualTo("{ broken");
    }

    // ---- helpers ----

    private LaunchedParley launch(String... args) throws IOException {
        return launchAs(List.of(), List.of(), args);
    }

    private LaunchedParley launchWith(List<String> jvmOptions, String... args) throws IOException {
        return launchAs(List.of(), jvmOptions, args);
    }

    private LaunchedParley launchAs(List<String> prefix, String... args) throws IOException {
        return launchAs(prefix, List.of(), args);
    }

    private LaunchedParley launchAs(List<String> prefix, List<String> jvmOptions, String... args) throws IOException {
        LaunchedParley r = LaunchedParley.start(prefix, jvmOptions, args);
        started.add(r);
        return r;
    }

    /** Just enough of a client to drive the room. */
    private static final class Client implements AutoCloseable {
        private final Socket socket;
        private final JsonObjectFramer framer;
        private final MessageCodec codec = new MessageCodec();

        Client(int port) throws IOException {
            socket = new Socket("127.0.0.1", port);
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

        void awaitExactly(ServerMessage expected) throws Exception {
            while (!await(expected.getClass()).equals(expected)) {
                // an earlier message of the same kind
            }
        }

        void register(String user, String password) throws Exception {
            send(new RegisterRequest(user));
            assertThat(await(UsernameRegisterStatus.class).taken()).isFalse();
            send(new SaltRequest(user));
            String salt = await(Salt.class).salt();
            send(new LoginRequest(user, PasswordDigest.clientHash(password, salt)));
            assertThat(await(LoginResult.class).success()).isTrue();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
