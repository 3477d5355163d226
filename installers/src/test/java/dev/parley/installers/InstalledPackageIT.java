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
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Linux packages as users get them. On a Debian-family machine the built .deb must exist (the test fails
 * otherwise); as root (CI) it is installed for real with apt-get without /usr/share/desktop-directories, used (its
 * command, a room run as the service runs it, two clients, admin commands, SIGTERM), upgraded to a newer version
 * with the directories present, removed (data kept) and purged (service data gone), and the machine is left as it
 * was. The .rpm,
 * where one was built, is unpacked and its launcher used. Writes the sizes and start-up times it measured for
 * docs/performance.md.
 */
class InstalledPackageIT {

    private static final Path INSTALLERS = Path.of(System.getProperty("parley.installers", "target/installers"));
    private static final String VERSION = System.getProperty("parley.version", "");
    private static final long TIMEOUT_S = 120;

    private static final String PACKAGE = "parley-chat";
    private static final Path COMMAND = Path.of("/usr/bin/parley-chat");
    private static final Path APP = Path.of("/opt/parley-chat");
    private static final Path SERVICE_DATA = Path.of("/var/lib/parley-chat");
    private static final Path UNIT = Path.of("/usr/lib/systemd/system/parley-chat-room.service");
    private static final Path DESKTOP_DIRECTORIES = Path.of("/usr/share/desktop-directories");
    private static final List<String> PACKAGE_FILES = List.of(
            "usr/bin/parley-chat",
            "usr/share/applications/parley-chat.desktop",
            "usr/share/icons/hicolor/48x48/apps/parley-chat.png",
            "usr/share/icons/hicolor/256x256/apps/parley-chat.png",
            "usr/share/icons/hicolor/scalable/apps/parley-chat.svg",
            "usr/share/man/man1/parley-chat.1.gz",
            "usr/lib/systemd/system/parley-chat-room.service",
            "opt/parley-chat/bin/parley-chat");

    @TempDir
    Path root;

    // ---- .deb ----

    @Test
    void debHasTheFilesADistributionExpectsAndNoMenuToolInItsScripts() throws Exception {
        Path deb = requireDebOnDebianFamily();
        String info = run(List.of("dpkg-deb", "-I", deb.toString()));
        assertThat(info)
                .contains("Package: parley-chat")
                .contains("Version: " + VERSION)
                .doesNotContain("Conflicts")
                .doesNotContain("Breaks")
                .doesNotContain("Replaces");
        String contents = run(List.of("dpkg-deb", "-c", deb.toString()));
        assertThat(contents)
                .as("the class-data archive is made at install, not shipped")
                .doesNotContain("parley-chat.jsa");
        for (String file : PACKAGE_FILES) {
            assertThat(contents).as("the package ships " + file).contains("./" + file);
        }
        assertThat(contents).as("every file owned by root").doesNotContainPattern("(?m)^\\S+ (?!root/root)");
        assertThat(contents).doesNotContain("./usr/bin/parley ").doesNotContain("/parley.desktop");

        Path control = Files.createDirectories(root.resolve("DEBIAN"));
        run(List.of("dpkg-deb", "-e", deb.toString(), control.toString()));
        for (String script : List.of("postinst", "prerm", "postrm")) {
            assertThat(Files.readString(control.resolve(script)))
                    .as(script)
                    .doesNotContain("xdg-desktop-menu")
                    .doesNotContain("xdg-icon-resource");
        }
        run(List.of("dpkg-deb", "-x", deb.toString(), root.toString()));
        assertThat(root.resolve("usr/bin/parley-chat")).isExecutable();
        assertThat(Files.readString(root.resolve("usr/bin/parley-chat")))
                .as("starts the bundled runtime directly, not jpackage's launcher that queries dpkg on each start")
                .contains("exec \"$app/lib/runtime/bin/java\"")
                .contains("-Dparley.command=parley-chat");
        Path image = root.resolve("opt/parley-chat");
        assertThat(image.resolve("lib/app/mods"))
                .as("no modules beside the runtime: they are linked into it")
                .doesNotExist();
        assertThat(run(List.of(image.resolve("lib/runtime/bin/java").toString(), "--list-modules")))
                .as("one jlink image holds Parley and what it uses, Guice too")
                .contains("dev.parley.app@")
                .contains("dev.parley.ui@")
                .contains("com.google.guice@")
                .contains("com.google.common@33.");
        String desktop = Files.readString(root.resolve("usr/share/applications/parley-chat.desktop"));
        assertThat(desktop)
                .contains("Name=Parley Chat")
                .contains("Exec=parley-chat")
                .contains("Icon=parley-chat")
                .contains("Categories=Network;Chat;");
    }

