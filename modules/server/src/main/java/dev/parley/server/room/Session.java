package dev.parley.server.room;

import dev.parley.server.net.ClientConnection;

/** One connection's login state; only that connection's reader thread changes it. */
final class Session {

    final ClientConnection connection;
    Member member;
    String pendingRegistration;
    int failedLogins;
    int errorsBeforeLogin;
    /** The name this connection last logged in, registered or tried as; null before it named one. */
    String named;
    /** The name whose password is being checked, so that a ban of that name reaches this login at once. */
    volatile String loggingInAs;

    Session(ClientConnection connection) {
        this.connection = connection;
    }

    boolean loggedIn() {
        return member != null;
    }
}
