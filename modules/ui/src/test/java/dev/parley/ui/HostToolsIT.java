package dev.parley.ui;

import static dev.parley.ui.UiDriver.await;
import static dev.parley.ui.UiDriver.awaitList;
import static dev.parley.ui.UiDriver.focused;
import static dev.parley.ui.UiDriver.freePort;
import static dev.parley.ui.UiDriver.userRows;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.RoomAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** What the host does from the chat window: kick, ban, manage bans, stop the room. Each test hosts its own room. */
class HostToolsIT {

    @TempDir
    Path dir;

    @RegisterExtension
    final UiDriver ui = new UiDriver();

    private TestHosting hosting;
    private int port;
    private FrameFixture host;

    @BeforeEach
    void hostARoom() throws Exception {
        hosting = new TestHosting(dir.resolve("room"));
        port = freePort();
        host = ui.hostRoom(hosting, "Test room", port, "host");
    }

    @Test
    void theHostsStatusLineSaysWhereOthersJoin() {
        assertThat(host.label("statusLine").text())
                .contains("Hosting \"Test room\"")
                .contains("127.0.0.1:" + port);
    }

    @Test
    void kickFromTheUserListRemovesThePerson() {
        FrameFixture bob = join("bob", "127.0.0.1");
        awaitList(() -> userRows(host), List.of("bob", "host (host)"));

        var menu = focused(host).list("userList").item("bob").showPopupMenu();
        await(
                "where bob is from",
                () -> GuiActionRunner.execute(
                                () -> menu.menuItem("whoItem").target().getText())
                        .startsWith("bob · 127.0.0.1 · since "));
        menu.menuItem("kickItem").click();
        DialogFixture kick = ui.dialog("kickDialog");
        kick.textBox("kickReason").setText("testing kicks");
        kick.button("kickOk").click();

        assertThat(ui.acknowledge("notice-bob", bob.target())).contains("removed you");
        awaitList(() -> userRows(host), List.of("host (host)"));
    }

    @Test
    void banFromTheUserListRemovesThePersonAndTheirAddressOnly() {
        // alice comes over IPv6 loopback: a user's ban takes their address too, and she must not share it.
        FrameFixture alice = join("alice", "::1");
        FrameFixture bob = join("bob", "127.0.0.1");
        awaitList(() -> userRows(host), List.of("alice", "bob", "host (host)"));

        focused(host)
                .list("userList")
                .item("alice")
                .showPopupMenu()
                .menuItem("banItem")
                .click();
        DialogFixture ban = ui.dialog("banDialog");
        ban.textBox("banReason").setText("testing bans");
        ban.button("banOk").click();

        assertThat(ui.acknowledge("notice-alice", alice.target())).contains("banned");
        awaitList(() -> userRows(host), List.of("bob", "host (host)"));
        assertThat(bob.target().isShowing()).isTrue();
        assertThat(hosting.last.bans())
                .singleElement()
                .satisfies(b -> assertThat(b.username()).isEqualTo("alice"))
                .satisfies(b -> assertThat(b.reason()).isEqualTo("testing bans"));
    }

    @Test
    void theBanManagerAddsAndRemovesBans() {
        focused(host).menuItemWithPath("Room", "Manage bans…").click();
        DialogFixture bans = ui.dialog("banManager");
        bans.button("addBan").click();
        DialogFixture add = ui.dialog("banDialog");
        add.textBox("banTarget").setText("203.0.113.7");
        add.textBox("banReason").setText("flooding");
        add.button("banOk").click();

        await("ban listed", () -> bans.table("bansTable").rowCount() == 1);
        assertThat(bans.table("bansTable").contents()[0]).contains("203.0.113.7", "flooding");
        assertThat(hosting.last.bans()).hasSize(1);

        bans.focus();
        bans.table("bansTable").selectRows(0);
        bans.button("removeBan").click();

        await("ban removed", () -> bans.table("bansTable").rowCount() == 0);
        assertThat(hosting.last.bans()).isEmpty();
    }

    @Test
    void stoppingTheRoomTellsEveryoneAndClosesTheirWindows() {
        FrameFixture bob = join("bob", "127.0.0.1");
        awaitList(() -> userRows(host), List.of("bob", "host (host)"));

        focused(host).menuItemWithPath("Room", "Stop room").click();
        JOptionPaneFinder.findOptionPane()
                .withTimeout(15, TimeUnit.SECONDS)
                .using(ui.robot())
                .okButton()
                .click();

        assertThat(ui.acknowledge("notice-bob", bob.target())).contains("closed by its host");
        assertThat(ui.acknowledge("notice-host", host.target())).contains("You stopped the room");
    }

    @AfterEach
    void stopTheRoom() {
        if (hosting.last != null) {
            hosting.last.stop();
        }
    }

    private FrameFixture join(String user, String address) {
        ui.appTrusting(hosting, hosting.last, address, port).join(new RoomAddress(address, port));
        return ui.register(user);
    }
}
