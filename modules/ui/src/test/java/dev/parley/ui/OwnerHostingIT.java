package dev.parley.ui;

import static dev.parley.ui.UiDriver.awaitContains;
import static dev.parley.ui.UiDriver.awaitList;
import static dev.parley.ui.UiDriver.focused;
import static dev.parley.ui.UiDriver.freePort;
import static dev.parley.ui.UiDriver.userRows;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.RoomAddress;
import dev.parley.protocol.PasswordDigest;
import java.awt.Window;
import java.nio.file.Path;
import java.util.List;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The host is the room's owner: named once in the Host dialog, in the room at once with no password asked, marked
 * "(host)" in everybody's user list, and with a password for other computers set in the dialog or the Room menu.
 */
class OwnerHostingIT {

    @TempDir
    Path dir;

    @RegisterExtension
    final UiDriver ui = new UiDriver();

    private TestHosting hosting;

    @AfterEach
    void stopTheRoom() {
        if (hosting != null && hosting.last != null) {
            hosting.last.stop();
        }
    }

    @Test
    void theHostEntersTheirRoomAsItsOwnerWithNoPasswordPrompt() throws Exception {
        hosting = new TestHosting(dir.resolve("room"));
        ui.app(hosting).start();
        ui.frame("startWindow").button("hostButton").click();
        DialogFixture host = ui.dialog("hostDialog");
        awaitContains(() -> host.label("historyLine").text(), "keeps its last 200 messages");
        host.textBox("hostName").setText("alice");
        host.textBox("roomName").setText("Alice's room");
        host.spinner("port").select(freePort());
        host.button("startRoom").click();

        FrameFixture chat = ui.frame("chatWindow-alice");
        assertThat(shown("loginDialog")).isFalse();
        awaitList(() -> userRows(chat), List.of("alice (host)"));
        assertThat(hosting.last.owner()).contains("alice");
        focused(chat)
                .menuItemWithPath("Room", "Set password for other computers…")
                .requireEnabled();
    }

    @Test
    void theHostsNameIsRememberedForTheNextRoom() throws Exception {
        hosting = new TestHosting(dir.resolve("room"));
        var prefs = ui.prefs();
        new ParleyUi(hosting, prefs).host();
        DialogFixture first = ui.dialog("hostDialog");
        first.textBox("hostName").setText("alice");
        first.spinner("port").select(freePort());
        first.button("startRoom").click();
        ui.frame("chatWindow-alice");
        hosting.last.stop();

        new ParleyUi(new TestHosting(dir.resolve("other")), prefs).host();
        DialogFixture second = ui.dialog("hostDialog");
        assertThat(second.textBox("hostName").text()).isEqualTo("alice");
    }

    @Test
    void aJoinerSeesTheOwnerMarkedAsTheHost() throws Exception {
        hosting = new TestHosting(dir.resolve("room"));
        int port = freePort();
        FrameFixture alice = ui.hostRoom(hosting, "Marked room", port, "alice");

        ui.appTrusting(hosting, hosting.last, "127.0.0.1", port).join(new RoomAddress("127.0.0.1", port));
        FrameFixture bob = ui.register("bob");

        awaitList(() -> userRows(bob), List.of("alice (host)", "bob"));
        awaitList(() -> userRows(alice), List.of("alice (host)", "bob"));
    }

    @Test
    void thePasswordForOtherComputersIsSetInTheHostDialogAndAgainFromTheRoomMenu() throws Exception {
        hosting = new TestHosting(dir.resolve("room"));
        ui.app(hosting).host();
        DialogFixture host = ui.dialog("hostDialog");
        host.textBox("hostName").setText("alice");
        host.textBox("ownerPassword").setText("first-secret");
        host.textBox("ownerPasswordAgain").setText("first-secret");
        host.spinner("port").select(freePort());
        host.button("startRoom").click();
        FrameFixture chat = ui.frame("chatWindow-alice");
        assertThat(passwordIs("alice", "first-secret")).isTrue();

        focused(chat)
                .menuItemWithPath("Room", "Set password for other computers…")
                .click();
        DialogFixture set = ui.dialog("ownerPasswordDialog");
        set.textBox("ownerPassword").setText("second-secret");
        set.textBox("ownerPasswordAgain").setText("typo");
        set.button("setPassword").click();
        awaitContains(() -> set.label("status").text(), "differ");
        set.textBox("ownerPasswordAgain").setText("second-secret");
        set.button("setPassword").click();
        UiDriver.awaitClosed(set.target());

        assertThat(passwordIs("alice", "second-secret")).isTrue();
        assertThat(passwordIs("alice", "first-secret")).isFalse();
    }

    @Test
    void twoDifferentPasswordsInTheHostDialogStartNothing() throws Exception {
        hosting = new TestHosting(dir.resolve("room"));
        ui.app(hosting).host();
        DialogFixture host = ui.dialog("hostDialog");
        host.textBox("hostName").setText("alice");
        host.textBox("ownerPassword").setText("one");
        host.textBox("ownerPasswordAgain").setText("two");
        host.button("startRoom").click();

        awaitContains(() -> host.label("status").text(), "The two passwords differ");
        assertThat(hosting.last).isNull();
    }

    private boolean passwordIs(String user, String password) {
        var accounts = hosting.lastAccounts;
        return accounts.verify(user, PasswordDigest.clientHash(password, accounts.saltFor(user)))
                .isPresent();
    }

    private static boolean shown(String name) {
        return GuiActionRunner.execute(() -> {
            for (Window w : Window.getWindows()) {
                if (name.equals(w.getName()) && w.isShowing()) {
                    return true;
                }
            }
            return false;
        });
    }
}
