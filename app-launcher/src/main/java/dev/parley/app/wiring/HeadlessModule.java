package dev.parley.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import dev.parley.server.RoomServer;
import dev.parley.server.console.AdminConsole;

/** What a room run without a window adds to the room: host commands typed into the terminal. */
final class HeadlessModule extends AbstractModule {

    @Provides
    AdminConsole console(RoomServer server) {
        return new AdminConsole(server, System.out);
    }
}
