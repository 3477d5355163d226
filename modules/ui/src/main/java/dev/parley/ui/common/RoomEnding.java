package dev.parley.ui.common;

import dev.parley.client.MessageDetails;
import dev.parley.protocol.ParleyVersion;
import dev.parley.protocol.message.ErrorCode;
import dev.parley.protocol.message.ServerMessage;
import dev.parley.protocol.message.ServerMessage.Banned;
import dev.parley.protocol.message.ServerMessage.OutdatedClient;
import dev.parley.protocol.message.ServerMessage.ProtocolError;
import dev.parley.protocol.message.ServerMessage.Shutdown;
import dev.parley.protocol.message.ServerMessage.WrongIp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Why the room is gone for a window, in words for the person: the title and text of the notice that says so, and
 * whether the connection merely dropped, so that trying again by itself makes sense ({@code dropped}).
 */
public record RoomEnding(String title, String text, boolean dropped) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    public RoomEnding(String title, String text) {
        this(title, text, false);
    }

    /** The ending a server message means; empty for messages after which the session goes on. */
    public static Optional<RoomEnding> of(ServerMessage message) {
        return of(message, MessageDetails.NONE);
    }

    /** Like {@link #of(ServerMessage)}, with the host's reason and a ban's end when the room gave them. */
    public static Optional<RoomEnding> of(ServerMessage message, MessageDetails details) {
        return Optional.ofNullable(
                switch (message) {
                    case Shutdown s -> new RoomEnding("Room closed", "The room was closed by its host.");
                    case OutdatedClient o -> outdated(o.version());
                    case Banned b -> banned(details.reason(), details.until());
                    case ProtocolError e
                    when is(e.code(), ErrorCode.KICKED) ->
                        new RoomEnding(
                                "Removed from the room",
                                "The host removed you from the room." + reason(details.reason()));
                    case WrongIp w ->
                        new RoomEnding(
                                "Disconnected",
                                "The room closed the connection: it received a message sent in someone else's name.");
                    case ProtocolError e -> closedFor(e);
                    default -> null;
                });
    }

    /** The errors after which the room closes the connection, each in words; null for the others. */
    private static RoomEnding closedFor(ProtocolError e) {
        String code = e.code();
        if (is(code, ErrorCode.KICKED)) {
            return new RoomEnding("Removed from the room", "The host removed you from the room.");
        }
        if (is(code, ErrorCode.LOGIN_TIMEOUT)) {
            return new RoomEnding(
                    "Disconnected", "The room closed the connection: logging in took too long. Join again to retry.");
        }
        if (is(code, ErrorCode.TOO_MANY_CONNECTIONS)) {
            return new RoomEnding(
                    "Too many connections",
                    "Your computer (or your network's address) already has as many connections to this room as it"
                            + " allows. Close another Parley window on this room, then join again.");
        }
        if (is(code, ErrorCode.TOO_MANY_NEW_CONNECTIONS)) {
            return new RoomEnding(
                    "Connecting too often",
                    "Your address opened too many connections to this room in a short time. Wait a few seconds,"
                            + " then join again.");
        }
        if (is(code, ErrorCode.SERVER_FULL)) {
            return new RoomEnding("Room full", "The room has as many people connected as it can take. Try later.");
        }
        if (is(code, ErrorCode.FLOODING)) {
            return new RoomEnding(
                    "Disconnected for flooding",
                    "The room closed the connection: it kept receiving messages from you far faster than it allows.");
        }
        if (is(code, ErrorCode.MESSAGE_TOO_LARGE)) {
            return new RoomEnding(
                    "Disconnected", "The room closed the connection: it received a message larger than it takes.");
        }
        return null;
    }

    private static boolean is(String code, ErrorCode known) {
        return code.equals(known.wireName());
    }

    public static RoomEnding banned() {
        return banned(null, null);
    }

    /** A ban, with the host's reason and its end when known (both may be null). */
    public static RoomEnding banned(String reason, Instant until) {
        String end = until == null ? "" : " until " + WHEN.format(until.atZone(ZoneId.systemDefault()));
        return new RoomEnding("Banned", "You are banned from this room" + end + "." + reason(reason));
    }

    private static String reason(String reason) {
        return reason == null || reason.isBlank() ? "" : " Reason: " + reason.strip();
    }

    public static RoomEnding outdated(String serverVersion) {
        return new RoomEnding(
                "Update Parley",
                "This room needs a newer Parley. You have version " + ParleyVersion.current() + "; update to version "
                        + serverVersion + ".");
    }

    public static RoomEnding connectionLost(String reason) {
        return new RoomEnding("Connection lost", reason, true);
    }

    /** The host's own window, when the host stopped the room. */
    public static RoomEnding stoppedByYou() {
        return new RoomEnding("Room closed", "You stopped the room; everyone in it was disconnected.");
    }
}
