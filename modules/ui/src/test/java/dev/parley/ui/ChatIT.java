package dev.parley.ui;

import static dev.parley.ui.UiDriver.await;
import static dev.parley.ui.UiDriver.awaitContains;
import static dev.parley.ui.UiDriver.focused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.ParleyClient;
import dev.parley.client.RoomAddress;
import java.awt.event.KeyEvent;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.swing.JViewport;
import javax.swing.text.JTextComponent;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Chatting through the chat window: people who joined a room see each other's messages, typing, joins and leaves.
 * One room serves the whole class (starting one per test costs more than the tests); each test has people of its
 * own and looks only at them.
 */
class ChatIT {

    @RegisterExtension
    static final SharedRoom room = new SharedRoom();

    @RegisterExtension
    final UiDriver ui = new UiDriver();

    @Test
    void aMessageReachesEveryoneInTheRoom() {
        FrameFixture amy = join("amy");
        FrameFixture ben = join("ben");

        focused(amy).textBox("messageField").enterText("hello everyone").pressAndReleaseKeys(KeyEvent.VK_ENTER);

        awaitContains(() -> ben.textBox("messages").text(), "amy: hello everyone");
        awaitContains(() -> amy.textBox("messages").text(), "amy: hello everyone");
        assertThat(amy.textBox("messageField").text()).isEmpty();
    }

    @Test
    void typingShowsUnderTheOthersMessageBoxUntilTheBoxIsEmptied() {
        FrameFixture cid = join("cid");
        FrameFixture dee = join("dee");

        focused(dee).textBox("messageField").enterText("typ");
        awaitContains(() -> cid.label("typingLabel").text(), "dee is typing");

        dee.textBox("messageField").deleteText();
        await("typing cleared", () -> cid.label("typingLabel").text().isBlank());
    }

    @Test
    void joinsAndLeavesShowInTheListAndTheConversation() {
        FrameFixture eve = join("eve");
        FrameFixture fay = join("fay");
        await("fay listed", () -> List.of(eve.list("userList").contents()).contains("fay"));
        awaitContains(() -> eve.textBox("messages").text(), "fay joined");

        focused(fay).menuItemWithPath("Room", "Leave room").click();

        UiDriver.awaitClosed(fay.target());
        await("fay unlisted", () -> !List.of(eve.list("userList").contents()).contains("fay"));
        awaitContains(() -> eve.textBox("messages").text(), "fay left");
    }

    @Test
    void usersOfflineListsAccountsThatAreNotOnline() throws Exception {
        try (var hal = ParleyClient.connect("127.0.0.1", room.port())) {
            hal.register("hal", "pw-hal".toCharArray()).get(10, TimeUnit.SECONDS);
        }
        FrameFixture gus = join("gus");

        focused(gus).textBox("messageField").enterText("/users offline").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        await("hal listed offline", () -> gus.textBox("messages").text().matches("(?s).*Offline: [^\\n]*hal.*"));

        focused(gus).toggleButton("showOffline").click();
        await(
                "list shows offline",
                () -> List.of(gus.list("userList").contents()).contains("hal")
                        && !List.of(gus.list("userList").contents()).contains("gus"));
        gus.toggleButton("showOffline").click();
        await(
                "list shows online",
                () -> List.of(gus.list("userList").contents()).contains("gus")
                        && !List.of(gus.list("userList").contents()).contains("hal"));
    }

    @Test
    void anUnknownCommandIsExplained() {
        FrameFixture ivy = join("ivy");

        focused(ivy).textBox("messageField").enterText("/dance").pressAndReleaseKeys(KeyEvent.VK_ENTER);

        awaitContains(() -> ivy.textBox("messages").text(), "Unknown command /dance");
    }

    /** Issue #13: one long token used to widen the conversation for good, cutting off every later message. */
    @Test
    void aLongWordWrapsAndALaterMessageStillFitsTheConversationsWidth() {
        FrameFixture jo = join("jo");
        GuiActionRunner.execute(() -> jo.target().setSize(790, 560));
        String sentence = "a later normal sentence, long enough to need more than one line in a window of this size, "
                + "as people write when they explain something at length";

        focused(jo).textBox("messageField").setText("x".repeat(120));
        jo.textBox("messageField").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        jo.textBox("messageField").setText(sentence);
        jo.textBox("messageField").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        awaitContains(() -> jo.textBox("messages").text(), "jo: " + sentence);
        jo.robot().waitForIdle();

        GuiActionRunner.execute(() -> {
            JTextComponent messages = jo.textBox("messages").target();
            var viewport = (JViewport) messages.getParent();
            assertThat(messages.getWidth()).isLessThanOrEqualTo(viewport.getWidth());
            String text = messages.getText();
            for (int i = text.indexOf("xxx"); i < text.length(); i++) {
                assertThat(messages.modelToView2D(i).getMaxX())
                        .as("character %d within the viewport", i)
                        .isLessThanOrEqualTo(viewport.getWidth());
            }
            return null;
        });
    }

    private FrameFixture join(String user) {
        ui.appTrusting(new TestHosting(room.dir().resolve("unused")), room.server(), "127.0.0.1", room.port())
                .join(new RoomAddress("127.0.0.1", room.port()));
        return ui.register(user);
    }
}
