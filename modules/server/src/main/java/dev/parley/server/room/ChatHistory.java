package dev.parley.server.room;

import dev.parley.protocol.MessageLimits;
import dev.parley.protocol.codec.MessageCodec;
import dev.parley.protocol.message.ServerMessage.ChatMessage;
import dev.parley.protocol.message.ServerMessage.History;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The room's last chat lines, oldest first, at most {@code size} of them. Lines are added under the room's lock, in
 * the order everyone saw them, so the history a newcomer gets (also under that lock) joins the live broadcast with
 * nothing missing and nothing twice. Adding only touches memory; {@link HistoryFile} saves it elsewhere, later.
 * Not thread-safe on its own: the room's lock guards it, and {@link #copy()} hands the saver a snapshot.
 */
final class ChatHistory {

    /** Room left in a history message for its type and brackets. */
    private static final int ENVELOPE_BYTES = 64;

    private final int size;
    private final MessageCodec codec;
    private final ArrayDeque<Entry> lines;
    private long encodedBytes;
    private byte[] encoded;
    private long version;

    private record Entry(ChatMessage line, int bytes) {}

    ChatHistory(int size, MessageCodec codec, List<ChatMessage> initial) {
        if (size < 0) {
            throw new IllegalArgumentException("size must be 0 or more");
        }
        this.size = size;
        this.codec = codec;
        this.lines = new ArrayDeque<>(Math.min(size, 1024));
        initial.forEach(line -> add(line, codec.encode(line).length));
        version = 0;
    }

    boolean isOn() {
        return size > 0;
    }

    int size() {
        return size;
    }

    /**
     * Keeps a line that was just broadcast, dropping the oldest beyond {@code size}.
     *
     * @param broadcastBytes the size of its broadcast, which is a little more than it takes in a history message
     */
    void add(ChatMessage line, int broadcastBytes) {
        if (size == 0) {
            return;
        }
        int bytes = broadcastBytes;
        lines.addLast(new Entry(line, bytes));
        encodedBytes += bytes;
        // The history message must fit in what every client reads: past that, the oldest lines go first.
        while (lines.size() > size || encodedBytes + ENVELOPE_BYTES > MessageLimits.MAX_SERVER_MESSAGE_BYTES) {
            encodedBytes -= lines.removeFirst().bytes();
        }
        encoded = null;
        version++;
    }

    /** The history message a newcomer gets, encoded once until the next line comes. */
    byte[] encoded() {
        if (encoded == null) {
            encoded = codec.encode(message());
        }
        return encoded;
    }

    History message() {
        return new History(copy());
    }

    List<ChatMessage> copy() {
        var out = new ArrayList<ChatMessage>(lines.size());
        lines.forEach(e -> out.add(e.line()));
        return out;
    }

    /** Counts the changes, so a saver can tell whether what it wrote is still the latest. */
    long version() {
        return version;
    }
}