    @Test
    void debInstallsUpgradesRemovesAndPurgesForReal() throws Exception {
        Path deb = requireDebOnDebianFamily();
        assumeTrue(
                "root".equals(System.getProperty("user.name")),
                "installing for real needs root (CI runs as root); the package itself was checked above");
        assertThat(sh("dpkg-query", "-W", "-f=${Status}", PACKAGE).output())
                .as("parley-chat must not be installed before the test, which would replace it")
                .doesNotContain("installed");
        assertThat(SERVICE_DATA).as("no service data before the test").doesNotExist();

        boolean hadDesktopDirectories = Files.isDirectory(DESKTOP_DIRECTORIES);
        Path aside = DESKTOP_DIRECTORIES.resolveSibling("desktop-directories.parley-test-aside");
        boolean hadUser = sh("getent", "passwd", PACKAGE).exit() == 0;
        boolean hadGroup = sh("getent", "group", PACKAGE).exit() == 0;
        try {
            // 1. A headless box: no desktop directories at all.
            if (hadDesktopDirectories) {
                Files.move(DESKTOP_DIRECTORIES, aside);
            }
            apt("install", "-y", deb.toAbsolutePath().toString());
            assertThat(sh("dpkg-query", "-W", "-f=${Status}", PACKAGE).output()).isEqualTo("install ok installed");
            checkInstalledFiles();
            checkUnit();

            String version = run(List.of(COMMAND.toString(), "--version"));
            assertThat(version.strip()).isEqualTo("Parley " + VERSION);
            assertThat(run(List.of(COMMAND.toString(), "--help")))
                    .contains("Usage: parley-chat ")
                    .contains("admin");
            assertThat(APP.resolve("lib/app/parley-chat.jsa"))
                    .as("postinst made the class-data archive")
                    .isRegularFile();
            StartUp startUp = measureVersion(COMMAND);
            long installedBytes = sizeOf(APP);

            runTheServiceRoom();
            assertThat(SERVICE_DATA.resolve("accounts.json")).isRegularFile();

            // 2. A desktop, and an upgrade: the same package as a newer version, with the directories present.
            if (hadDesktopDirectories) {
                Files.move(aside, DESKTOP_DIRECTORIES);
            } else {
                Files.createDirectories(DESKTOP_DIRECTORIES);
            }
            Path newer = newerVersionOf(deb, VERSION + "+upgrade1");
            apt("install", "-y", newer.toString());
            assertThat(sh("dpkg-query", "-W", "-f=${Status} ${Version}", PACKAGE)
                            .output())
                    .isEqualTo("install ok installed " + VERSION + "+upgrade1");
            assertThat(Files.readString(SERVICE_DATA.resolve("accounts.json")))
                    .as("the upgrade kept the data")
                    .contains("\"alice\"");
            assertThat(APP.resolve("lib/app/parley-chat.jsa"))
                    .as("archive made again")
                    .isRegularFile();
            assertThat(run(List.of(COMMAND.toString(), "--version")).strip()).isEqualTo("Parley " + VERSION);

            // 3. Remove keeps the service's data (and every user's own); purge deletes the service's.
            apt("remove", "-y", PACKAGE);
            assertThat(COMMAND).doesNotExist();
            assertThat(APP)
                    .as("nothing left in /opt, not even the archive postinst made")
                    .doesNotExist();
            assertThat(Files.readString(SERVICE_DATA.resolve("accounts.json"))).contains("\"alice\"");
            apt("purge", "-y", PACKAGE);
            assertThat(SERVICE_DATA).doesNotExist();
            assertThat(sh("dpkg-query", "-W", "-f=${Status}", PACKAGE).output()).doesNotContain("installed");

            report("deb (installed with apt)", Files.size(deb), installedBytes, startUp);
        } finally {
            // Leave the machine as it was, whatever failed above.
            if (sh("dpkg-query", "-W", "-f=${Status}", PACKAGE).output().contains("installed")
                    || sh("dpkg-query", "-W", "-f=${Status}", PACKAGE).output().contains("config-files")) {
                sh("apt-get", "purge", "-y", PACKAGE);
            }
            if (!hadUser) {
                sh("userdel", PACKAGE);
            }
            if (!hadGroup) {
                sh("groupdel", PACKAGE);
            }
            sh("rm", "-rf", SERVICE_DATA.toString());
            if (hadDesktopDirectories) {
                if (!Files.exists(DESKTOP_DIRECTORIES) && Files.isDirectory(aside)) {
                    Files.move(aside, DESKTOP_DIRECTORIES);
                }
            } else {
                sh("rmdir", DESKTOP_DIRECTORIES.toString()); // the empty one made above
            }
        }
    }

