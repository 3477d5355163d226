package dev.parley.ui;

import static dev.parley.ui.UiDriver.awaitContains;
import static dev.parley.ui.UiDriver.freePort;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Host room and Join room dialogs when things go wrong: each says why in its status line and stays open for
 * another try. Host names are resolved from the test hosts file only (see the POM), so nothing leaves this machine.
 */
class StartDialogsIT {

    @TempDir
    Path dir;

    @RegisterExtension
    final UiDriver ui = new UiDriver();

    @Test
    void hostingOnAPortInUseSaysSo() throws Exception {
        try (var taken = new ServerSocket(0, 1, InetAddress.getByName("0.0.0.0"))) {
            ui.app(new TestHosting(dir)).host();
            DialogFixture host = ui.dialog("hostDialog");
            host.textBox("hostName").setText("host");
            host.spinner("port").select(taken.getLocalPort());
            host.button("startRoom").click();

            awaitContains(
                    () -> host.label("status").text(),
                    "Port " + taken.getLocalPort() + " is already in use on this computer. Choose another port above");
            assertThat(host.label("status").text()).doesNotContain("--port");
            host.button("startRoom").requireEnabled();
        }
    }

    @Test
    void hostingWithoutARoomNameSaysSo() {
        ui.app(new TestHosting(dir)).host();
        DialogFixture host = ui.dialog("hostDialog");
        host.textBox("hostName").setText("host");
        host.textBox("roomName").setText(" ");
        host.button("startRoom").click();

        awaitContains(() -> host.label("status").text(), "Give the room a name");
    }

    @Test
    void joiningWhereNobodyHostsSaysSo() throws Exception {
        int closedPort = freePort();
        DialogFixture join = joinDialog("127.0.0.1:" + closedPort);

        awaitContains(() -> join.label("status").text(), "Nobody is hosting a room at 127.0.0.1:" + closedPort);
        join.button("connect").requireEnabled();
    }

    @Test
    void joiningAnUnknownHostSaysSo() {
        DialogFixture join = joinDialog("no-such-host.invalid:5050");

        awaitContains(() -> join.label("status").text(), "Cannot find \"no-such-host.invalid\"");
    }

    @Test
    void aMistypedAddressIsRefusedBeforeConnecting() {
        DialogFixture join = joinDialog("myhost:99999");

        awaitContains(() -> join.label("status").text(), "port");
        assertThat(join.button("connect").isEnabled()).isTrue();
    }

    private DialogFixture joinDialog(String address) {
        ui.app(new TestHosting(dir)).start();
        ui.frame("startWindow").button("joinButton").click();
        DialogFixture join = ui.dialog("joinDialog");
        join.textBox("address").setText(address);
        join.button("connect").click();
        return join;
    }
}
