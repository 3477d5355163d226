package dev.parley.ui;

import static dev.parley.ui.UiDriver.await;
import static dev.parley.ui.UiDriver.awaitContains;
import static dev.parley.ui.UiDriver.freePort;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ui.RoomFinder.NetworkRoom;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.JListFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The Join dialog's "Rooms on your network", driven by a finder the test controls. */
class NetworkRoomsIT {

    @TempDir
    Path dir;

    @RegisterExtension
    final UiDriver ui = new UiDriver();

    private final FakeFinder finder = new FakeFinder();

    @Test
    void roomsFoundAppearUpdateAndGo() {
        DialogFixture join = openJoin();
        JListFixture rooms = join.list("networkRooms");
        finder.await();

        finder.listener.found(new NetworkRoom("a", "Team room", "192.0.2.7", 5050, 1, true));
        finder.listener.found(new NetworkRoom("b", "Games", "192.0.2.8", 6000, -1, false));
        await("two rooms", () -> rooms.contents().length == 2);
        assertThat(rooms.contents()[0])
                .contains("Team room")
                .contains("192.0.2.7:5050")
                .contains("1 person online");
        assertThat(rooms.contents()[1]).contains("Games").doesNotContain("online");
        awaitContains(() -> join.label("networkHint").text(), "Double-click a room");

        finder.listener.found(new NetworkRoom("a", "Team room", "192.0.2.7", 5050, 3, true));
        await("users updated", () -> rooms.contents()[0].contains("3 people online"));
        assertThat(rooms.contents()).hasSize(2);

        finder.listener.lost("b");
        await("one room", () -> rooms.contents().length == 1);
        assertThat(rooms.contents()[0]).contains("Team room");
    }

    @Test
    void nothingFoundSaysWhyAndHowToJoinByAddress() {
        DialogFixture join = openJoin();
        awaitContains(() -> join.label("networkHint").text(), "Looking for rooms");

        awaitContains(() -> join.label("networkHint").text(), "None found");
        assertThat(join.label("networkHint").text())
                .contains("firewall")
                .contains("subnet")
                .contains("multicast");
        join.textBox("address").requireEnabled();
    }

    @Test
    void pickingARoomFillsTheAddressAndDoubleClickJoinsIt() throws Exception {
        int closedPort = freePort();
        DialogFixture join = openJoin();
        JListFixture rooms = join.list("networkRooms");
        finder.await();
        finder.listener.found(new NetworkRoom("a", "Nobody's room", "127.0.0.1", closedPort, 0, false));
        await("listed", () -> rooms.contents().length == 1);

        rooms.clickItem(0);
        join.textBox("address").requireText("127.0.0.1:" + closedPort);

        rooms.item(0).doubleClick();
        awaitContains(() -> join.label("status").text(), "Nobody is hosting a room at 127.0.0.1:" + closedPort);
    }

    @Test
    void closingTheDialogStopsTheSearch() {
        DialogFixture join = openJoin();
        finder.await();

        join.button("cancel").click();

        await("search closed", finder.closed::get);
    }

    private DialogFixture openJoin() {
        ui.app(new TestHosting(dir), finder).start();
        ui.frame("startWindow").button("joinButton").click();
        return ui.dialog("joinDialog");
    }

    /** Reports what the test tells it to; remembers its one listener. */
    private static final class FakeFinder implements RoomFinder {
        volatile Listener listener;
        final AtomicBoolean closed = new AtomicBoolean();

        @Override
        public Search search(Listener l) {
            listener = l;
            return () -> closed.set(true);
        }

        void await() {
            UiDriver.await("search started", () -> listener != null);
        }
    }
}