    /** The built package under a higher version, to upgrade to: same files and scripts, quickly rebuilt. */
    private Path newerVersionOf(Path deb, String version) throws Exception {
        Path tree = root.resolve("upgrade");
        run(List.of("dpkg-deb", "-R", deb.toString(), tree.toString()));
        Path control = tree.resolve("DEBIAN/control");
        Files.writeString(control, Files.readString(control).replaceFirst("(?m)^Version: .*$", "Version: " + version));
        Path newer = root.resolve("parley-chat_" + version + ".deb");
        run(List.of("dpkg-deb", "--root-owner-group", "-Znone", "-b", tree.toString(), newer.toString()));
        return newer;
    }

    private static void checkInstalledFiles() throws IOException {
        for (String file : PACKAGE_FILES) {
            assertThat(Path.of("/").resolve(file)).as(file).exists();
        }
        assertThat(sh("getent", "passwd", PACKAGE).output())
                .as("the service's system user")
                .contains(PACKAGE);
        assertThat(Files.getOwner(SERVICE_DATA).getName()).isEqualTo(PACKAGE);
    }

    /** The unit as systemd reads it; systemd-analyze works without systemd running (.ci/run installs it). */
    private static void checkUnit() throws Exception {
        assertThat(Path.of("/usr/bin/systemd-analyze"))
                .as("systemd-analyze (Debian's systemd package)")
                .isExecutable();
        Result verify = sh("systemd-analyze", "verify", UNIT.toString());
        assertThat(verify.exit()).as(verify.output()).isZero();
        assertThat(verify.output()).as("no complaints").doesNotContain("parley-chat-room.service:");
        String unit = Files.readString(UNIT);
        assertThat(unit)
                .contains("User=parley-chat")
                .contains("NoNewPrivileges=yes")
                .contains("ProtectSystem=strict")
                .contains("ProtectHome=yes")
                .contains("PrivateTmp=yes")
                .contains("ReadWritePaths=/var/lib/parley-chat")
                .contains("KillSignal=SIGTERM");
        assertThat(Files.exists(Path.of("/etc/systemd/system/multi-user.target.wants/parley-chat-room.service")))
                .as("not enabled by the package")
                .isFalse();
    }

