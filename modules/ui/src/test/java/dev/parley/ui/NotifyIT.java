package dev.parley.ui;

import static dev.parley.ui.UiDriver.await;
import static dev.parley.ui.UiDriver.awaitContains;
import static dev.parley.ui.UiDriver.focused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.ParleyClient;
import dev.parley.client.RoomAddress;
import dev.parley.ui.notify.Alert;
import dev.parley.ui.notify.Notifier;
import dev.parley.ui.notify.NotifySettings;
import dev.parley.ui.notify.NotifyWhen;
import dev.parley.ui.prefs.UiPreferences;
import java.awt.Frame;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Being told when someone writes: messages that come while the person looks at another window count in the chat
 * window's title until it has the focus again, and reach the {@link Notifier} as the notification settings say. The
 * test's notifier records what the desktop would have shown.
 */
class NotifyIT {

    @RegisterExtension
    static final SharedRoom room = new SharedRoom();

    @RegisterExtension
    final UiDriver ui = new UiDriver();

    @Test
    void messagesWhileLookingElsewhereCountInTheTitleAndNotifyUntilTheWindowHasTheFocus() throws Exception {
        var notifier = new RecordingNotifier();
        FrameFixture ann = join("ann", ui.prefs(), notifier);
        try (ParleyClient bo = client("bo")) {
            ui.lookElsewhere();

            bo.sendMessage("hello there");
            awaitTitle(ann, "(1) Parley: ");
            bo.sendMessage("@ann are you there?");
            awaitTitle(ann, "(2) Parley: ");

            assertThat(notifier.alerts)
                    .extracting(Alert::from, Alert::text, Alert::mention)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("bo", "hello there", false),
                            org.assertj.core.groups.Tuple.tuple("bo", "@ann are you there?", true));
            assertThat(notifier.unread(ann.target())).isEqualTo(2);

            focused(ann);
            await("count cleared", () -> title(ann).startsWith("Parley: ") && notifier.unread(ann.target()) == 0);

            // Looking at the room: nothing to count, nothing to tell.
            bo.sendMessage("now you see it");
            awaitContains(() -> ann.textBox("messages").text(), "now you see it");
            assertThat(title(ann)).startsWith("Parley: ");
            assertThat(notifier.alerts).hasSize(2);
        }
    }

    @Test
    void theSettingDecidesWhichMessagesNotifyWhileEveryOneCounts() throws Exception {
        var notifier = new RecordingNotifier();
        Path node = ui.prefs();
        var settings = new UiPreferences(node);
        settings.rememberNotifySettings(new NotifySettings(NotifyWhen.MENTIONS, false, null));
        FrameFixture cy = join("cy", node, notifier);
        try (ParleyClient di = client("di")) {
            ui.lookElsewhere();

            di.sendMessage("just chatting");
            awaitTitle(cy, "(1) ");
            di.sendMessage("cy, a question for you");
            awaitTitle(cy, "(2) ");
            assertThat(notifier.texts()).containsExactly("cy, a question for you");

            settings.rememberNotifySettings(new NotifySettings(NotifyWhen.NONE, true, null));
            di.sendMessage("@cy again");
            awaitTitle(cy, "(3) ");

            settings.rememberNotifySettings(
                    new NotifySettings(NotifyWhen.ALL, true, Instant.now().plus(NotifySettings.MUTE)));
            di.sendMessage("@cy while muted");
            awaitTitle(cy, "(4) ");
            assertThat(notifier.texts()).containsExactly("cy, a question for you");

            settings.rememberNotifySettings(new NotifySettings(NotifyWhen.ALL, true, null));
            di.sendMessage("anything at all");
            awaitTitle(cy, "(5) ");
            assertThat(notifier.texts()).containsExactly("cy, a question for you", "anything at all");
            assertThat(notifier.alerts.getLast().sound()).isTrue();
        }
    }

    @Test
    void theDesktopsNotifierDoesWhatThePlatformAllowsAndNothingHarmfulElsewhere() {
        // Under Xvfb there is no tray and no taskbar: each step must pass over what is missing without failing.
        GuiActionRunner.execute(() -> {
            var window = new javax.swing.JFrame("(2) Parley: room (eva)");
            var desktop = new dev.parley.ui.notify.DesktopNotifier();
            desktop.unread(window, 2);
            desktop.alert(window, new Alert("room", "ida", "x".repeat(500), true, false));
            desktop.unread(window, 0);
            window.dispose();
        });
        if (java.awt.SystemTray.isSupported()) {
            assertThat(java.awt.SystemTray.getSystemTray().getTrayIcons()).isEmpty();
        }
    }

    private FrameFixture join(String user, Path prefs, Notifier notifier) {
        ui.appTrusting(room.server(), "127.0.0.1", room.port(), prefs, notifier)
                .join(new RoomAddress("127.0.0.1", room.port()));
        return ui.register(user);
    }

    private static ParleyClient client(String user) throws Exception {
        var client = ParleyClient.connect("127.0.0.1", room.port());
        client.register(user, ("pw-" + user).toCharArray()).get(10, TimeUnit.SECONDS);
        return client;
    }

    private static String title(FrameFixture f) {
        return GuiActionRunner.execute(() -> f.target().getTitle());
    }

    private static void awaitTitle(FrameFixture f, String prefix) {
        await("title starts with " + prefix, () -> title(f).startsWith(prefix));
    }

    /** What the desktop would have shown. */
    static final class RecordingNotifier implements Notifier {
        final List<Alert> alerts = new CopyOnWriteArrayList<>();
        private final Map<Frame, Integer> unread = new ConcurrentHashMap<>();

        @Override
        public void alert(Frame window, Alert alert) {
            alerts.add(alert);
        }

        @Override
        public void unread(Frame window, int count) {
            unread.put(window, count);
        }

        int unread(Frame window) {
            return unread.getOrDefault(window, 0);
        }

        List<String> texts() {
            return alerts.stream().map(Alert::text).toList();
        }
    }
}
