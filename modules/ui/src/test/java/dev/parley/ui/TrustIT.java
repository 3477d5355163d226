package dev.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.KnownRooms;
import dev.parley.client.RoomAddress;
import dev.parley.protocol.tls.Fingerprint;
import dev.parley.testroom.FakeTlsRoom;
import dev.parley.testroom.FakeTlsRoom.Mode;
import dev.parley.ui.trust.RoomFingerprintDialog;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import javax.swing.JDialog;
import org.assertj.swing.core.matcher.JLabelMatcher;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trust on first use as a person meets it: the fingerprint shown on the first join, the warning when it changes,
 * what the chat window says about the connection, and the host's choice to require encryption. Against a stand-in
 * room showing test certificate A or B, or speaking plain JSON.
 */
class TrustIT {

    private static final Fingerprint A = FakeTlsRoom.fingerprint(Mode.ROOM_A);
    private static final Fingerprint B = FakeTlsRoom.fingerprint(Mode.ROOM_B);

    @TempDir
    Path dir;

    @RegisterExtension
    final UiDriver ui = new UiDriver();

    private final KnownRooms known = KnownRooms.inMemory();
    private FakeTlsRoom room;

    @AfterEach
    void closeRoom() throws Exception {
        if (room != null) {
            room.close();
        }
    }

    private void join(Mode mode) throws Exception {
        room = new FakeTlsRoom(mode);
        ui.app(new TestHosting(dir), known).join(new RoomAddress(room.host(), room.port()));
    }

    private String key() {
        return KnownRooms.key(room.host(), room.port());
    }

    /** A fingerprint as shown, run together: what a person compares. */
    private static String digits(String shown) {
        return shown.replaceAll("\\s", "").toLowerCase(Locale.ROOT);
    }

    private static String tooltip(FrameFixture f) {
        return GuiActionRunner.execute(() -> f.label("security").target().getToolTipText());
    }

    @Test
    void theFirstJoinShowsTheFingerprintAndTrustJoins() throws Exception {
        join(Mode.ROOM_A);

        DialogFixture ask = ui.dialog("trustNewRoom");
        assertThat(digits(ask.textBox("fingerprint").text())).isEqualTo(A.hex());
        assertThat(ask.textBox("fingerprint").text()).startsWith(A.toString().substring(0, 39) + "\n");
        ask.button("trust").click();

        DialogFixture login = ui.dialog("loginDialog");
        assertThat(login.label("security").text()).isEqualTo("Encrypted · fingerprint trusted now");
        assertThat(known.fingerprintOf(key())).contains(A);
        FrameFixture chat = ui.register("alice");
        assertThat(chat.label("security").text()).isEqualTo("Encrypted · fingerprint trusted now");
        assertThat(tooltip(chat)).contains(A.toString());
    }

    @Test
    void aRoomTrustedBeforeIsVerifiedWithoutAsking() throws Exception {
        room = new FakeTlsRoom(Mode.ROOM_A);
        known.remember(KnownRooms.key(room.host(), room.port()), A);
        ui.app(new TestHosting(dir), known).join(new RoomAddress(room.host(), room.port()));

        FrameFixture chat = ui.register("alice");

        assertThat(chat.label("security").text()).isEqualTo("Encrypted and verified");
        assertThat(tooltip(chat)).contains(A.toString());
        assertThat(GuiActionRunner.execute(() -> chat.label("security").target().getIcon()))
                .isNotNull();
    }

    @Test
    void cancellingTheFirstJoinJoinsNothingAndRemembersNothing() throws Exception {
        join(Mode.ROOM_A);

        ui.dialog("trustNewRoom").button("cancel").click();

        DialogFixture join = ui.dialog("joinDialog");
        UiDriver.awaitContains(() -> join.label("status").text(), "was not trusted");
        assertThat(known.all()).isEmpty();
    }

