package dev.parley.server.room;

import dev.parley.protocol.codec.MessageCodec;
import dev.parley.protocol.message.ServerMessage;
import dev.parley.protocol.message.ServerMessage.ProtocolError;
import dev.parley.server.ServerConfig;

/** Answers a session: encodes a message and queues it on the session's connection. */
final class Replies {

    private final MessageCodec codec;

    Replies(MessageCodec codec) {
        this.codec = codec;
    }

    /** Sends; the {@link ServerConfig#MAX_ERRORS_BEFORE_LOGIN}th error to a stranger is its last message. */
    void send(Session s, ServerMessage message) {
        if (message instanceof ProtocolError
                && !s.loggedIn()
                && ++s.errorsBeforeLogin >= ServerConfig.MAX_ERRORS_BEFORE_LOGIN) {
            sendAndClose(s, message);
            return;
        }
        s.connection.send(codec.encode(message));
    }

    /** Sends a last message; the connection closes once it is out. */
    void sendAndClose(Session s, ServerMessage message) {
        s.connection.sendAndClose(codec.encode(message));
    }

    MessageCodec codec() {
        return codec;
    }
}
