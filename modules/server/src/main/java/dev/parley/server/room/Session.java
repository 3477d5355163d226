package dev.parley.server.room;

import dev.parley.server.net.ClientConnection;

/** One connection's login state; only that connection's reader thread touches it. */
final class Session {

    final ClientConnection connection;
    Member member;
    String pendingRegistration;
    int failedLogins;

    Session(ClientConnection connection) {
        this.connection = connection;
    }

    boolean loggedIn() {
        return member != null;
    }
}
