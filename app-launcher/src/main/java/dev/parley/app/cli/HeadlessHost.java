package dev.parley.app.cli;

import dev.parley.accounts.DataDirectory;
import dev.parley.accounts.StoreException;
import dev.parley.app.admin.AdminSocket;
import dev.parley.app.cli.HostCommand.Configurer;
import dev.parley.app.cli.HostCommand.RoomSetup;
import dev.parley.app.config.ConfigFile.ConfigException;
import dev.parley.app.discovery.Announcement;
import dev.parley.app.discovery.RoomAnnouncer;
import dev.parley.app.wiring.RoomComposer;
import dev.parley.app.wiring.RoomComposer.ComposedRoom;
import dev.parley.app.wiring.RunInjector;
import dev.parley.server.LanAddresses;
import dev.parley.server.RoomServer;
import dev.parley.server.ServerStartException;
import dev.parley.server.console.AdminConsole;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Runs a room with no window: host commands come from standard input, signals close it cleanly. */
final class HeadlessHost {

    private final PrintWriter err;

    HeadlessHost(PrintWriter err) {
        this.err = err;
    }

    int run(Path dataDirPath, Configurer configurer) {
        DataDirectory dataDir;
        try {
            dataDir = DataDirectory.open(dataDirPath);
        } catch (StoreException e) {
            return fail(e.getMessage());
        }
        // Logback reads this when the first logger is made, which is below.
        System.setProperty("parley.logDir", dataDir.resolve("logs").toString());
        try {
            RoomSetup setup = configurer.configure(dataDir.root());
            ComposedRoom room = RunInjector.headless(System.out)
                    .getInstance(RoomComposer.class)
                    .compose(dataDir, setup.config(), setup.hashIterations());
            RoomServer server = room.server();
            server.start();
            Announcement onNetwork = RoomAnnouncer.announce(server, setup.config());
            // On SIGTERM the JVM ends once its hooks have run, without waiting for the finally below: the hook
            // says goodbye on the network itself, or finders would list the room until its records expire.
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                server.stop();
                                onNetwork.close();
                            },
                            "parley-shutdown"));
            try (var adminSocket = openAdminSocket(room)) {
                announce(server, dataDir, adminSocket.isPresent());
                startConsole(room.console());
                server.awaitStop();
            } finally {
                onNetwork.close();
            }
            return 0;
        } catch (ConfigException | StoreException | ServerStartException e) {
            return fail(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } finally {
            dataDir.close();
        }
    }

    /** The way in for host commands when there is no terminal (a service); the room runs on without it. */
    private OptionalAdminSocket openAdminSocket(ComposedRoom room) {
        try {
            return new OptionalAdminSocket(room.openAdminSocket());
        } catch (IOException e) {
            err.println(CommandName.current() + ": no admin socket (" + e.getMessage() + "); "
                    + "host commands only from this terminal.");
            err.flush();
            return new OptionalAdminSocket(Optional.empty());
        }
    }

    private record OptionalAdminSocket(Optional<AdminSocket> socket) implements AutoCloseable {
        boolean isPresent() {
            return socket.isPresent();
        }

        @Override
        public void close() {
            socket.ifPresent(AdminSocket::close);
        }
    }

    private static void announce(RoomServer server, DataDirectory dataDir, boolean adminSocket) {
        var out = System.out;
        out.println("Room \"" + server.roomName() + "\" is open on port " + server.port() + ".");
        List<String> addresses = LanAddresses.joinAddresses(server.port());
        if (!addresses.isEmpty()) {
            out.println("Others join with: " + String.join("  or  ", addresses));
        }
        server.certificateFingerprint()
                .ifPresentOrElse(
                        f -> out.println("TLS certificate fingerprint (people compare it with what their client shows):"
                                + System.lineSeparator() + "  " + f),
                        () -> out.println("TLS is off: everything travels in plain JSON."));
        out.println("Data directory: " + dataDir.root());
        out.println("Type /help for host commands, /stop to close the room.");
        if (adminSocket) {
            out.println("From another terminal: " + CommandName.current() + " admin --data-dir " + dataDir.root()
                    + " help");
        }
        out.flush();
    }

    private static void startConsole(AdminConsole adminConsole) {
        Thread console = new Thread(
                () -> {
                    var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                    try {
                        adminConsole.run(in);
                    } catch (IOException e) {
                        // no usable terminal: the room runs on, stopped by a signal
                    }
                },
                "parley-console");
        console.setDaemon(true);
        console.start();
    }

    private int fail(String message) {
        err.println(CommandName.current() + ": " + message);
        err.flush();
        return 1;
    }
}