    /**
     * The room as the unit runs it: the installed command, as the service's user, on the service's data
     * directory. Two clients chat, root and a stranger try the admin socket, SIGTERM closes the room.
     */
    private void runTheServiceRoom() throws Exception {
        Process host = new ProcessBuilder(
                        "setpriv",
                        "--reuid=" + PACKAGE,
                        "--regid=" + PACKAGE,
                        "--init-groups",
                        COMMAND.toString(),
                        "host",
                        "--headless",
                        "--port",
                        "0",
                        "--bind",
                        "127.0.0.1",
                        "--data-dir",
                        SERVICE_DATA.toString())
                .redirectErrorStream(true)
                .start();
        try {
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread.ofVirtual().start(() -> pump(host, lines));
            int port = awaitPort(lines);
            chatAndStop(host, port, () -> {
                String users =
                        run(List.of(COMMAND.toString(), "admin", "--data-dir", SERVICE_DATA.toString(), "users"));
                assertThat(users).contains("2 online:");
                Result stranger = sh(
                        "setpriv",
                        "--reuid=nobody",
                        "--regid=nogroup",
                        "--clear-groups",
                        COMMAND.toString(),
                        "admin",
                        "--data-dir",
                        SERVICE_DATA.toString(),
                        "stop");
                assertThat(stranger.exit()).as(stranger.output()).isEqualTo(1);
                assertThat(host.isAlive()).isTrue();
            });
        } finally {
            host.destroyForcibly();
        }
    }

    // ---- .rpm ----

