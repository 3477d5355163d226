package dev.parley.app.admin;

import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.util.Optional;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;

/**
 * Who may give the room commands over its admin socket: the user the room runs as, and root. The socket file's
 * permissions already say so; this second check also holds if someone loosens them by hand.
 */
record PeerPolicy(String roomUser) {

    static PeerPolicy forThisProcess() {
        return new PeerPolicy(System.getProperty("user.name"));
    }

    boolean allows(String peerUser) {
        return peerUser.equals(roomUser) || peerUser.equals("root");
    }

    /** Why this connection may not give commands, or empty when it may. */
    Optional<String> refusal(SocketChannel client) throws IOException {
        UnixDomainPrincipal peer;
        try {
            peer = client.getOption(ExtendedSocketOptions.SO_PEERCRED);
        } catch (UnsupportedOperationException e) {
            return Optional.empty(); // no peer credentials on this system: the file permissions decide alone
        }
        String user = peer.user().getName();
        return allows(user)
                ? Optional.empty()
                : Optional.of(user + " may not run room commands; only " + roomUser + " and root may");
    }
}
