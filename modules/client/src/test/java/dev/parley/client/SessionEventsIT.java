package dev.parley.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.message.ServerMessage;
import dev.parley.protocol.message.ServerMessage.ChatMessage;
import dev.parley.protocol.message.ServerMessage.ProtocolError;
import dev.parley.protocol.message.ServerMessage.UserNotification;
import java.net.InetAddress;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What reaches the listeners around logins and requests, against a scripted room: nothing falls between two
 * listeners, errors that are not an answer are events, and a failing listener harms nobody.
 */
class SessionEventsIT {

    private static final String HOST = InetAddress.getLoopbackAddress().getHostAddress();
    private static final String LOGGED_IN = "{\"type\":\"login\",\"success\":\"true\"}\n";
    private static final String GUS_JOINED = "{\"type\":\"user_notification\",\"user\":\"gus\",\"status\":\"true\"}\n";
    private static final String ANN_SAYS_HI = "{\"type\":\"message\",\"from\":\"ann\",\"message\":\"hi\"}\n";
    private static final String ONLINE =
            "{\"type\":\"userlist\",\"users\":[\"ann\",\"gus\"],\"onlinetype\":\"true\"}\n";

    @Test
    void eventsRightAfterTheLoginWaitForTheListenerThatComesNext() throws Exception {
        try (var room = new FakeRoom()) {
            ParleyClient c = ParleyClient.connectPlain(HOST, room.port());
            var dialog = new RecordingListener();
            c.addListenerUntilLoggedIn(dialog);

            var login = c.guest("gus");
            room.awaitRequest("\"guest\"");
            room.write(LOGGED_IN + GUS_JOINED + ANN_SAYS_HI);
            assertThat(login.get(10, TimeUnit.SECONDS)).isEqualTo(new AuthResult.LoggedIn("gus"));
            answerUserList(c, room); // the reader has passed both events before the chat window comes

            var chat = new RecordingListener();
            c.addListener(chat);

            assertThat(chat.next()).isEqualTo(new UserNotification("gus", true));
            assertThat(chat.next()).isEqualTo(new ChatMessage("ann", "hi"));
            assertThat(dialog.heardNothing())
                    .as("the login dialog heard nothing after the login")
                    .isTrue();
        }
    }

    @Test
    void eventsWithNobodyListeningWaitForTheNextListener() throws Exception {
        try (var room = new FakeRoom()) {
            ParleyClient c = ParleyClient.connectPlain(HOST, room.port());
            var login = c.guest("gus");
            room.awaitRequest("\"guest\"");
            room.write(LOGGED_IN + ANN_SAYS_HI);
            login.get(10, TimeUnit.SECONDS);
            answerUserList(c, room);

            var late = new RecordingListener();
            c.addListener(late);

            assertThat(late.next()).isEqualTo(new ChatMessage("ann", "hi"));
        }
    }

    @Test
    void aKickDuringAUserListReachesTheListenersAndTheRequestFailsWithTheConnection() throws Exception {
        try (var room = new FakeRoom()) {
            var hears = new RecordingListener();
            ParleyClient c = loggedInGuest(room, hears);

            var list = c.users(true);
            room.awaitRequest("\"userlist\"");
            room.write(
                    "{\"type\":\"error\",\"code\":\"kicked\",\"message\":\"The host removed you from the room.\"}\n");

            assertThat(hears.await(ProtocolError.class).code()).isEqualTo("kicked");
            room.hangUp();
            assertThatThrownBy(() -> list.get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(ConnectionLostException.class);
        }
    }

    @Test
    void anErrorThatAnswersTheRequestIsItsAnswerAndNotAnEvent() throws Exception {
        try (var room = new FakeRoom()) {
            var hears = new RecordingListener();
            ParleyClient c = loggedInGuest(room, hears);

            var list = c.users(true);
            room.awaitRequest("\"userlist\"");
            room.write("{\"type\":\"error\",\"code\":\"not_logged_in\",\"message\":\"Log in first.\"}\n" + ANN_SAYS_HI);

            assertThatThrownBy(() -> list.get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Log in first.");
            assertThat(hears.next()).isEqualTo(new ChatMessage("ann", "hi"));
        }
    }

    @Test
    void aListenerThatThrowsNeitherEndsTheConnectionNorSilencesTheOthers() throws Exception {
        try (var room = new FakeRoom()) {
            ParleyClient c = ParleyClient.connectPlain(HOST, room.port());
            c.addListener(new ClientListener() {
                @Override
                public void onMessage(ServerMessage message) {
                    throw new IllegalStateException("a listener with a bug");
                }

                @Override
                public void onDisconnected(String reason) {
                    throw new IllegalStateException("a listener with a bug");
                }
            });
            var hears = new RecordingListener();
            c.addListener(hears);

            room.write(ANN_SAYS_HI + ANN_SAYS_HI);

            assertThat(hears.next()).isEqualTo(new ChatMessage("ann", "hi"));
            assertThat(hears.next()).isEqualTo(new ChatMessage("ann", "hi"));
            var login = c.guest("gus");
            room.awaitRequest("\"guest\"");
            room.write(LOGGED_IN);
            assertThat(login.get(10, TimeUnit.SECONDS)).isEqualTo(new AuthResult.LoggedIn("gus"));
            assertThat(c.isConnected()).isTrue();
        }
    }

    private static ParleyClient loggedInGuest(FakeRoom room, RecordingListener hears) throws Exception {
        ParleyClient c = ParleyClient.connectPlain(HOST, room.port());
        c.addListener(hears);
        var login = c.guest("gus");
        room.awaitRequest("\"guest\"");
        room.write(LOGGED_IN);
        login.get(10, TimeUnit.SECONDS);
        return c;
    }

    /** Asks for the user list and answers it: once the answer is in, the client has read all that came before. */
    private static void answerUserList(ParleyClient c, FakeRoom room) throws Exception {
        var list = c.users(true);
        room.awaitRequest("\"userlist\"");
        room.write(ONLINE);
        list.get(10, TimeUnit.SECONDS);
    }
}
