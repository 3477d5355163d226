package dev.parley.client;

import dev.parley.protocol.message.ServerMessage;
import java.util.List;

/**
 * Hears what the room sends that is not the answer to one of this client's requests: chat lines, joins and
 * leaves, typing, errors, the room's history, and every message that ends the session (shutdown, banned, kicked,
 * ...), even one that also answers a request. Calls come one at a time, in the order things arrived, usually on the
 * client's reader thread; events held while no listener was attached come on the thread that attaches the next one.
 * A listener that throws is logged and skipped; the connection carries on.
 */
public interface ClientListener {

    void onMessage(ServerMessage message);

    /**
     * {@code message} with what the room added beyond the spec (a chat line's time, a ban's reason and end, ...).
     * Override this one to hear those; by default it calls {@link #onMessage(ServerMessage)}.
     */
    default void onMessage(ServerMessage message, MessageDetails details) {
        onMessage(message);
    }

    /**
     * The room's last chat messages, oldest first, sent once right after login by a room that keeps history (maybe
     * none); never called for a room that keeps none or does not say.
     */
    default void onHistory(List<ChatLine> lines) {}

    /**
     * What the room said about itself right after login ({@link ParleyClient#room()} from now on), in order with the
     * other events: a window that opened before it arrived can update its title.
     */
    default void onRoomInfo(RoomInfo room) {}

    /** The connection ended; called once, after every message. {@code reason} is readable. */
    void onDisconnected(String reason);
}
