package dev.parley.ui;

import static dev.parley.ui.UiDriver.await;
import static dev.parley.ui.UiDriver.awaitContains;
import static dev.parley.ui.UiDriver.focused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.AuthResult;
import dev.parley.client.ParleyClient;
import dev.parley.testroom.RunningRoom;
import dev.parley.ui.chat.ChatWindow;
import dev.parley.ui.prefs.UiPreferences;
import java.awt.event.KeyEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JFileChooserFinder;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chat window over a session's life (docs/protocol.md, the messages beyond the spec): the room's name and
 * history, the read-only window with Rejoin when the room ends, reconnecting by itself after a drop, the ban's
 * reason and end, removals by the host, and saving the conversation.
 */
class ChatWindowSessionIT {

    private static final String ROOM = "{\"type\":\"room\",\"name\":\"Book club\",\"version\":\"1.4.0\","
            + "\"max_message_chars\":\"4000\",\"history\":\"200\",\"tls\":\"false\"}\n";
    private static final String HISTORY = "{\"type\":\"history\",\"messages\":["
            + "{\"from\":\"bob\",\"message\":\"first\",\"time\":\"2026-11-27T05:31:02Z\"},"
            + "{\"from\":\"cat\",\"message\":\"second\",\"time\":\"2026-11-27T05:32:00Z\"}]}\n";

    @TempDir
    Path dir;

    @RegisterExtension
    final UiDriver ui = new UiDriver();

    @Test
    void theRoomsNameAndHistoryAboveTheDividerThenLiveMessagesWithTheRoomsTimes() throws Exception {
        try (var room = new ScriptedRoom(ROOM + HISTORY)) {
            FrameFixture amy = open(loggedIn(ParleyClient.connectPlain("127.0.0.1", room.port())));

            awaitContains(() -> amy.textBox("messages").text(), "New since you joined");
            room.sendToAll(
                    "{\"type\":\"message\",\"from\":\"bob\",\"message\":\"live\",\"time\":\"2026-11-27T06:00:00Z\"}");
            awaitContains(() -> amy.textBox("messages").text(), "bob: live");

            String text = amy.textBox("messages").text();
            assertThat(text)
                    .contains(at("2026-11-27T05:31:02Z") + "bob: first")
                    .contains(at("2026-11-27T06:00:00Z") + "bob: live");
            assertThat(text.indexOf("cat: second"))
                    .isGreaterThan(text.indexOf("bob: first"))
                    .isLessThan(text.indexOf("New since you joined"));
            assertThat(text.indexOf("New since you joined")).isLessThan(text.indexOf("You joined Book club"));
            assertThat(text.indexOf("You joined Book club")).isLessThan(text.indexOf("bob: live"));
            assertThat(amy.target().getTitle()).isEqualTo("Parley: Book club (amy)");
            assertThat(amy.label("statusLine").text()).contains("Room \"Book club\"");
        }
    }

    @Test
    void someoneTheHostRemovedIsSaidToBeRemovedNotToHaveLeft() throws Exception {
        try (var room = new ScriptedRoom(ROOM)) {
            FrameFixture amy = open(loggedIn(ParleyClient.connectPlain("127.0.0.1", room.port())));

            room.sendToAll(
                    "{\"type\":\"user_notification\",\"user\":\"dan\",\"status\":\"false\",\"removed\":\"kicked\"}");
            room.sendToAll("{\"type\":\"user_notification\",\"user\":\"eve\",\"status\":\"false\"}");

            awaitContains(() -> amy.textBox("messages").text(), "eve left");
            assertThat(amy.textBox("messages").text())
                    .contains("dan was removed by the host")
                    .doesNotContain("dan left");
        }
    }

    @Test
    void theBannedSeeTheReasonAndTheEndInAWindowThatStaysOpen() throws Exception {
        try (var room = new ScriptedRoom(ROOM)) {
            FrameFixture amy = open(loggedIn(ParleyClient.connectPlain("127.0.0.1", room.port())));
            room.sendToAll("{\"type\":\"message\",\"from\":\"bob\",\"message\":\"said before\"}");
            awaitContains(() -> amy.textBox("messages").text(), "bob: said before");

            room.sendToAll("{\"type\":\"banned\",\"reason\":\"Rude to everyone\",\"until\":\"2026-11-28T05:31:02Z\"}");

            String until = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
                    .format(Instant.parse("2026-11-28T05:31:02Z").atZone(ZoneId.systemDefault()));
            assertThat(ui.bannerText("notice-amy", amy.target()))
                    .isEqualTo("Banned: You are banned from this room until " + until + ". Reason: Rude to everyone");
            assertThat(amy.target().isShowing()).isTrue();
            amy.textBox("messageField").requireDisabled();
            amy.button("send").requireDisabled();
            assertThat(amy.textBox("messages").text()).contains("bob: said before");
        }
    }

