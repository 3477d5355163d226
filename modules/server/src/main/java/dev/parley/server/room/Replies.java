package dev.parley.server.room;

import dev.parley.protocol.codec.MessageCodec;
import dev.parley.protocol.message.ErrorCode;
import dev.parley.protocol.message.ServerMessage;
import dev.parley.protocol.message.ServerMessage.ProtocolError;
import dev.parley.server.ServerConfig;

/** Answers a session: encodes a message and queues it on the session's connection. */
final class Replies {

    private final MessageCodec codec;
    private final LimitTrips trips;

    Replies(MessageCodec codec, LimitTrips trips) {
        this.codec = codec;
        this.trips = trips;
    }

    /** Sends; the {@link ServerConfig#MAX_ERRORS_BEFORE_LOGIN}th error to a stranger is its last message. */
    void send(Session s, ServerMessage message) {
        if (message instanceof ProtocolError error
                && !s.loggedIn()
                && ++s.errorsBeforeLogin >= ServerConfig.MAX_ERRORS_BEFORE_LOGIN) {
            sendAndClose(s, message);
            tripped(s, error.code());
            return;
        }
        s.connection.send(codec.encode(message));
    }

    /** Sends a last message; the connection closes once it is out. */
    void sendAndClose(Session s, ServerMessage message) {
        s.connection.sendAndClose(codec.encode(message));
    }

    /** A limit refused this session: the host's list of who tripped what hears of it. */
    void tripped(Session s, ErrorCode code) {
        tripped(s, code.wireName());
    }

    void tripped(Session s, String code) {
        trips.tripped(s.connection.address(), s.name(), code);
    }

    /** Refuses a request with an {@code error}, and tells the trips. */
    void refuse(Session s, ErrorCode code, String message) {
        send(s, new ProtocolError(code, message));
        tripped(s, code);
    }

    /** Refuses with a last {@code error}, then closes, and tells the trips. */
    void refuseAndClose(Session s, ErrorCode code, String message) {
        sendAndClose(s, new ProtocolError(code, message));
        tripped(s, code);
    }

    MessageCodec codec() {
        return codec;
    }
}
