package dev.parley.accounts.violation;

import dev.parley.server.ServerConfig;

/** Breaks one of Parley's architecture rules on purpose: RulesCanFailTest shows the rule catches it. */
public final class UsesServer {

    public static int port() {
        // a call, not DEFAULT_PORT: javac copies a constant's value in and leaves no trace of its class
        return ServerConfig.defaults().port();
    }
}
