package dev.parley.ui;

import static dev.parley.ui.UiDriver.await;
import static dev.parley.ui.UiDriver.focused;
import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLightLaf;
import dev.parley.client.ParleyClient;
import dev.parley.client.RoomAddress;
import dev.parley.ui.notify.NotifySettings;
import dev.parley.ui.notify.NotifyWhen;
import dev.parley.ui.prefs.UiPreferences;
import dev.parley.ui.theme.Theme;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.swing.UIManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Preferences dialog, from the chat window's Room menu and the start window: the notification setting it saves
 * decides what reaches the {@link dev.parley.ui.notify.Notifier}, and the theme it picks repaints the open windows
 * light or dark.
 */
class PreferencesIT {

    @RegisterExtension
    static final SharedRoom room = new SharedRoom();

    @RegisterExtension
    final UiDriver ui = new UiDriver();

    @Test
    void mentionsOnlyAndAnHoursMuteChosenInPreferencesDecideWhatNotifies() throws Exception {
        var notifier = new NotifyIT.RecordingNotifier();
        Path node = ui.prefs();
        FrameFixture eli = join("eli", node, notifier);

        DialogFixture prefs = openPreferences(eli);
        prefs.radioButton("notifyMENTIONS").click();
        prefs.checkBox("notifySound").check();
        prefs.button("close").click();
        UiDriver.awaitClosed(prefs.target());
        assertThat(new UiPreferences(node).notifySettings())
                .isEqualTo(new NotifySettings(NotifyWhen.MENTIONS, true, null));

        try (ParleyClient fin = client("fin")) {
            ui.lookElsewhere();
            fin.sendMessage("small talk");
            awaitTitle(eli, "(1) ");
            fin.sendMessage("@eli can you check?");
            awaitTitle(eli, "(2) ");
            assertThat(notifier.texts()).containsExactly("@eli can you check?");

            prefs = openPreferences(eli);
            prefs.checkBox("muteHour").check();
            assertThat(prefs.label("mutedUntil").text()).startsWith("until ");
            prefs.button("close").click();
            Instant until = new UiPreferences(node).notifySettings().mutedUntil();
            assertThat(until)
                    .isBetween(
                            Instant.now().plus(Duration.ofMinutes(59)),
                            Instant.now().plus(Duration.ofHours(1)));

            ui.lookElsewhere();
            fin.sendMessage("@eli still there?");
            awaitTitle(eli, "(1) ");
            assertThat(notifier.texts()).containsExactly("@eli can you check?");

            prefs = openPreferences(eli);
            prefs.checkBox("muteHour").uncheck();
            prefs.radioButton("notifyNONE").click();
            prefs.button("close").click();
            assertThat(new UiPreferences(node).notifySettings())
                    .isEqualTo(new NotifySettings(NotifyWhen.NONE, true, null));
        }
    }

    @Test
    void theThemeSwitchesTheOpenWindowsBetweenLightAndDark() throws Exception {
        List<Throwable> thrown = new CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> thrown.add(e));
        try {
            Path node = ui.prefs();
            new UiPreferences(node).rememberTheme(Theme.LIGHT);
            FrameFixture gil = join("gil", node, new NotifyIT.RecordingNotifier());
            assertThat(UIManager.getLookAndFeel()).isInstanceOf(FlatLightLaf.class);
            assertThat(isDark(background(gil))).isFalse();
            assertThat(background(gil)).isEqualTo(UIManager.getColor("TextPane.background"));

            DialogFixture prefs = openPreferences(gil);
            prefs.comboBox("theme").selectItem("Dark");
            await("dark look", () -> UIManager.getLookAndFeel() instanceof FlatDarkLaf);
            await("conversation repainted dark", () -> isDark(background(gil)));
            assertThat(background(gil)).isEqualTo(UIManager.getColor("TextPane.background"));
            assertThat(isDark(GuiActionRunner.execute(() -> ((javax.swing.JDialog) prefs.target())
                            .getContentPane()
                            .getBackground())))
                    .isTrue();
            assertThat(new UiPreferences(node).theme()).isEqualTo(Theme.DARK);
            paint(gil.target());
            paint(prefs.target());

            prefs.comboBox("theme").selectItem("Light");
            await("light look", () -> UIManager.getLookAndFeel() instanceof FlatLightLaf);
            await("conversation repainted light", () -> !isDark(background(gil)));
            paint(gil.target());
            prefs.button("close").click();
            ui.robot().waitForIdle();
            assertThat(thrown).isEmpty();
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
    }

    @Test
    void theStartWindowOpensPreferencesToo() {
        ui.app(new TestHosting(room.dir().resolve("unused"))).start();
        FrameFixture start = ui.frame("startWindow");
        focused(start).button("preferences").click();
        DialogFixture prefs = ui.dialog("preferencesDialog");
        assertThat(prefs.comboBox("theme").selectedItem()).isEqualTo("Follow system");
        prefs.button("close").click();
        UiDriver.awaitClosed(prefs.target());
    }

    private DialogFixture openPreferences(FrameFixture chat) {
        focused(chat).menuItemWithPath("Room", "Preferences…").click();
        return ui.dialog("preferencesDialog");
    }

    private FrameFixture join(String user, Path prefs, NotifyIT.RecordingNotifier notifier) {
        ui.appTrusting(room.server(), "127.0.0.1", room.port(), prefs, notifier)
                .join(new RoomAddress("127.0.0.1", room.port()));
        return ui.register(user);
    }

    private static ParleyClient client(String user) throws Exception {
        var client = ParleyClient.connect("127.0.0.1", room.port());
        client.register(user, ("pw-" + user).toCharArray()).get(10, TimeUnit.SECONDS);
        return client;
    }

    private static void awaitTitle(FrameFixture f, String prefix) {
        await(
                "title starts with " + prefix,
                () -> GuiActionRunner.execute(() -> f.target().getTitle()).startsWith(prefix));
    }

    private static Color background(FrameFixture chat) {
        return GuiActionRunner.execute(() -> chat.textBox("messages").target().getBackground());
    }

    private static boolean isDark(Color c) {
        return (0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue()) < 128;
    }

    /** Paints the whole window off screen, as a repaint would; an exception fails the test. */
    private static void paint(Component window) {
        GuiActionRunner.execute(() -> {
            var image = new BufferedImage(
                    Math.max(1, window.getWidth()), Math.max(1, window.getHeight()), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            try {
                window.paint(g);
            } finally {
                g.dispose();
            }
        });
    }
}
