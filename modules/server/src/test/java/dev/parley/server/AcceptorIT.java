package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parley.protocol.message.ClientRequest.SaltRequest;
import dev.parley.protocol.message.ClientRequest.SendMessage;
import dev.parley.protocol.message.ServerMessage.ChatMessage;
import dev.parley.protocol.message.ServerMessage.Salt;
import dev.parley.protocol.message.ServerMessage.UserNotification;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A room that runs out of file descriptors keeps its members talking and serves again once some are free. */
class AcceptorIT {

    /** The child room's descriptor limit; the JVM itself takes some of them. */
    private static final int FD_LIMIT = 256;

    private static final String ACCEPT_FAILED = "Accepting connections failed";

    @TempDir
    Path dir;

    private final List<String> childOutput = new CopyOnWriteArrayList<>();

    @Test
    void theAcceptorOutlivesRunningOutOfFileDescriptors() throws Exception {
        Path prlimit = onPath("prlimit");
        assumeTrue(prlimit != null, "prlimit (util-linux) is not installed");
        String java = ProcessHandle.current().info().command().orElseThrow();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process child = new ProcessBuilder(
                        prlimit.toString(),
                        "--nofile=" + FD_LIMIT + ":" + FD_LIMIT,
                        java,
                        "-cp",
                        classPath,
                        ChildRoom.class.getName(),
                        dir.toString())
                .redirectErrorStream(true)
                .start();
        Thread.ofVirtual().start(() -> collect(child));
        var clients = new ArrayList<TestClient>();
        var idle = new ArrayList<Socket>();
        try {
            String portLine = awaitOutput(l -> l.startsWith("PORT "));
            var address = new InetSocketAddress(
                    "127.0.0.1", Integer.parseInt(portLine.substring(5).strip()));
            TestClient alice = TestClient.connect(address, null);
            clients.add(alice);
            alice.register("alice", "pw");
            TestClient bob = TestClient.connect(address, null);
            clients.add(bob);
            bob.register("bob", "pw");
            alice.expect(new UserNotification("bob", true));

            for (int i = 0; i < FD_LIMIT + 100; i++) {
                idle.add(new Socket(address.getAddress(), address.getPort()));
            }
            awaitOutput(l -> l.contains(ACCEPT_FAILED));

            alice.send(new SendMessage("alice", "still here?"));
            bob.expect(new ChatMessage("alice", "still here?"));
            for (Socket s : idle) {
                s.close();
            }

            TestClient late = TestClient.connect(address, null);
            clients.add(late);
            late.send(new SaltRequest("zed"));
            late.expect(Salt.class);
            bob.send(new SendMessage("bob", "yes"));
            alice.await(ChatMessage.class, m -> m.from().equals("bob"));
            long warnings =
                    childOutput.stream().filter(l -> l.contains(ACCEPT_FAILED)).count();
            long recoveries = childOutput.stream()
                    .filter(l -> l.contains("Accepting connections again"))
                    .count();
            assertThat(warnings).as("one warning per run of failures").isLessThanOrEqualTo(recoveries + 1);
        } finally {
            for (Socket s : idle) {
                s.close();
            }
            for (TestClient c : clients) {
                c.close();
            }
            child.getOutputStream().close();
            if (!child.waitFor(20, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        }
    }

    private void collect(Process child) {
        try (var lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                childOutput.add(line);
            }
        } catch (IOException e) {
            childOutput.add("(output ended: " + e + ")");
        }
    }

    private String awaitOutput(Predicate<String> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            for (String line : childOutput) {
                if (wanted.test(line)) {
                    return line;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError(
                "the child room did not print what was expected; it printed:\n" + String.join("\n", childOutput));
    }

    private static Path onPath(String command) {
        for (String d : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            Path p = Path.of(d, command);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }
}
