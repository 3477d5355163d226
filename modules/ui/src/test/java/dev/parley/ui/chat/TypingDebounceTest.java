package dev.parley.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

/** Each step runs on the event thread as a key press would; what it queued has run before the next step. */
class TypingDebounceTest {

    private final List<Boolean> told = new CopyOnWriteArrayList<>();
    private JTextField box;
    private TypingDebounce debounce;

    @Test
    void theRoomIsToldOncePerStartAndStopNotPerKey() throws Exception {
        open(60_000, told::add);

        for (String text : List.of("h", "he", "hel", "", "again")) {
            step(() -> box.setText(text));
        }

        assertThat(told).containsExactly(true, false, true);
    }

    @Test
    void replacingTheTextIsNotAStopAndAStart() throws Exception {
        open(60_000, told::add);
        step(() -> box.setText("draft"));

        step(() -> {
            box.selectAll();
            box.replaceSelection("pasted over");
        });

        assertThat(told).containsExactly(true);
    }

    @Test
    void sendingAMessageStopsTypingOnce() throws Exception {
        open(60_000, told::add);
        step(() -> box.setText("hello"));

        step(() -> {
            box.setText("");
            debounce.sent();
        });

        assertThat(told).containsExactly(true, false);
    }

    @Test
    void nothingIsToldOnceStopped() throws Exception {
        open(60_000, told::add);

        step(() -> debounce.stop());
        step(() -> box.setText("hello"));

        assertThat(told).isEmpty();
    }

    @Test
    void aPauseWithoutKeysStopsTyping() throws Exception {
        var twoCalls = new CountDownLatch(2);
        open(50, now -> {
            told.add(now);
            twoCalls.countDown();
        });

        step(() -> box.setText("hello"));

        assertThat(twoCalls.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(told).containsExactly(true, false);
    }

    private void open(int idleMillis, Consumer<Boolean> tell) throws Exception {
        step(() -> {
            box = new JTextField();
            debounce = new TypingDebounce(box, idleMillis, tell);
        });
    }

    private static void step(Runnable action) throws Exception {
        SwingUtilities.invokeAndWait(action);
        SwingUtilities.invokeAndWait(() -> {});
    }
}
