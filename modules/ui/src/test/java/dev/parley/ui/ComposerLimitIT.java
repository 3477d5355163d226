package dev.parley.ui;

import static dev.parley.ui.UiDriver.await;
import static dev.parley.ui.UiDriver.awaitContains;
import static dev.parley.ui.UiDriver.focused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.RoomAddress;
import dev.parley.server.RoomServer;
import dev.parley.server.ServerConfig;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import javax.swing.JLabel;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The composer knows the room's longest message: it counts characters near the limit, and a draft over it is not
 * sent but explained, and kept to be shortened.
 */
class ComposerLimitIT {

    private static final int LIMIT = 20;

    @TempDir
    Path dir;

    @RegisterExtension
    final UiDriver ui = new UiDriver();

    private RoomServer room;

    @AfterEach
    void closeRoom() {
        if (room != null) {
            room.stop();
        }
    }

    @Test
    void aDraftOverTheRoomsLimitIsExplainedAndKept() throws Exception {
        room = TestHosting.startServer(
                dir,
                ServerConfig.builder()
                        .port(0)
                        .bindAddress("127.0.0.1")
                        .maxMessageChars(LIMIT)
                        .build());
        ui.appTrusting(new TestHosting(dir.resolve("unused")), room, "127.0.0.1", room.port())
                .join(new RoomAddress("127.0.0.1", room.port()));
        FrameFixture amy = ui.register("amy");

        // Looked up hidden too: it shows only near the limit.
        JLabel count = amy.robot().finder().findByName(amy.target(), "messageLength", JLabel.class, false);
        focused(amy).textBox("messageField").setText("short");
        await("no count for a short draft", () -> !GuiActionRunner.execute(count::isShowing));

        String tooLong = "😀".repeat(LIMIT + 5);
        amy.textBox("messageField").setText(tooLong);
        awaitContains(() -> amy.label("messageLength").text(), "25 / 20 characters: too long to send");
        amy.label("messageLength").requireVisible();

        amy.textBox("messageField").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        awaitContains(
                () -> amy.textBox("messages").text(),
                "Not sent: your message has 25 characters and this room takes at most 20");
        assertThat(amy.textBox("messageField").text()).as("the draft is kept").isEqualTo(tooLong);

        String atTheLimit = "x".repeat(LIMIT);
        amy.textBox("messageField").setText(atTheLimit);
        awaitContains(() -> amy.label("messageLength").text(), "20 / 20 characters");
        amy.textBox("messageField").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        awaitContains(() -> amy.textBox("messages").text(), "amy: " + atTheLimit);
        assertThat(amy.textBox("messages").text()).doesNotContain("amy: 😀");
        await(
                "the box is empty once sent",
                () -> amy.textBox("messageField").text().isEmpty());
    }
}
