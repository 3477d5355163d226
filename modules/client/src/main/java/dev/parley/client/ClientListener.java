package dev.parley.client;

import dev.parley.protocol.message.ServerMessage;

/**
 * Hears what the room sends that is not the answer to one of this client's requests: chat lines, joins and
 * leaves, typing, shutdown, bans, errors. Called on the client's reader thread, in the order things arrived.
 */
public interface ClientListener {

    void onMessage(ServerMessage message);

    /** The connection ended; called once, after every message. {@code reason} is readable. */
    void onDisconnected(String reason);
}
