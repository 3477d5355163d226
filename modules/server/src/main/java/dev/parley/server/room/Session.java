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
    /** Its budgets of chat messages, typing changes and user lists; set at login. */
    FloodControl flood;

    Session(ClientConnection connection) {
        this.connection = connection;
    }

    boolean loggedIn() {
        return member != null;
    }

    /** The name the connection is in the room as, logging in as or registering; null before it named one. */
    String name() {
        Member m = member;
        if (m != null) {
            return m.username();
        }
        String login = loggingInAs;
        return login != null ? login : pendingRegistration;
    }
}