    @Test
    void rpmUnpacksToAWorkingParleyChat() throws Exception {
        Path rpm = find(".rpm").orElse(null);
        assumeTrue(rpm != null, "no .rpm built here (rpmbuild missing)");
        run(List.of("bash", "-c", "rpm2cpio '" + rpm + "' | (cd '" + root + "' && cpio -idm --quiet)"));
        for (String file : PACKAGE_FILES) {
            assertThat(Files.exists(root.resolve(file), java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .as(file)
                    .isTrue();
        }
        assertThat(run(List.of("rpm", "-qp", "--scripts", rpm.toString())))
                .doesNotContain("xdg-desktop-menu")
                .contains("useradd --system");
        Path launcher = root.resolve("opt/parley-chat/bin/parley-chat");
        String version = run(List.of(launcher.toString(), "--version"));
        assertThat(version.strip()).isEqualTo("Parley " + VERSION);
        StartUp startUp = measureVersion(launcher);

        Path data = Files.createDirectories(root.resolve("data"));
        Process host = new ProcessBuilder(
                        launcher.toString(),
                        "host",
                        "--headless",
                        "--port",
                        "0",
                        "--bind",
                        "127.0.0.1",
                        "--data-dir",
                        data.toString())
                .redirectErrorStream(true)
                .start();
        try {
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread.ofVirtual().start(() -> pump(host, lines));
            chatAndStop(host, awaitPort(lines), () -> {});
        } finally {
            host.destroyForcibly();
        }
        assertThat(Files.readString(data.resolve("accounts.json"))).contains("\"alice\"");
        report("rpm (unpacked, no archive)", Files.size(rpm), sizeOf(root.resolve("opt/parley-chat")), startUp);
    }

    // ---- helpers ----

    @FunctionalInterface
    private interface Check {
        void run() throws Exception;
    }

    private static void chatAndStop(Process host, int port, Check whileTwoAreIn) throws Exception {
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
            // with the room's time on it, as every chat line has since history came (docs/protocol.md)
            await(
                    bobHears,
                    "alice's line with the room's time",
                    m -> m instanceof ChatMessage c
                            && c.from().equals("alice")
                            && c.message().equals("hello from an installed Parley")
                            && c.time() != null);
            whileTwoAreIn.run();

            host.destroy(); // SIGTERM, as systemctl stop sends

            await(aliceHears, new Shutdown());
            await(bobHears, new Shutdown());
        }
        assertThat(host.waitFor(TIMEOUT_S, TimeUnit.SECONDS))
                .as("room stopped on SIGTERM")
                .isTrue();
    }

    private static Path requireDebOnDebianFamily() throws IOException {
        boolean debianFamily =
                System.getProperty("os.name").startsWith("Linux") && Files.isExecutable(Path.of("/usr/bin/dpkg-deb"));
        Optional<Path> deb = find(".deb");
        assumeTrue(debianFamily || deb.isPresent(), "not a Debian-family machine: no .deb is built here");
        assertThat(deb)
                .as("this is a Debian-family machine, so build.sh must have built a .deb in " + INSTALLERS)
                .isPresent();
        return deb.orElseThrow();
    }

    private static Optional<Path> find(String suffix) throws IOException {
        if (!Files.isDirectory(INSTALLERS)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(INSTALLERS)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix))
                    .findFirst();
        }
    }

    private static void apt(String... args) throws Exception {
        var command = new ArrayList<>(List.of("apt-get", "-q", "-o", "Dpkg::Use-Pty=0"));
        command.addAll(Arrays.asList(args));
        var pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("DEBIAN_FRONTEND", "noninteractive");
        Result r = Result.of(pb.start());
        assertThat(r.exit()).as(String.join(" ", command) + "\n" + r.output()).isZero();
        assertThat(r.output()).as("maintainer scripts ran cleanly").doesNotContain("returned error exit status");
        // dpkg notes that it leaves /opt itself when something else is in it: that one is expected.
        assertThat(r.output()
                        .lines()
                        .filter(line -> line.contains("warning:"))
                        .filter(line -> !line.contains("directory '/opt' not empty")))
                .as("dpkg warnings")
                .isEmpty();
    }

    private record Result(int exit, String output) {
        static Result of(Process p) throws Exception {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(TIMEOUT_S, TimeUnit.SECONDS)).isTrue();
            return new Result(p.exitValue(), out);
        }
    }

    private static Result sh(String... command) {
        try {
            return Result.of(
                    new ProcessBuilder(command).redirectErrorStream(true).start());
        } catch (Exception e) {
            return new Result(-1, String.valueOf(e));
        }
    }

    private static String run(List<String> command) throws Exception {
        Result r =
                Result.of(new ProcessBuilder(command).redirectErrorStream(true).start());
        assertThat(r.exit()).as(String.join(" ", command) + "\n" + r.output()).isZero();
        return r.output();
    }

    /** {@code --version} run ten times after one warm-up: the machine is shared, so the spread matters. */
    private record StartUp(double min, double median) {}

    private static StartUp measureVersion(Path launcher) throws Exception {
        run(List.of(launcher.toString(), "--version"));
        double[] seconds = new double[10];
        for (int i = 0; i < seconds.length; i++) {
            long start = System.nanoTime();
            run(List.of(launcher.toString(), "--version"));
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(seconds);
        return new StartUp(seconds[0], (seconds[4] + seconds[5]) / 2);
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
            public void onDisconnected(String reason) {}
        };
    }

    private static void await(BlockingQueue<ServerMessage> queue, ServerMessage expected) throws InterruptedException {
        await(queue, expected.toString(), expected::equals);
    }

    private static void await(BlockingQueue<ServerMessage> queue, String what, Predicate<ServerMessage> expected)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_S);
        while (System.nanoTime() < deadline) {
            ServerMessage m = queue.poll(100, TimeUnit.MILLISECONDS);
            if (m != null && expected.test(m)) {
                return;
            }
        }
        throw new AssertionError("never received " + what);
    }

    private static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(f -> f.toFile().length())
                    .sum();
        }
    }

    private static void report(String kind, long packageBytes, long installedBytes, StartUp startUp)
            throws IOException {
        String line = String.format(
                "| %s | %.1f MB | %.1f MB | %.2f s (min %.2f s) |%n",
                kind, packageBytes / 1e6, installedBytes / 1e6, startUp.median(), startUp.min());
        System.out.print("Installer " + line);
        Path report = Path.of(System.getProperty("parley.report", "target/installer-sizes.md"));
        Files.writeString(report, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
