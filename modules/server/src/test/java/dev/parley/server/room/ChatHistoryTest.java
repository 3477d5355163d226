package dev.parley.server.room;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.MessageLimits;
import dev.parley.protocol.codec.MessageCodec;
import dev.parley.protocol.message.ServerMessage.ChatMessage;
import dev.parley.protocol.message.ServerMessage.History;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChatHistoryTest {

    private static final Instant T = Instant.parse("2026-11-27T05:31:02Z");
    private final MessageCodec codec = new MessageCodec();

    private void add(ChatHistory history, ChatMessage line) {
        history.add(line, codec.encode(line).length);
    }

    @Test
    void keepsTheLastLinesOldestFirst() {
        var history = new ChatHistory(2, codec, List.of());
        add(history, new ChatMessage("a", "1", T));
        add(history, new ChatMessage("a", "2", T));
        add(history, new ChatMessage("a", "3", T));
        assertThat(history.copy()).extracting(ChatMessage::message).containsExactly("2", "3");
    }

    @Test
    void sizeZeroKeepsNothing() {
        var history = new ChatHistory(0, codec, List.of(new ChatMessage("a", "old", T)));
        add(history, new ChatMessage("a", "1", T));
        assertThat(history.isOn()).isFalse();
        assertThat(history.copy()).isEmpty();
        assertThat(history.version()).isZero();
    }

    @Test
    void startsFromWhatWasSavedCutToTheSize() {
        var saved = List.of(new ChatMessage("a", "1", T), new ChatMessage("a", "2", T), new ChatMessage("a", "3", T));
        var history = new ChatHistory(2, codec, saved);
        assertThat(history.copy()).extracting(ChatMessage::message).containsExactly("2", "3");
        assertThat(history.version()).as("nothing new to save").isZero();
    }

    @Test
    void theEncodedMessageFollowsEachNewLine() throws Exception {
        var history = new ChatHistory(5, codec, List.of());
        byte[] empty = history.encoded();
        assertThat(codec.decodeServerMessage(empty, 0, empty.length)).isEqualTo(new History(List.of()));
        add(history, new ChatMessage("a", "1", T));
        byte[] one = history.encoded();
        assertThat(codec.decodeServerMessage(one, 0, one.length))
                .isEqualTo(new History(List.of(new ChatMessage("a", "1", T))));
        assertThat(history.version()).isEqualTo(1);
    }

    @Test
    void theHistoryMessageAlwaysFitsWhatAClientReads() {
        var history = new ChatHistory(10_000, codec, List.of());
        String big = "x".repeat(200_000);
        for (int i = 0; i < 12; i++) {
            add(history, new ChatMessage("a", big, T));
        }
        assertThat(history.encoded().length).isLessThanOrEqualTo(MessageLimits.MAX_SERVER_MESSAGE_BYTES);
        assertThat(history.copy()).hasSizeBetween(4, 5);
    }
}
