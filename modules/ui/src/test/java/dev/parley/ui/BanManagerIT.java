package dev.parley.ui;

import static dev.parley.ui.UiDriver.await;
import static dev.parley.ui.UiDriver.focused;
import static dev.parley.ui.UiDriver.freePort;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.ParleyVersion;
import dev.parley.protocol.codec.MessageCodec;
import dev.parley.protocol.message.ClientRequest.LoginRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ban manager: ranges typed in the ban dialog, and the recently seen list with its Ban… action. Strangers come
 * from 127.0.2.x (all of 127.0.0.0/8 is loopback on Linux), apart from the host on 127.0.0.1.
 */
class BanManagerIT {

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

    @AfterEach
    void stopTheRoom() {
        if (hosting.last != null) {
            hosting.last.stop();
        }
    }

    @Test
    void aRangeIsBannedAndABadOneIsExplainedInTheDialog() {
        DialogFixture bans = openBanManager();
        bans.button("addBan").click();
        DialogFixture add = ui.dialog("banDialog");
        add.textBox("banTarget").setText("192.168.1.7/24");
        add.textBox("banReason").setText("dorm");
        add.button("banOk").click();

        await("the refusal shown", () -> add.label("status").text().contains("did you mean 192.168.1.0/24"));
        assertThat(add.target().isShowing()).as("the dialog stays open").isTrue();
        assertThat(hosting.last.bans()).isEmpty();

        add.textBox("banTarget").setText("0.0.0.0/0");
        add.button("banOk").click();
        await("the refusal shown", () -> add.label("status").text().contains("every IPv4 address"));

        add.textBox("banTarget").setText("192.168.1.0/24");
        add.button("banOk").click();
        await("ban listed", () -> bans.table("bansTable").rowCount() == 1);
        assertThat(bans.table("bansTable").contents()[0]).contains("192.168.1.0/24", "dorm");

        bans.button("addBan").click();
        DialogFixture v6 = ui.dialog("banDialog");
        v6.textBox("banTarget").setText("2001:DB8::/32");
        v6.button("banOk").click();
        await("IPv6 range listed", () -> bans.table("bansTable").rowCount() == 2);
        assertThat(hosting.last.bans()).extracting(b -> b.address()).contains("192.168.1.0/24", "2001:db8::/32");
    }

    @Test
    void someoneWhoTrippedALimitAndLeftIsListedAndTheirNetworkBanned() throws Exception {
        assertThat(failLoginsUntilClosed("127.0.2.9", "eve")).doesNotContain("banned");

        DialogFixture bans = openBanManager();
        await("eve listed", () -> rowOf(bans, "eve") >= 0);
        String[] eve = bans.table("seenTable").contents()[rowOf(bans, "eve")];
        assertThat(eve).contains("127.0.2.9");
        assertThat(eve[3]).contains("too many attempts ×1");
        assertThat(bans.table("seenTable").contents()[rowOf(bans, "host")]).contains("online now");

        bans.table("seenTable").selectRows(rowOf(bans, "eve"));
        bans.button("banSeen").click();
        DialogFixture ban = ui.dialog("banDialog");
        assertThat(ban.textBox("banTarget").text()).as("the user first").isEqualTo("eve");
        ban.radioButton("banAsAddress").click();
        assertThat(ban.textBox("banTarget").text()).isEqualTo("[127.0.2.9]");
        ban.radioButton("banAsNetwork").click();
        assertThat(ban.textBox("banTarget").text()).isEqualTo("127.0.2.0/24");
        ban.textBox("banReason").setText("guessing passwords");
        ban.button("banOk").click();

        await("ban listed", () -> bans.table("bansTable").rowCount() == 1);
        assertThat(bans.table("bansTable").contents()[0]).contains("127.0.2.0/24", "guessing passwords");
        assertThat(failLoginsUntilClosed("127.0.2.77", "eve")).contains("\"banned\"");
        assertThat(host.target().isShowing())
                .as("the host, on 127.0.0.1, stays")
                .isTrue();
    }

    private DialogFixture openBanManager() {
        focused(host).menuItemWithPath("Room", "Manage bans…").click();
        return ui.dialog("banManager");
    }

    private static int rowOf(DialogFixture bans, String user) {
        String[][] rows = GuiActionRunner.execute(() -> bans.table("seenTable").contents());
        for (int i = 0; i < rows.length; i++) {
            if (rows[i][0].equals(user)) {
                return i;
            }
        }
        return -1;
    }

    /** Logs in with a wrong password from {@code from} until the room closes the connection; what it answered. */
    private String failLoginsUntilClosed(String from, String user) throws IOException {
        var codec = new MessageCodec();
        try (var socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.ofLiteral(from), 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10_000);
            socket.setSoTimeout(20_000);
            try {
                for (int i = 0; i < 3; i++) {
                    socket.getOutputStream()
                            .write(codec.encode(new LoginRequest(user, "not-the-password"), ParleyVersion.current()));
                }
            } catch (java.net.SocketException e) {
                // refused at once (banned): its answer is still there to read
            }
            return new String(readToEnd(socket.getInputStream()), StandardCharsets.UTF_8);
        }
    }

    private static byte[] readToEnd(InputStream in) throws IOException {
        byte[] all = new byte[0];
        byte[] buffer = new byte[4096];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                all = Arrays.copyOf(all, all.length + n);
                System.arraycopy(buffer, 0, all, all.length - n, n);
            }
        } catch (java.net.SocketException e) {
            // reset after the last line: what came before is the answer
        }
        return all;
    }
}
