package dev.parley.client.internal;

import dev.parley.protocol.message.ErrorCode;
import dev.parley.protocol.message.ServerMessage;
import dev.parley.protocol.message.ServerMessage.Banned;
import dev.parley.protocol.message.ServerMessage.OutdatedClient;
import dev.parley.protocol.message.ServerMessage.ProtocolError;
import dev.parley.protocol.message.ServerMessage.Shutdown;
import dev.parley.protocol.message.ServerMessage.WrongIp;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The messages after which the room closes the connection. They always reach the listeners, even when one also
 * answers a waiting request (a login answered {@code banned}): a window must be able to say why the room is gone.
 */
public final class SessionEnders {

    /** The {@code error} codes after which the room closes the connection. */
    private static final Set<String> CLOSING_ERRORS = Stream.of(
                    ErrorCode.KICKED,
                    ErrorCode.MESSAGE_TOO_LARGE,
                    ErrorCode.LOGIN_TIMEOUT,
                    ErrorCode.TOO_MANY_CONNECTIONS,
                    ErrorCode.TOO_MANY_NEW_CONNECTIONS,
                    ErrorCode.SERVER_FULL,
                    ErrorCode.FLOODING)
            .map(ErrorCode::wireName)
            .collect(Collectors.toUnmodifiableSet());

    private SessionEnders() {}

    public static boolean endsSession(ServerMessage message) {
        return switch (message) {
            case Banned b -> true;
            case OutdatedClient o -> true;
            case WrongIp w -> true;
            case Shutdown s -> true;
            case ProtocolError e -> CLOSING_ERRORS.contains(e.code());
            default -> false;
        };
    }
}
