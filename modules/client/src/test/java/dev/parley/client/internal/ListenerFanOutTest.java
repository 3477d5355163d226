package dev.parley.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.ClientListener;
import dev.parley.protocol.message.ServerMessage;
import dev.parley.protocol.message.ServerMessage.ChatMessage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListenerFanOutTest {

    private final ListenerFanOut fanOut = new ListenerFanOut();

    /** Everything a listener heard, as text, in order. */
    private static final class Heard implements ClientListener {
        final List<String> items = new ArrayList<>();

        @Override
        public void onMessage(ServerMessage message) {
            items.add(((ChatMessage) message).message());
        }

        @Override
        public void onDisconnected(String reason) {
            items.add("end: " + reason);
        }
    }

    private static ChatMessage line(String text) {
        return new ChatMessage("ann", text);
    }

    @Test
    void eventsWithNobodyAttachedGoFirstToTheNextListener() {
        var first = new Heard();
        fanOut.add(first);
        fanOut.publish(line("1"), 10);
        fanOut.remove(first);
        fanOut.publish(line("2"), 10);
        fanOut.publish(line("3"), 10);

        var next = new Heard();
        fanOut.add(next);
        fanOut.publish(line("4"), 10);
        var after = new Heard();
        fanOut.add(after);
        fanOut.publish(line("5"), 10);

        assertThat(first.items).containsExactly("1");
        assertThat(next.items).containsExactly("2", "3", "4", "5");
        assertThat(after.items).as("held events go to one listener only").containsExactly("5");
    }

    @Test
    void aListenerUntilLoggedInStepsAsideAtTheLogin() {
        var dialog = new Heard();
        var headless = new Heard();
        fanOut.addUntilLoggedIn(dialog);
        fanOut.publish(line("before"), 10);
        fanOut.loggedIn();
        fanOut.publish(line("after"), 10);
        fanOut.add(headless);
        fanOut.publish(line("later"), 10);

        assertThat(dialog.items).containsExactly("before");
        assertThat(headless.items).containsExactly("after", "later");
    }

    @Test
    void aListenerKeptThroughTheLoginHearsOnAndNothingIsHeld() {
        var headless = new Heard();
        fanOut.add(headless);
        fanOut.loggedIn();
        fanOut.publish(line("after"), 10);
        var next = new Heard();
        fanOut.add(next);

        assertThat(headless.items).containsExactly("after");
        assertThat(next.items).isEmpty();
    }

    @Test
    void everyListenerHearsTheEndOnceEvenWhenAttachedAfterIt() {
        var before = new Heard();
        fanOut.add(before);
        fanOut.end("gone");
        var after = new Heard();
        fanOut.add(after);

        assertThat(before.items).containsExactly("end: gone");
        assertThat(after.items).containsExactly("end: gone");
    }

    @Test
    void eventsAndTheEndWithNobodyAttachedWaitInOrder() {
        fanOut.publish(line("1"), 10);
        fanOut.end("gone");
        var late = new Heard();
        fanOut.add(late);
        assertThat(late.items).containsExactly("1", "end: gone");
    }

    @Test
    void aThrowingListenerIsSkippedAndTheOthersHearOn() {
        var broken = new ClientListener() {
            @Override
            public void onMessage(ServerMessage message) {
                throw new IllegalStateException("bug");
            }

            @Override
            public void onDisconnected(String reason) {
                throw new IllegalStateException("bug");
            }
        };
        var fine = new Heard();
        fanOut.add(broken);
        fanOut.add(fine);
        fanOut.publish(line("1"), 10);
        fanOut.publish(line("2"), 10);
        fanOut.end("gone");
        assertThat(fine.items).containsExactly("1", "2", "end: gone");
    }

    @Test
    void aListenerMayAttachAnotherWhileHearingAndOrderHolds() {
        var second = new Heard();
        var first = new ClientListener() {
            @Override
            public void onMessage(ServerMessage message) {
                fanOut.remove(this);
                fanOut.add(second);
            }

            @Override
            public void onDisconnected(String reason) {}
        };
        fanOut.add(first);
        fanOut.publish(line("1"), 10);
        fanOut.publish(line("2"), 10);
        assertThat(second.items).containsExactly("2");
    }

    @Test
    void heldEventsAreBoundedDroppingTheOldest() {
        for (int i = 0; i < ListenerFanOut.MAX_HELD_EVENTS + 5; i++) {
            fanOut.publish(line(Integer.toString(i)), 1);
        }
        var late = new Heard();
        fanOut.add(late);
        assertThat(late.items)
                .hasSize(ListenerFanOut.MAX_HELD_EVENTS)
                .startsWith("5")
                .endsWith(Integer.toString(ListenerFanOut.MAX_HELD_EVENTS + 4));
    }
}
