package dev.parley.server.room;

import dev.parley.protocol.codec.MessageCodec;
import dev.parley.protocol.message.ServerMessage;

/** Answers a session: encodes a message and queues it on the session's connection. */
final class Replies {

    private final MessageCodec codec;

    Replies(MessageCodec codec) {
        this.codec = codec;
    }

    void send(Session s, ServerMessage message) {
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
