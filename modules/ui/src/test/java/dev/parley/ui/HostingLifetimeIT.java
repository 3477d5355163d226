package dev.parley.ui;

import static dev.parley.ui.UiDriver.awaitContains;
import static dev.parley.ui.UiDriver.focused;
import static dev.parley.ui.UiDriver.freePort;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.RoomAddress;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.swing.JDialog;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hosted room lives until the host stops it: a host who fails or cancels a login leaves it running for everyone
 * in it, and gets back in from the running-room window. The host here logs in with a password (a room that gives
 * this app no owner pass), the path where a login dialog could once stop the room.
 */
class HostingLifetimeIT {

    @TempDir
    Path dir;

    @RegisterExtension
    final UiDriver ui = new UiDriver();

    private TestHosting hosting;
    private int port;
    private DialogFixture hostLogin;
    private FrameFixture bob;

    @BeforeEach
    void hostAndLetBobIn() throws Exception {
        hosting = TestHosting.withoutOwner(dir.resolve("room"));
        port = freePort();
        ui.app(hosting).host();
        DialogFixture host = ui.dialog("hostDialog");
        host.textBox("hostName").setText("host");
        host.textBox("roomName").setText("Lasting room");
        host.spinner("port").select(port);
        host.button("startRoom").click();
        hostLogin = ui.dialog("loginDialog");

        ui.appTrusting(hosting, hosting.last, "127.0.0.1", port).join(new RoomAddress("127.0.0.1", port));
        DialogFixture bobLogin = otherLoginThan(hostLogin);
        bobLogin.toggleButton("registerMode").click();
        bobLogin.textBox("username").setText("bob");
        bobLogin.textBox("password").setText("pw-bob");
        bobLogin.textBox("confirmPassword").setText("pw-bob");
        bobLogin.button("submit").click();
        bob = ui.frame("chatWindow-bob");
    }

    @AfterEach
    void stopTheRoom() {
        if (hosting.last != null) {
            hosting.last.stop();
        }
    }

    @Test
    void threeFailedLoginsOfTheHostLeaveTheRoomRunning() {
        front(hostLogin);
        for (int attempt = 1; attempt <= 3; attempt++) {
            hostLogin.textBox("username").setText("host");
            hostLogin.textBox("password").setText("wrong" + attempt);
            hostLogin.button("submit").click();
            if (attempt < 3) {
                int left = 3 - attempt;
                awaitContains(() -> hostLogin.label("status").text(), left + (left == 1 ? " attempt" : " attempts"));
            }
        }
        assertThat(ui.acknowledge("loginNotice", hostLogin.target())).contains("No attempts left");

        FrameFixture running = ui.frame("runningRoom");
        assertThat(running.label("runningHeading").text())
                .contains("Lasting room")
                .contains("is running");
        focused(bob).textBox("messageField").enterText("still here").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        awaitContains(() -> bob.textBox("messages").text(), "bob: still here");
        assertThat(UiDriver.showing(bob.target(), "notice-bob")).isFalse();
        assertThat(bob.textBox("messages").text()).doesNotContain("closed");
        assertThat(hosting.last.isRunning()).isTrue();
    }

    @Test
    void aCancelledLoginLeavesTheRoomRunningAndOpenChatGetsTheHostBackIn() {
        front(hostLogin);
        hostLogin.button("cancel").click();
        UiDriver.awaitClosed(hostLogin.target());

        FrameFixture running = ui.frame("runningRoom");
        assertThat(hosting.last.isRunning()).isTrue();
        running.button("openChat").click();
        FrameFixture host = ui.register("host");
        UiDriver.awaitClosed(running.target());

        focused(bob).textBox("messageField").enterText("welcome back").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        awaitContains(() -> host.textBox("messages").text(), "bob: welcome back");
        assertThat(UiDriver.showing(bob.target(), "notice-bob")).isFalse();
    }

    @Test
    void stopRoomInTheRunningRoomWindowStopsItForEveryone() {
        front(hostLogin);
        hostLogin.button("cancel").click();
        UiDriver.awaitClosed(hostLogin.target());
        FrameFixture running = ui.frame("runningRoom");
        running.button("stopRoom").click();
        JOptionPaneFinder.findOptionPane()
                .withTimeout(15, TimeUnit.SECONDS)
                .using(ui.robot())
                .okButton()
                .click();

        assertThat(ui.bannerText("notice-bob", bob.target())).contains("closed by its host");
        ui.frame("startWindow");
        assertThat(hosting.last.isRunning()).isFalse();
    }

    /**
     * Brings the host's login dialog in front of bob's chat window, which opened over it, and waits until it is the
     * active window: a robot's click lands on whatever is on top.
     */
    private static void front(DialogFixture d) {
        d.focus();
        UiDriver.await(
                d.target().getName() + " active",
                () -> GuiActionRunner.execute(() -> {
                    if (!d.target().isActive()) {
                        d.target().toFront();
                        d.target().requestFocus();
                    }
                    return d.target().isActive();
                }));
        d.robot().waitForIdle();
    }

    /** The login dialog that is not {@code other}: two apps each show one. */
    private DialogFixture otherLoginThan(DialogFixture other) {
        DialogFixture d = WindowFinder.findDialog(new GenericTypeMatcher<JDialog>(JDialog.class) {
                    @Override
                    protected boolean isMatching(JDialog dialog) {
                        return "loginDialog".equals(dialog.getName())
                                && !dialog.equals(other.target())
                                && dialog.isShowing();
                    }
                })
                .withTimeout(15, TimeUnit.SECONDS)
                .using(ui.robot());
        d.focus();
        return d;
    }
}
