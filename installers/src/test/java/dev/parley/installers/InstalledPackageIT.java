package dev.parley.installers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parley.client.AuthResult;
import dev.parley.client.ClientListener;
import dev.parley.client.ParleyClient;
import dev.parley.protocol.message.ServerMessage;
import dev.parley.protocol.message.ServerMessage.ChatMessage;
import dev.parley.protocol.message.ServerMessage.Shutdown;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unpacks the built .deb (and .rpm, where one was built) as the package manager would lay it out, then uses the
 * installed launcher: its version, a headless room two clients chat in, a clean stop on SIGTERM. Writes the sizes
 * and start-up time it measured for docs/performance.md.
 */
class InstalledPackageIT {

    private static final Path INSTALLERS = Path.of(System.getProperty("parley.installers", "target/installers"));
    private static final String VERSION = System.getProperty("parley.version", "");
    private static final long TIMEOUT_S = 60;

    @TempDir
    Path root;

    @Test
    void debInstallsAWorkingParley() throws Exception {
        Path deb = find(".deb").orElse(null);
        assumeTrue(deb != null || !onLinuxWithDpkg(), "no dpkg-deb here");
        assertThat(deb).as("a .deb in " + INSTALLERS).isNotNull();
        run(List.of("dpkg-deb", "-x", deb.toString(), root.toString()));
        Path control = Files.createDirectories(root.resolve("DEBIAN"));
        run(List.of("dpkg-deb", "-e", deb.toString(), control.toString()));

        checkInstalled(deb, "deb");
        assertThat(Files.readString(control.resolve("postinst"))).contains("ln -sf /opt/parley/bin/Parley /usr/bin/parley");
        assertThat(Files.readString(control.resolve("prerm"))).contains("rm -f /usr/bin/parley");
    }

    @Test
    void rpmInstallsAWorkingParley() throws Exception {
        Path rpm = find(".rpm").orElse(null);
        assumeTrue(rpm != null, "no .rpm built here (rpmbuild missing)");
        run(List.of("bash", "-c", "rpm2cpio '" + rpm + "' | (cd '" + root + "' && cpio -idm --quiet)"));
        checkInstalled(rpm, "rpm");
    }

    private void checkInstalled(Path pkg, String kind) throws Exception {
        Path home = root.resolve("opt/parley");
        Path launcher = home.resolve("bin/Parley");
        assertThat(launcher).isExecutable();
        String desktop = Files.readString(home.resolve("lib/parley-Parley.desktop"));
        assertThat(desktop).contains("Categories=Network;Chat;").contains("Icon=").contains("Exec=");

        long start = System.nanoTime();
        String version = run(List.of(launcher.toString(), "--version"));
        double versionSeconds = (System.nanoTime() - start) / 1e9;
        assertThat(version.strip()).isEqualTo("Parley " + VERSION);

        hostChatAndStop(launcher);
        report(kind, Files.size(pkg), sizeOf(home), versionSeconds);
    }

    private void hostChatAndStop(Path launcher) throws Exception {
        Path data = Files.createDirectories(root.resolve("data"));
        Process host = new ProcessBuilder(launcher.toString(), "host", "--headless", "--port", "0", "--bind",
                "127.0.0.1", "--data-dir", data.toString()).redirectErrorStream(true).start();
        try {
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread.ofVirtual().start(() -> pump(host, lines));
            int port = awaitPort(lines);

            var aliceHears = new LinkedBlockingQueue<ServerMessage>();
            var bobHears = new LinkedBlockingQueue<ServerMessage>();
            try (var alice = ParleyClient.connect("127.0.0.1", port);
                 var bob = ParleyClient.connect("127.0.0.1", port)) {
                alice.addListener(into(aliceHears));
                bob.addListener(into(bobHears));
                assertThat(alice.register("alice", "pw-a".toCharArray()).get(TIMEOUT_S, TimeUnit.SECONDS))
                        .isEqualTo(new AuthResult.LoggedIn("alice"));
                assertThat(bob.register("bob", "pw-b".toCharArray()).get(TIMEOUT_S, TimeUnit.SECONDS))
                        .isEqualTo(new AuthResult.LoggedIn("bob"));
                alice.sendMessage("hello from an installed Parley");
                await(bobHears, new ChatMessage("alice", "hello from an installed Parley"));

                host.destroy(); // SIGTERM

                await(aliceHears, new Shutdown());
                await(bobHears, new Shutdown());
            }
            assertThat(host.waitFor(TIMEOUT_S, TimeUnit.SECONDS)).as("room stopped on SIGTERM").isTrue();
            assertThat(Files.readString(data.resolve("accounts.json"))).contains("\"alice\"");
        } finally {
            host.destroyForcibly();
        }
    }

    // ---- helpers ----

    private static Optional<Path> find(String suffix) throws IOException {
        if (!Files.isDirectory(INSTALLERS)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(INSTALLERS)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst();
        }
    }

    private static boolean onLinuxWithDpkg() {
        return System.getProperty("os.name").startsWith("Linux") && Files.isExecutable(Path.of("/usr/bin/dpkg-deb"));
    }

    private static String run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(TIMEOUT_S, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + "\n" + out).isZero();
        return out;
    }

    private static void pump(Process p, BlockingQueue<String> lines) {
        try (var in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException e) {
            // the process ended
        }
    }

    private static int awaitPort(BlockingQueue<String> lines) throws InterruptedException {
        Pattern open = Pattern.compile("is open on port (\\d+)");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_S);
        var seen = new ArrayList<String>();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line != null) {
                seen.add(line);
                Matcher m = open.matcher(line);
                if (m.find()) {
                    return Integer.parseInt(m.group(1));
                }
            }
        }
        throw new AssertionError("the installed room did not open; it said: " + seen);
    }

    private static ClientListener into(BlockingQueue<ServerMessage> queue) {
        return new ClientListener() {
            @Override
            public void onMessage(ServerMessage message) {
                queue.add(message);
            }

            @Override
            public void onDisconnected(String reason) {
            }
        };
    }

    private static void await(BlockingQueue<ServerMessage> queue, ServerMessage expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_S);
        while (System.nanoTime() < deadline) {
            ServerMessage m = queue.poll(100, TimeUnit.MILLISECONDS);
            if (expected.equals(m)) {
                return;
            }
        }
        throw new AssertionError("never received " + expected);
    }

    private static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void report(String kind, long packageBytes, long installedBytes, double versionSeconds)
            throws IOException {
        String line = String.format("| %s | %.1f MB | %.1f MB | %.2f s |%n", kind, packageBytes / 1e6,
                installedBytes / 1e6, versionSeconds);
        System.out.print("Installer " + line);
        Path report = Path.of(System.getProperty("parley.report", "target/installer-sizes.md"));
        Files.writeString(report, line, StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }
}
