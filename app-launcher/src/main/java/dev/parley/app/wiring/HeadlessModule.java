package dev.parley.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import dev.parley.server.RoomServer;
import dev.parley.server.console.AdminConsole;
import java.io.PrintStream;

/** What a room run without a window adds to the room: host commands typed into the terminal. */
final class HeadlessModule extends AbstractModule {

    /** The command line's terminal; only the command line touches the process's standard streams. */
    private final PrintStream terminal;

    HeadlessModule(PrintStream terminal) {
        this.terminal = terminal;
    }

    @Provides
    AdminConsole console(RoomServer server) {
        return new AdminConsole(server, terminal);
    }
}