    @Test
    void aDroppedConnectionComesBackInTheSameWindowAndTheHistoryFillsOnlyTheGap() throws Exception {
        try (var room = new ScriptedRoom(ROOM + HISTORY)) {
            FrameFixture amy = open(loggedIn(ParleyClient.connectPlain("127.0.0.1", room.port())));
            awaitContains(() -> amy.textBox("messages").text(), "New since you joined");

            room.dropAll();

            awaitContains(() -> amy.textBox("messages").text(), "Back in Book club");
            awaitContains(() -> amy.label("statusLine").text(), "Connected");
            String text = amy.textBox("messages").text();
            assertThat(text.split("bob: first", -1)).as("shown once").hasSize(2);
            assertThat(text.split("New since you joined", -1)).hasSize(2);
            amy.textBox("messageField").requireEnabled();
        }
    }

    @Test
    void afterTheHostStopsTheRoomTheWindowStaysAndRejoinsWhenTheRoomIsBack() throws Exception {
        RunningRoom room = RunningRoom.in(dir).keepingIdentity().start();
        int port = room.port();
        var client = ParleyClient.connect(RunningRoom.LOOPBACK, port);
        assertThat(client.register("amy", "pw-amy".toCharArray()).get(10, TimeUnit.SECONDS))
                .isEqualTo(new AuthResult.LoggedIn("amy"));
        FrameFixture amy = open(client);
        focused(amy).textBox("messageField").enterText("before the stop").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        awaitContains(() -> amy.textBox("messages").text(), "amy: before the stop");

        room.close();

        assertThat(ui.bannerText("notice-amy", amy.target()))
                .isEqualTo("Room closed: The room was closed by its host.");
        amy.textBox("messageField").requireDisabled();
        assertThat(amy.textBox("messages").text()).contains("amy: before the stop");

        try (RunningRoom again = RunningRoom.in(dir)
                .keepingIdentity()
                .configured(c -> c.port(port))
                .start()) {
            assertThat(again.port()).isEqualTo(port);
            amy.panel("notice-amy").button("rejoin").click();

            awaitContains(() -> amy.textBox("messages").text(), "Back in");
            await("banner gone", () -> !UiDriver.showing(amy.target(), "notice-amy"));
            focused(amy).textBox("messageField").enterText("after the rejoin").pressAndReleaseKeys(KeyEvent.VK_ENTER);
            awaitContains(() -> amy.textBox("messages").text(), "amy: after the rejoin");
            assertThat(amy.textBox("messages").text()).contains("amy: before the stop");
        }
    }

    @Test
    void afterTheRoomsProcessIsKilledTheWindowReconnectsByItselfWhenItIsBackOnTheSamePort() throws Exception {
        try (RunningRoom room = RunningRoom.in(dir).keepingIdentity().start();
                var proxy = new DroppingProxy(room.address())) {
            var client = ParleyClient.connect(RunningRoom.LOOPBACK, proxy.port());
            assertThat(client.register("amy", "pw-amy".toCharArray()).get(10, TimeUnit.SECONDS))
                    .isEqualTo(new AuthResult.LoggedIn("amy"));
            FrameFixture amy = open(client);

            proxy.kill();

            awaitContains(() -> amy.label("statusLine").text(), "Reconnecting… (attempt 2)");
            amy.textBox("messageField").requireDisabled();
            proxy.restart();

            awaitContains(() -> amy.textBox("messages").text(), "Back in");
            awaitContains(() -> amy.label("statusLine").text(), "Connected");
            focused(amy).textBox("messageField").enterText("still here").pressAndReleaseKeys(KeyEvent.VK_ENTER);
            awaitContains(() -> amy.textBox("messages").text(), "amy: still here");
        }
    }

    @Test
    void saveConversationWritesWhatTheWindowShowsAsPlainText() throws Exception {
        try (var room = new ScriptedRoom(ROOM + HISTORY)) {
            FrameFixture amy = open(loggedIn(ParleyClient.connectPlain("127.0.0.1", room.port())));
            awaitContains(() -> amy.textBox("messages").text(), "New since you joined");

            focused(amy).menuItemWithPath("Room", "Save conversation…").click();
            var chooser = JFileChooserFinder.findFileChooser("saveConversationChooser")
                    .withTimeout(15, TimeUnit.SECONDS)
                    .using(ui.robot());
            chooser.setCurrentDirectory(dir.toFile());
            chooser.fileNameTextBox().setText("talk.txt");
            chooser.approve();

            Path saved = dir.resolve("talk.txt");
            awaitContains(() -> amy.textBox("messages").text(), "Conversation saved to");
            assertThat(Files.readString(saved, StandardCharsets.UTF_8))
                    .contains(at("2026-11-27T05:31:02Z") + "bob: first")
                    .contains("New since you joined");
        }
    }

    private static ParleyClient loggedIn(ParleyClient client) throws Exception {
        assertThat(client.login("amy", "pw-amy".toCharArray()).get(10, TimeUnit.SECONDS))
                .isEqualTo(new AuthResult.LoggedIn("amy"));
        return client;
    }

    private FrameFixture open(ParleyClient client) {
        var prefs = new UiPreferences(ui.prefs());
        ChatWindow window = GuiActionRunner.execute(() -> {
            var w = new ChatWindow(prefs, client, null, () -> {});
            w.setVisible(true);
            return w;
        });
        return ui.frame(window.getName());
    }

    private static String at(String instant) {
        return "["
                + DateTimeFormatter.ofPattern("HH:mm")
                        .format(LocalTime.ofInstant(Instant.parse(instant), ZoneId.systemDefault()))
                + "] ";
    }
}
