package dev.parley.ui.violation;

import dev.parley.server.RoomServer;

/** Breaks one of Parley's architecture rules on purpose: RulesCanFailTest shows the rule catches it. */
public final class UsesServer {

    public static int port(RoomServer server) {
        return server.port();
    }
}
