package dev.parley.server.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.codec.MessageCodec;
import dev.parley.protocol.message.ServerMessage.ChatMessage;
import dev.parley.testsupport.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryFileTest {

    private static final Instant T = Instant.parse("2026-11-27T05:31:02Z");

    @TempDir
    Path dir;

    private final MessageCodec codec = new MessageCodec();

    @Test
    void writesAndReadsBackLeavingNoTemporaryFile() throws Exception {
        var file = new HistoryFile(dir.resolve("history.json"), codec);
        var lines =
                List.of(new ChatMessage("ann", "hi \"there\"\n😀", T), new ChatMessage("bob", "yo", T.plusSeconds(1)));
        file.write(lines);
        file.write(lines); // over an existing file
        assertThat(file.read()).isEqualTo(lines);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("history.json");
        }
    }

    @Test
    void whatACrashLeftBesideTheFileIsDeleted() throws Exception {
        Files.writeString(dir.resolve(".history.json.123.tmp"), "half");
        Files.writeString(dir.resolve("other.tmp"), "not ours");
        new HistoryFile(dir.resolve("history.json"), codec).deleteLeftovers();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("other.tmp");
        }
    }

    @Test
    void noFileIsNoHistory() throws Exception {
        assertThat(new HistoryFile(dir.resolve("history.json"), codec).read()).isEmpty();
    }

    @Test
    void aTornOrForeignFileIsUnreadableAndCanBeSetAside() throws Exception {
        Path path = dir.resolve("history.json");
        var file = new HistoryFile(path, codec);
        for (String content : List.of("{\"type\":\"history\",\"messages\":[{\"fr", "{\"type\":\"banned\"}", "\0\0\0")) {
            Files.writeString(path, content);
            assertThatThrownBy(file::read).isInstanceOf(HistoryFile.Unreadable.class);
        }
        Path aside = file.setAside(MutableClock.at(T));
        assertThat(aside.getFileName().toString()).isEqualTo("history.json.corrupt-20261127-053102");
        assertThat(path).doesNotExist();
        assertThat(aside).exists();
    }

    @Test
    void theSaverWritesWithinItsDelayAndWhatIsLeftAtClose() throws Exception {
        Path path = dir.resolve("history.json");
        var file = new HistoryFile(path, codec);
        var history = new ChatHistory(10, codec, List.of());
        Object lock = new Object();
        var saver = new HistorySaver(
                file,
                () -> {
                    synchronized (lock) {
                        return new HistorySaver.Snapshot(history.version(), history.copy());
                    }
                },
                Duration.ofMillis(50),
                0);
        try {
            var first = new ChatMessage("a", "1", T);
            synchronized (lock) {
                history.add(first, codec.encode(first).length);
            }
            saver.changed();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!Files.exists(path) && System.nanoTime() < deadline) {
                Thread.onSpinWait();
                Thread.sleep(10);
            }
            assertThat(file.read()).containsExactly(first);

            var second = new ChatMessage("a", "2", T);
            synchronized (lock) {
                history.add(second, codec.encode(second).length);
            }
        } finally {
            saver.close(); // without changed(): close saves what the file lacks
        }
        assertThat(file.read()).extracting(ChatMessage::message).containsExactly("1", "2");
    }
}
