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
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JPopupMenuFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The composer: slash commands that never lose a draft, Enter and Shift+Enter, a box that grows and then scrolls,
 * its right-click menu and its emoji picker.
 */
class ComposerIT {

    @TempDir
    Path dir;

    @RegisterExtension
    final UiDriver ui = new UiDriver();

    private RoomServer room;

    @BeforeEach
    void startRoom() throws Exception {
        room = TestHosting.startServer(
                dir, ServerConfig.builder().port(0).bindAddress("127.0.0.1").build());
    }

    @AfterEach
    void closeRoom() {
        room.stop();
    }

    @Test
    void aDoubleSlashSendsTextThatStartsWithASlash() {
        FrameFixture amy = join("amy");

        focused(amy)
                .textBox("messageField")
                .enterText("//etc/hosts is the file")
                .pressAndReleaseKeys(KeyEvent.VK_ENTER);

        awaitContains(() -> amy.textBox("messages").text(), "amy: /etc/hosts is the file");
        await(
                "the box is empty once sent",
                () -> amy.textBox("messageField").text().isEmpty());
    }

    @Test
    void anUnknownCommandKeepsTheDraftAndSaysWhichCommandsThereAre() {
        FrameFixture bob = join("bob");

        String draft = "/etc/hosts is the file";
        focused(bob).textBox("messageField").enterText(draft).pressAndReleaseKeys(KeyEvent.VK_ENTER);

        awaitContains(() -> bob.textBox("messages").text(), "Unknown command /etc/hosts");
        assertThat(bob.textBox("messages").text())
                .contains("Commands: /help, /users, /users offline")
                .doesNotContain("bob: /etc");
        assertThat(bob.textBox("messageField").text()).as("the draft is kept").isEqualTo(draft);
    }

    @Test
    void helpListsTheCommands() {
        FrameFixture cat = join("cat");

        focused(cat).textBox("messageField").enterText("/help").pressAndReleaseKeys(KeyEvent.VK_ENTER);

        awaitContains(() -> cat.textBox("messages").text(), "/users offline: who has an account but is not here");
        assertThat(cat.textBox("messages").text()).contains("/help: this list").contains("//text");
        await(
                "the command is done with",
                () -> cat.textBox("messageField").text().isEmpty());
    }

    @Test
    void enterSendsAndShiftEnterStartsANewLine() {
        FrameFixture dan = join("dan");

        focused(dan).textBox("messageField").enterText("first line");
        dan.robot().pressKey(KeyEvent.VK_SHIFT);
        dan.robot().pressAndReleaseKey(KeyEvent.VK_ENTER);
        dan.robot().releaseKey(KeyEvent.VK_SHIFT);
        await("a new line", () -> dan.textBox("messageField").text().equals("first line\n"));
        dan.textBox("messageField").enterText("second line");
        assertThat(dan.textBox("messageField").text()).isEqualTo("first line\nsecond line");
        assertThat(dan.textBox("messages").text()).doesNotContain("first line");

        dan.textBox("messageField").pressAndReleaseKeys(KeyEvent.VK_ENTER);

        awaitContains(() -> dan.textBox("messages").text(), "dan: first line\nsecond line");
        await(
                "the box is empty once sent",
                () -> dan.textBox("messageField").text().isEmpty());
    }

    @Test
    void theBoxGrowsToFourLinesThenScrolls() {
        FrameFixture eve = join("eve");
        var field = (JTextArea) eve.textBox("messageField").target();
        JScrollPane scroll = eve.scrollPane("messageScroll").target();
        int oneLine = heightWith(eve, field, scroll, "one");

        int twoLines = heightWith(eve, field, scroll, "one\ntwo");
        int fourLines = heightWith(eve, field, scroll, "1\n2\n3\n4");
        int tenLines = heightWith(eve, field, scroll, "1\n2\n3\n4\n5\n6\n7\n8\n9\n10");
        int lineHeight = GuiActionRunner.execute(
                () -> field.getFontMetrics(field.getFont()).getHeight());

        assertThat(twoLines).as("two lines").isGreaterThanOrEqualTo(oneLine + lineHeight);
        assertThat(fourLines).as("four lines").isGreaterThanOrEqualTo(oneLine + 3 * lineHeight);
        assertThat(tenLines).as("ten lines stay at four").isEqualTo(fourLines);
        assertThat(GuiActionRunner.execute(() -> scroll.getVerticalScrollBar().isShowing()))
                .as("ten lines scroll")
                .isTrue();

        assertThat(heightWith(eve, field, scroll, ""))
                .as("shrinks when emptied")
                .isEqualTo(oneLine);
    }

