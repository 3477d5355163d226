package dev.parley.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import dev.parley.accounts.DataDirectory;
import dev.parley.app.admin.AdminSocket;
import dev.parley.server.RoomServer;
import dev.parley.server.console.AdminConsole;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Optional;

/**
 * What a room run without a window adds to the room: host commands typed into the terminal, and the same
 * commands over the admin socket for when there is no terminal.
 */
final class HeadlessModule extends AbstractModule {

    private final PrintStream terminal;

    /** @param terminal where the console's answers go (the command line hands in standard output) */
    HeadlessModule(PrintStream terminal) {
        this.terminal = terminal;
    }

    @Provides
    AdminConsole console(RoomServer server) {
        return new AdminConsole(server, terminal);
    }

    /**
     * Unscoped on purpose: each request opens a socket, which its caller closes, so the room's runner opens it
     * when the room has started and closes it when the room stops. Empty where the file system cannot keep the
     * socket to its owner.
     */
    @Provides
    Optional<AdminSocket> adminSocket(DataDirectory dataDir, RoomServer server) throws IOException {
        return AdminSocket.open(dataDir.root(), server);
    }
}
