package dev.parley.ui;

import static dev.parley.ui.UiDriver.awaitContains;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.KnownRooms;
import dev.parley.client.RoomAddress;
import dev.parley.server.RoomServer;
import dev.parley.server.ServerConfig;
import dev.parley.ui.prefs.UiPreferences;
import dev.parley.ui.prefs.UiPreferences.RecentRoom;
import java.awt.Component;
import java.awt.KeyboardFocusManager;
import java.awt.event.KeyEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Joining as a guest of someone else's room: its name before the login (asked with {@code room_info}), recent rooms
 * with their names, and an address where something else listens refused in the Join dialog.
 */
class JoinRoomIT {

    @TempDir
    Path dir;

    @RegisterExtension
    final UiDriver ui = new UiDriver();

    @Test
    void aJoinerSeesTheRoomsNameBeforeLoggingInAndInTheChatWindow() throws Exception {
        RoomServer server = attic();
        try {
            Path node = ui.prefs();
            new ParleyUi(new TestHosting(dir.resolve("unused")), node)
                    .join(new RoomAddress("127.0.0.1", server.port()));
            ui.trustIfAsked();
            DialogFixture login = ui.dialog("loginDialog");

            assertThat(login.label("roomName").text()).isEqualTo("Attic");
            assertThat(login.label("roomAddress").text()).isEqualTo("127.0.0.1:" + server.port());
            assertThat(login.target().getTitle()).isEqualTo("Parley: Attic");
            assertThat(new UiPreferences(node).recentRoomsNamed())
                    .first()
                    .isEqualTo(new RecentRoom("127.0.0.1:" + server.port(), "Attic"));

            FrameFixture chat = ui.register("amy");
            assertThat(chat.target().getTitle()).contains("Attic");
        } finally {
            server.stop();
        }
    }

    @Test
    void theLoginDialogOpensWithTheFocusInTheFirstEmptyField() throws Exception {
        RoomServer server = attic();
        try {
            Path node = ui.prefs();
            KnownRooms known = trusting(server);
            new ParleyUi(new TestHosting(dir.resolve("unused")), node, known)
                    .join(new RoomAddress("127.0.0.1", server.port()));
            DialogFixture login = loginDialogAsOpened();
            awaitFocusOn(login, "username");

            // typed at once, without a click: it goes into the username
            ui.robot().enterText("amy");
            awaitContains(() -> login.textBox("username").text(), "amy");
            login.button("cancel").click();
            UiDriver.awaitClosed(login.target());

            new UiPreferences(node).rememberUsername("amy");
            new ParleyUi(new TestHosting(dir.resolve("unused")), node, known)
                    .join(new RoomAddress("127.0.0.1", server.port()));
            DialogFixture again = loginDialogAsOpened();
            assertThat(again.textBox("username").text()).isEqualTo("amy");
            awaitFocusOn(again, "password");
        } finally {
            server.stop();
        }
    }

    @Test
    void aRecentRoomShowsItsNameAndCanBeRemovedFromItsMenuOrWithDelete() {
        Path node = ui.prefs();
        var prefs = new UiPreferences(node);
        prefs.rememberRoom("192.168.1.30:5050");
        prefs.rememberRoom("10.0.0.7:5050", "Basement");
        prefs.rememberRoom("192.168.1.20:5999", "Attic");
        new ParleyUi(new TestHosting(dir), node).start();
        ui.frame("startWindow").button("joinButton").click();
        DialogFixture join = ui.dialog("joinDialog");

        assertThat(join.list("recentRooms").contents())
                .containsExactly("Attic — 192.168.1.20:5999", "Basement — 10.0.0.7:5050", "192.168.1.30:5050");

        join.list("recentRooms")
                .item(1)
                .showPopupMenu()
                .menuItem("removeRecent")
                .click();
        UiDriver.awaitList(
                () -> join.list("recentRooms").contents(), List.of("Attic — 192.168.1.20:5999", "192.168.1.30:5050"));
        assertThat(new UiPreferences(node).recentRooms()).containsExactly("192.168.1.20:5999", "192.168.1.30:5050");

        join.list("recentRooms").selectItem(1).pressAndReleaseKeys(KeyEvent.VK_DELETE);
        UiDriver.awaitList(() -> join.list("recentRooms").contents(), List.of("Attic — 192.168.1.20:5999"));
        assertThat(new UiPreferences(node).recentRooms()).containsExactly("192.168.1.20:5999");
    }