    @Test
    void aChangedFingerprintWarnsWithBothAndEnterCancels() throws Exception {
        room = new FakeTlsRoom(Mode.ROOM_B);
        known.remember(KnownRooms.key(room.host(), room.port()), A);
        ui.app(new TestHosting(dir), known).join(new RoomAddress(room.host(), room.port()));

        DialogFixture warning = ui.dialog("roomChanged");
        assertThat(digits(warning.textBox("knownFingerprint").text())).isEqualTo(A.hex());
        assertThat(digits(warning.textBox("presentedFingerprint").text())).isEqualTo(B.hex());
        assertThat(GuiActionRunner.execute(() -> ((JDialog) warning.target())
                        .getRootPane()
                        .getDefaultButton()
                        .getName()))
                .isEqualTo("cancel");
        warning.button("trustChanged").requireDisabled();
        warning.pressAndReleaseKeys(KeyEvent.VK_ENTER);

        UiDriver.awaitClosed(warning.target());
        DialogFixture join = ui.dialog("joinDialog");
        UiDriver.awaitContains(() -> join.label("status").text(), "different fingerprint");
        assertThat(known.fingerprintOf(key())).contains(A);
    }

    @Test
    void onlyTickingAndTrustingAcceptsTheChangedFingerprint() throws Exception {
        room = new FakeTlsRoom(Mode.ROOM_B);
        known.remember(KnownRooms.key(room.host(), room.port()), A);
        ui.app(new TestHosting(dir), known).join(new RoomAddress(room.host(), room.port()));

        DialogFixture warning = ui.dialog("roomChanged");
        warning.checkBox("confirmChange").click();
        warning.button("trustChanged").requireEnabled().click();

        assertThat(ui.dialog("loginDialog").label("security").text()).isEqualTo("Encrypted · fingerprint trusted now");
        assertThat(known.fingerprintOf(key())).contains(B);
    }

    @Test
    void aPlainRoomIsJoinedAndSaidToBeNotEncrypted() throws Exception {
        join(Mode.PLAIN);

        FrameFixture chat = ui.register("alice");

        assertThat(chat.label("security").text()).isEqualTo("Not encrypted");
        assertThat(tooltip(chat)).contains("does not use encryption");
        assertThat(known.all()).isEmpty();
    }

    @Test
    void theHostsRoomFingerprintWindowShowsItOrSaysThereIsNone() {
        GuiActionRunner.execute(
                () -> new RoomFingerprintDialog(null, "Lab", Optional.of(A.toString())).setVisible(true));
        DialogFixture shown = ui.dialog("roomFingerprintDialog");
        assertThat(digits(shown.textBox("fingerprint").text())).isEqualTo(A.hex());
        shown.button("close").click();
        UiDriver.awaitClosed(shown.target());

        GuiActionRunner.execute(() -> new RoomFingerprintDialog(null, "Lab", Optional.empty()).setVisible(true));
        DialogFixture none = ui.dialog("roomFingerprintDialog");
        none.label(JLabelMatcher.withText(Pattern.compile(".*does not use encryption, so it has no fingerprint.*")))
                .requireVisible();
        assertThat(GuiActionRunner.execute(() -> UiDriver.textBoxes(none.target())))
                .isEmpty();
    }

    @Test
    void requireEncryptionInTheHostDialogReachesTheRoomsSettings() throws Exception {
        var chosen = new AtomicReference<HostSettings>();
        var testHosting = new TestHosting(dir);
        RoomHosting hosting = settings -> {
            chosen.set(settings);
            return testHosting.start(settings);
        };
        ui.app(hosting).host();
        DialogFixture host = ui.dialog("hostDialog");
        host.textBox("hostName").setText("host");
        host.textBox("roomName").setText("Locked");
        host.spinner("port").select(UiDriver.freePort());
        host.checkBox("requireTls").requireNotSelected().click();
        host.button("startRoom").click();
        ui.frame("chatWindow-host");
        assertThat(chosen.get().requireTls()).isTrue();
        assertThat(chosen.get().roomName()).isEqualTo("Locked");
    }
}
