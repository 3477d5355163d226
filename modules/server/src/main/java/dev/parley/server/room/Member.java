package dev.parley.server.room;

import dev.parley.server.net.ClientConnection;
import java.time.Instant;

/** A logged-in connection as the room sees it. */
record Member(String username, boolean guest, ClientConnection connection, Instant since) {}
