package dev.parley.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.ChatLine;
import dev.parley.client.MessageDetails;
import dev.parley.client.RoomInfo;
import dev.parley.protocol.message.ErrorCode;
import dev.parley.protocol.message.ServerMessage;
import dev.parley.protocol.message.ServerMessage.ChatMessage;
import dev.parley.protocol.message.ServerMessage.ProtocolError;
import dev.parley.protocol.message.ServerMessage.Shutdown;
import dev.parley.protocol.message.ServerMessage.TypingNotice;
import dev.parley.protocol.message.ServerMessage.UserNotification;
import dev.parley.ui.common.RoomEnding;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoomEventDispatcherTest {

    private final List<String> calls = new ArrayList<>();

    @Test
    void eachEventBecomesOneCallOnTheView() {
        var dispatcher = new RoomEventDispatcher(new RecordingView(), false);

        dispatcher.dispatch(new ChatMessage("alice", "hi"));
        dispatcher.dispatch(new UserNotification("bob", true));
        dispatcher.dispatch(new UserNotification("bob", false));
        dispatcher.dispatch(new TypingNotice("carol", true));
        dispatcher.dispatch(new ProtocolError(ErrorCode.EMPTY_MESSAGE, "say something"));

        assertThat(calls)
                .containsExactly(
                        "said alice: hi", "joined bob", "left bob", "typing carol true", "problem Room: say something");
    }

    @Test
    void aShutdownClosesTheRoomForAGuestAsTheHostsDoing() {
        new RoomEventDispatcher(new RecordingView(), false).dispatch(new Shutdown());

        assertThat(calls).containsExactly("ended The room was closed by its host.");
    }

    @Test
    void aShutdownOnTheHostingInstanceIsTheHostsOwnStop() {
        new RoomEventDispatcher(new RecordingView(), true).dispatch(new Shutdown());

        assertThat(calls).containsExactly("ended " + RoomEnding.stoppedByYou().text());
    }

    @Test
    void beingKickedOrBannedEndsTheSession() {
        var dispatcher = new RoomEventDispatcher(new RecordingView(), false);

        dispatcher.dispatch(new ProtocolError(ErrorCode.KICKED, "kicked"));
        dispatcher.dispatch(new ServerMessage.Banned());

        assertThat(calls)
                .containsExactly("ended The host removed you from the room.", "ended You are banned from this room.");
    }

    @Test
    void theLimitsThatCloseTheConnectionEachEndTheSessionInWords() {
        var dispatcher = new RoomEventDispatcher(new RecordingView(), false);

        for (ErrorCode code : List.of(
                ErrorCode.LOGIN_TIMEOUT,
                ErrorCode.TOO_MANY_CONNECTIONS,
                ErrorCode.TOO_MANY_NEW_CONNECTIONS,
                ErrorCode.SERVER_FULL,
                ErrorCode.FLOODING)) {
            dispatcher.dispatch(new ProtocolError(code, "the room's own words"));
        }

        assertThat(calls)
                .hasSize(5)
                .allSatisfy(call -> assertThat(call).startsWith("ended ").doesNotContain("the room's own words"))
                .doesNotHaveDuplicates();
        assertThat(calls.get(4)).contains("far faster than it allows");
    }

    @Test
    void aRateLimitIsAProblemAndTheSessionGoesOn() {
        new RoomEventDispatcher(new RecordingView(), false)
                .dispatch(new ProtocolError(ErrorCode.RATE_LIMITED, "Slow down"));

        assertThat(calls).containsExactly("problem Room: Slow down");
    }

    @Test
    void theRoomsTimeTheHostsReasonsAndRemovalsReachTheView() {
        var dispatcher = new RoomEventDispatcher(new RecordingView(), false);
        Instant noon = Instant.parse("2026-11-27T12:00:00Z");

        dispatcher.dispatch(new ChatMessage("alice", "hi"), new MessageDetails(noon, null, null, null));
        dispatcher.dispatch(new UserNotification("bob", false), new MessageDetails(null, null, null, "kicked"));
        dispatcher.dispatch(
                new ProtocolError(ErrorCode.KICKED, "kicked"), new MessageDetails(null, "Spam", null, null));
        dispatcher.dispatch(new ServerMessage.Banned(), new MessageDetails(null, "Rude", noon, null));

        assertThat(calls.subList(0, 3))
                .containsExactly(
                        "said alice: hi at 2026-11-27T12:00:00Z",
                        "removed bob",
                        "ended The host removed you from the room. Reason: Spam");
        assertThat(calls.get(3))
                .startsWith("ended You are banned from this room until 27 Nov 2026, ")
                .endsWith(". Reason: Rude");
    }

    @Test
    void messagesAWindowHasNoUseForAreIgnored() {
        new RoomEventDispatcher(new RecordingView(), false).dispatch(new ServerMessage.Salt("abc"));

        assertThat(calls).isEmpty();
    }

    private final class RecordingView implements RoomEventDispatcher.RoomView {
        @Override
        public void said(String from, String text, Instant time) {
            calls.add("said " + from + ": " + text + (time != null ? " at " + time : ""));
        }

        @Override
        public void described(RoomInfo room) {
            calls.add("room " + room.name());
        }

        @Override
        public void history(List<ChatLine> lines) {
            calls.add("history " + lines);
        }

        @Override
        public void joined(String user) {
            calls.add("joined " + user);
        }

        @Override
        public void left(String user, boolean removed) {
            calls.add((removed ? "removed " : "left ") + user);
        }

        @Override
        public void typing(String user, boolean typing) {
            calls.add("typing " + user + " " + typing);
        }

        @Override
        public void problem(String text) {
            calls.add("problem " + text);
        }

        @Override
        public void ended(RoomEnding ending) {
            calls.add("ended " + ending.text());
        }
    }
}
