package dev.parley.app.wiring;

import com.google.inject.CreationException;
import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.ProvisionException;
import dev.parley.accounts.DataDirectory;
import dev.parley.accounts.StoreException;
import dev.parley.app.admin.AdminSocket;
import dev.parley.server.RoomServer;
import dev.parley.server.ServerConfig;
import dev.parley.server.console.AdminConsole;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Composes a room, the one way both a headless room and the desktop's hosted room are made: a child of the run's
 * injector, since the room's data directory and settings are known only once the person (or the command line)
 * chose them. A store that cannot be read comes back as its own {@link StoreException}, whichever way Guice
 * wrapped it.
 */
public final class RoomComposer {

    private final Injector run;
    private final List<Module> runModules;

    @Inject
    RoomComposer(Injector run, RoomExtras extras) {
        this.run = run;
        this.runModules = extras.modules();
    }

    /** A room, not yet started, over a locked data directory. */
    public ComposedRoom compose(DataDirectory dataDir, ServerConfig config, int hashIterations) throws StoreException {
        Module[] modules = Stream.concat(
                        Stream.of(new AccountsModule(dataDir, hashIterations), new RoomModule(config)),
                        runModules.stream())
                .toArray(Module[]::new);
        try {
            Injector room = run.createChildInjector(modules);
            return new ComposedRoom(room.getInstance(RoomServer.class), room);
        } catch (CreationException | ProvisionException e) {
            throw readable(e);
        }
    }

    /** The room's store error that Guice reports, or the Guice error itself when it is a wiring mistake. */
    private static StoreException readable(RuntimeException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof StoreException store) {
                return store;
            }
        }
        // CreationException keeps each error's cause in its messages rather than as getCause()
        if (e instanceof CreationException creation) {
            for (var message : creation.getErrorMessages()) {
                for (Throwable t = message.getCause(); t != null; t = t.getCause()) {
                    if (t instanceof StoreException store) {
                        return store;
                    }
                }
            }
        }
        throw e;
    }

    /** A composed room: its server, and its host commands for a terminal where the run has one. */
    public record ComposedRoom(RoomServer server, Injector graph) {

        private static final Key<Optional<AdminSocket>> ADMIN_SOCKET = new Key<Optional<AdminSocket>>() {};

        /** Host commands on standard output; only a headless run binds them. */
        public AdminConsole console() {
            return graph.getInstance(AdminConsole.class);
        }

        /**
         * Opens the room's admin socket, which the caller closes; only a headless run binds it. Empty where the
         * file system cannot keep the socket to its owner.
         */
        public Optional<AdminSocket> openAdminSocket() throws IOException {
            try {
                return graph.getInstance(ADMIN_SOCKET);
            } catch (ProvisionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw e;
            }
        }
    }

    /** Modules a kind of run adds to each room it composes (the headless run: the admin console and socket). */
    record RoomExtras(List<Module> modules) {}
}
