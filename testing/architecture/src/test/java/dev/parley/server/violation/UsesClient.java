package dev.parley.server.violation;

import dev.parley.client.RoomAddress;

/** Breaks one of Parley's architecture rules on purpose: RulesCanFailTest shows the rule catches it. */
public final class UsesClient {

    public static int port(RoomAddress address) {
        return address.port();
    }
}