    @Test
    void anAddressWhereSomethingElseListensIsRefusedAtConnect() throws Exception {
        try (var http = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread.ofVirtual().start(() -> answerBadRequest(http));
            ui.app(new TestHosting(dir)).start();
            ui.frame("startWindow").button("joinButton").click();
            DialogFixture join = ui.dialog("joinDialog");
            join.textBox("address").setText("127.0.0.1:" + http.getLocalPort());
            join.button("connect").click();

            awaitContains(
                    () -> join.label("status").text(), "127.0.0.1:" + http.getLocalPort() + " is not a Parley room");
            assertThat(join.label("status").text()).contains("HTTP/1.1 400 Bad Request");
            join.button("connect").requireEnabled();
            assertThat(UiDriver.showing(join.target(), "status")).isTrue();
            assertThat(java.awt.Window.getWindows()).noneMatch(w -> "loginDialog".equals(w.getName()) && w.isShowing());
        }
    }

    /** Rooms known to the app: {@code server}'s certificate trusted already, so no question comes first. */
    private static KnownRooms trusting(RoomServer server) throws IOException {
        KnownRooms known = KnownRooms.inMemory();
        var fingerprint = server.certificateFingerprint();
        if (fingerprint.isPresent()) {
            known.remember(KnownRooms.key("127.0.0.1", server.port()), fingerprint.get());
        }
        return known;
    }

    /** The login dialog, not clicked on or focused by the test: as it opened. */
    private DialogFixture loginDialogAsOpened() {
        return org.assertj.swing.finder.WindowFinder.findDialog("loginDialog")
                .withTimeout(15, java.util.concurrent.TimeUnit.SECONDS)
                .using(ui.robot());
    }

    private RoomServer attic() throws Exception {
        return TestHosting.startServer(
                dir.resolve("room"),
                ServerConfig.builder()
                        .port(0)
                        .bindAddress("127.0.0.1")
                        .roomName("Attic")
                        .build());
    }

    /**
     * Waits until {@code dialog} is the active window (asking for it, as a click on its title bar would: the display
     * of the tests has no window manager to give it) and then until {@code name} owns the focus.
     */
    private static void awaitFocusOn(DialogFixture dialog, String name) {
        var last = new String[] {"nothing"};
        try {
            UiDriver.await(
                    name + " focused",
                    () -> GuiActionRunner.execute(() -> {
                        if (!dialog.target().isActive()) {
                            dialog.target().toFront();
                            dialog.target().requestFocus();
                            return false;
                        }
                        Component owner = KeyboardFocusManager.getCurrentKeyboardFocusManager()
                                .getFocusOwner();
                        last[0] = owner == null ? "nothing" : String.valueOf(owner.getName());
                        return owner != null && name.equals(owner.getName());
                    }));
        } catch (RuntimeException e) {
            throw new AssertionError("the focus is on " + last[0] + ", not on " + name, e);
        }
    }

    /** A web server's answer to whatever comes, then it hangs up. */
    private static void answerBadRequest(ServerSocket server) {
        try {
            while (true) {
                Socket s = server.accept();
                Thread.ofVirtual().start(() -> {
                    try (s) {
                        InputStream in = s.getInputStream();
                        if (in.read() >= 0) {
                            s.getOutputStream()
                                    .write("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n"
                                            .getBytes(StandardCharsets.US_ASCII));
                            // an orderly close: read on until the client hangs up, so no reset loses the answer
                            s.shutdownOutput();
                            in.transferTo(OutputStream.nullOutputStream());
                        }
                    } catch (IOException e) {
                        // the client went away
                    }
                });
            }
        } catch (IOException e) {
            // closed
        }
    }
}
