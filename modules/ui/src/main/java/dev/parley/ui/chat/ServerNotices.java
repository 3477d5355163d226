package dev.parley.ui.chat;

import dev.parley.protocol.ParleyVersion;
import dev.parley.protocol.message.ErrorCode;
import dev.parley.protocol.message.ServerMessage;
import dev.parley.protocol.message.ServerMessage.Banned;
import dev.parley.protocol.message.ServerMessage.OutdatedClient;
import dev.parley.protocol.message.ServerMessage.ProtocolError;
import dev.parley.protocol.message.ServerMessage.Shutdown;
import dev.parley.protocol.message.ServerMessage.WrongIp;
import java.util.Optional;

/** The words for the server messages after which the room is gone for this window. */
public final class ServerNotices {

    /** Title and text of a notice. */
    public record Notice(String title, String text) {
    }

    private ServerNotices() {
    }

    /** A notice for messages that end the session; empty for everything else. */
    public static Optional<Notice> forMessage(ServerMessage message) {
        return Optional.ofNullable(switch (message) {
            case Shutdown s -> new Notice("Room closed", "The room was closed by its host.");
            case OutdatedClient o -> outdated(o.version());
            case Banned b -> new Notice("Banned", "You are banned from this room.");
            case WrongIp w -> new Notice("Disconnected",
                    "The room closed the connection: it received a message sent in someone else's name.");
            case ProtocolError e when e.is(ErrorCode.KICKED) -> new Notice("Removed from the room",
                    "The host removed you from the room.");
            default -> null;
        });
    }

    public static Notice outdated(String serverVersion) {
        return new Notice("Update Parley", "This room needs a newer Parley. You have version "
                + ParleyVersion.current() + "; update to version " + serverVersion + ".");
    }

    public static Notice connectionLost(String reason) {
        return new Notice("Connection lost", reason);
    }
}
