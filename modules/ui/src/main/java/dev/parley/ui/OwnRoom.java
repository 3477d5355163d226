package dev.parley.ui;

import dev.parley.client.AuthResult;
import dev.parley.client.ParleyClient;
import dev.parley.client.RoomAddress;
import dev.parley.client.RoomTrust;
import dev.parley.protocol.tls.Fingerprint;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The room this app hosts, with the addresses others join at, looked up once off the event thread (listing network
 * interfaces can take a while) so windows can show them without blocking.
 */
public record OwnRoom(HostedRoom room, List<String> joinAddresses) {

    public OwnRoom {
        joinAddresses = List.copyOf(joinAddresses);
    }

    /** Looks up the join addresses: off the event thread. */
    public static OwnRoom lookUp(HostedRoom room) {
        return new OwnRoom(room, room.joinAddresses());
    }

    public HostTools tools() {
        return room.tools();
    }

    /**
     * A new connection of this app to its room. The app knows its own room's fingerprint: the connection trusts that
     * one alone, without asking. A room that does not say (no TLS) is joined as it answers. Off the event thread.
     */
    public ParleyClient connect() throws IOException {
        RoomAddress local = room.localAddress();
        return ParleyClient.connect(local.host(), local.port(), ownTrust(room));
    }

    /**
     * A new connection to the room, entered as its owner when the room gave this app a pass: no password asked.
     * Without a pass, or when the room refuses it, the connection is returned not logged in (the login dialog takes
     * it). Off the event thread.
     */
    public Connected connectAsOwner() throws IOException {
        ParleyClient client = connect();
        Optional<OwnerPass> pass = room.ownerPass();
        if (pass.isEmpty()) {
            return new Connected(client, false);
        }
        try {
            AuthResult result = client.ownerLogin(pass.get().user(), pass.get().token())
                    .get(ParleyClient.REQUEST_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            return new Connected(client, result instanceof AuthResult.LoggedIn);
        } catch (ExecutionException | TimeoutException e) {
            // The login dialog takes over, on the same connection.
            return new Connected(client, false);
        } catch (InterruptedException e) {
            client.close();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while entering the room");
        }
    }

    /** A connection to this app's room, and whether it is in as the owner already. */
    public record Connected(ParleyClient client, boolean loggedIn) {}

    private static RoomTrust ownTrust(HostedRoom room) {
        return room.tools()
                .certificateFingerprint()
                .<RoomTrust>map(shown -> new RoomTrust.Pinned(Fingerprint.parse(shown)))
                .orElseGet(RoomTrust.AnyCertificate::new);
    }

    /** What others type to join; this machine's own address when no network address was found. */
    public List<String> othersJoinWith() {
        return joinAddresses.isEmpty() ? List.of(room.localAddress().toString()) : joinAddresses;
    }
}
