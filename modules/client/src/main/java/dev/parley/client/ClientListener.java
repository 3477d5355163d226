package dev.parley.client;

import dev.parley.protocol.message.ServerMessage;

/**
 * Hears what the room sends that is not the answer to one of this client's requests: chat lines, joins and
 * leaves, typing, errors, and every message that ends the session (shutdown, banned, kicked, ...), even one that
 * also answers a request. Calls come one at a time, in the order things arrived, usually on the client's reader
 * thread; events held while no listener was attached come on the thread that attaches the next one. A listener
 * that throws is logged and skipped; the connection carries on.
 */
public interface ClientListener {

    void onMessage(ServerMessage message);

    /** The connection ended; called once, after every message. {@code reason} is readable. */
    void onDisconnected(String reason);
}
