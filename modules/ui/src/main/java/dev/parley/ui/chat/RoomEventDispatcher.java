package dev.parley.ui.chat;

import dev.parley.client.ChatLine;
import dev.parley.client.ClientListener;
import dev.parley.client.MessageDetails;
import dev.parley.client.RoomInfo;
import dev.parley.protocol.message.ServerMessage;
import dev.parley.protocol.message.ServerMessage.ChatMessage;
import dev.parley.protocol.message.ServerMessage.ProtocolError;
import dev.parley.protocol.message.ServerMessage.Shutdown;
import dev.parley.protocol.message.ServerMessage.TypingNotice;
import dev.parley.protocol.message.ServerMessage.UserNotification;
import dev.parley.ui.common.RoomEnding;
import java.time.Instant;
import java.util.List;
import javax.swing.SwingUtilities;

/** Takes the room's events from the client's thread to the event thread, each as a call on a {@link RoomView}. */
final class RoomEventDispatcher implements ClientListener {

    /** What a chat window does with the room's events; called on the event thread. */
    interface RoomView {
        /** @param time by the room's clock; null from a room that does not say */
        void said(String from, String text, Instant time);

        /** What the room said about itself (its name, ...). */
        void described(RoomInfo room);

        /** The room's last messages, oldest first, right after login. */
        void history(List<ChatLine> lines);

        void joined(String user);

        /** @param removed whether the host kicked or banned them */
        void left(String user, boolean removed);

        void typing(String user, boolean typing);

        /** The room said something went wrong, and the session goes on. */
        void problem(String text);

        /** The room is gone for this window. */
        void ended(RoomEnding ending);
    }

    private final RoomView view;
    private final boolean hosting;

    /** @param hosting whether this window's app hosts the room, so a shutdown is the host's own doing */
    RoomEventDispatcher(RoomView view, boolean hosting) {
        this.view = view;
        this.hosting = hosting;
    }

    @Override
    public void onMessage(ServerMessage message) {
        onMessage(message, MessageDetails.NONE);
    }

    @Override
    public void onMessage(ServerMessage message, MessageDetails details) {
        SwingUtilities.invokeLater(() -> dispatch(message, details));
    }

    @Override
    public void onRoomInfo(RoomInfo room) {
        SwingUtilities.invokeLater(() -> view.described(room));
    }

    @Override
    public void onHistory(List<ChatLine> lines) {
        SwingUtilities.invokeLater(() -> view.history(lines));
    }

    @Override
    public void onDisconnected(String reason) {
        SwingUtilities.invokeLater(() -> view.ended(RoomEnding.connectionLost(reason)));
    }

    void dispatch(ServerMessage message) {
        dispatch(message, MessageDetails.NONE);
    }

    void dispatch(ServerMessage message, MessageDetails details) {
        switch (message) {
            case ChatMessage m -> view.said(m.from(), m.message(), details.time());
            case UserNotification n when n.joined() -> view.joined(n.user());
            case UserNotification n -> view.left(n.user(), details.removedByHost());
            case TypingNotice t -> view.typing(t.user(), t.typing());
            case Shutdown s when hosting -> view.ended(RoomEnding.stoppedByYou());
            default ->
                RoomEnding.of(message, details).ifPresentOrElse(view::ended, () -> {
                    if (message instanceof ProtocolError e) {
                        view.problem("Room: " + e.message());
                    }
                });
        }
    }
}
