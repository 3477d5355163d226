package dev.parley.ui;

import dev.parley.server.RoomServer;
import dev.parley.server.ServerConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One room on loopback for all the tests of a class (starting one per test costs more than the tests):
 * {@code @RegisterExtension static final SharedRoom room = new SharedRoom();}. Each test brings people of its own.
 */
final class SharedRoom implements BeforeAllCallback, AfterAllCallback {

    private Path dir;
    private RoomServer server;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        dir = Files.createTempDirectory("parley-shared-room");
        server = TestHosting.startServer(
                dir, ServerConfig.builder().port(0).bindAddress("127.0.0.1").build());
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (server != null) {
            server.stop();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    RoomServer server() {
        return server;
    }

    int port() {
        return server.port();
    }

    /** A folder of this class's own, for the apps' data directories. */
    Path dir() {
        return dir;
    }
}