    @Test
    void aLongLineWrapsAndGrowsTheBoxToo() {
        FrameFixture fay = join("fay");
        var field = (JTextArea) fay.textBox("messageField").target();
        JScrollPane scroll = fay.scrollPane("messageScroll").target();
        int oneLine = heightWith(fay, field, scroll, "one");

        int wrapped = heightWith(fay, field, scroll, "word ".repeat(60));

        assertThat(wrapped).isGreaterThan(oneLine);
    }

    @Test
    void theRightClickMenuCutsCopiesPastesAndSelectsAll() {
        FrameFixture gus = join("gus");
        focused(gus).textBox("messageField").enterText("hello there");

        gus.textBox("messageField").showPopupMenu().menuItem("selectAll").click();
        await(
                "all selected",
                () -> "hello there".equals(gus.textBox("messageField").target().getSelectedText()));

        gus.textBox("messageField").showPopupMenu().menuItem("cut").click();
        await("cut", () -> gus.textBox("messageField").text().isEmpty());

        JPopupMenuFixture menu = gus.textBox("messageField").showPopupMenu();
        menu.menuItem("copy").requireDisabled(); // nothing selected
        menu.menuItem("paste").click();
        await("pasted", () -> gus.textBox("messageField").text().equals("hello there"));

        gus.textBox("messageField").showPopupMenu().menuItem("selectAll").click();
        gus.textBox("messageField").showPopupMenu().menuItem("copy").click();
        gus.textBox("messageField").pressAndReleaseKeys(KeyEvent.VK_END);
        gus.textBox("messageField").showPopupMenu().menuItem("paste").click();
        await("copied and pasted", () -> gus.textBox("messageField").text().equals("hello therehello there"));
    }

    @Test
    void theEmojiPickerInsertsAtTheCaret() {
        FrameFixture hal = join("hal");
        focused(hal).textBox("messageField").enterText("great  work");
        GuiActionRunner.execute(() -> hal.textBox("messageField").target().setCaretPosition(6));

        hal.button("emojiButton").click();
        // drawn, not blank boxes: the bundled emoji font where the machine has none
        assertThat(GuiActionRunner.execute(() -> {
                    var party = hal.button("emoji-1F389").target();
                    return party.getFont().canDisplayUpTo(party.getText());
                }))
                .isEqualTo(-1);
        hal.button("emoji-1F389").click();

        await("inserted", () -> hal.textBox("messageField").text().equals("great 🎉 work"));
        await(
                "the box has the focus back",
                () -> GuiActionRunner.execute(
                        () -> hal.textBox("messageField").target().isFocusOwner()));
        hal.textBox("messageField").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        awaitContains(() -> hal.textBox("messages").text(), "hal: great 🎉 work");
    }

    /** The composer's height once it shows {@code text}. */
    private static int heightWith(FrameFixture f, JTextArea field, JScrollPane scroll, String text) {
        GuiActionRunner.execute(() -> field.setText(text));
        f.robot().waitForIdle();
        // the box is laid out again after the change: wait until its height holds still
        int[] last = {-1};
        await("the composer settles", () -> {
            f.robot().waitForIdle();
            int h = GuiActionRunner.execute(scroll::getHeight);
            boolean same = h == last[0];
            last[0] = h;
            return same;
        });
        return last[0];
    }

    private FrameFixture join(String user) {
        ui.appTrusting(new TestHosting(dir.resolve("unused")), room, "127.0.0.1", room.port())
                .join(new RoomAddress("127.0.0.1", room.port()));
        return ui.register(user);
    }
}
