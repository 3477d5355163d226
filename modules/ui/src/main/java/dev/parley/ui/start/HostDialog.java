package dev.parley.ui.start;

import dev.parley.client.ParleyClient;
import dev.parley.protocol.ParleyVersion;
import dev.parley.ui.HostSettings;
import dev.parley.ui.HostedRoom;
import dev.parley.ui.OwnRoom;
import dev.parley.ui.RoomHosting;
import dev.parley.ui.Windows.HostStarted;
import dev.parley.ui.common.Background;
import dev.parley.ui.common.FormDialog;
import dev.parley.ui.prefs.UiPreferences;
import java.awt.Window;
import java.awt.event.KeyEvent;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;
import net.miginfocom.swing.MigLayout;

/**
 * Host room: name, port, guests, minimum client version; starts the room inside this app, connects to it, and
 * reports the room and the connection.
 */
public final class HostDialog extends FormDialog {

    private final UiPreferences prefs;
    private final RoomHosting hosting;
    private final HostStarted started;
    private final JTextField roomName = new JTextField(20);
    private final JSpinner port;
    private final JCheckBox allowGuests = new JCheckBox("Allow guests (old clients without an account)");
    private final JCheckBox requireTls = new JCheckBox("Require encryption (refuse plain clients)");
    private final JCheckBox announce = new JCheckBox("Announce this room on the local network", true);
    private final JTextField minVersion = new JTextField("0.0.0", 8);
    private final JButton start = new JButton("Start room");

    public HostDialog(Window owner, UiPreferences prefs, RoomHosting hosting, HostStarted started) {
        super(owner, "Host a room", "hostDialog");
        this.prefs = prefs;
        this.hosting = hosting;
        this.started = started;
        roomName.setName("roomName");
        roomName.setText(prefs.lastRoomName());
        port = new JSpinner(new SpinnerNumberModel(prefs.lastHostPort(), 1, 65535, 1));
        port.setName("port");
        port.setEditor(new JSpinner.NumberEditor(port, "#"));
        allowGuests.setName("allowGuests");
        allowGuests.setMnemonic(KeyEvent.VK_G);
        requireTls.setName("requireTls");
        requireTls.setMnemonic(KeyEvent.VK_E);
        requireTls.setToolTipText("<html>Parley clients always encrypt. Plain clients are older Parley versions and "
                + "clients written to the original spec:<br>with this ticked, the room turns them away.</html>");
        announce.setName("announce");
        announce.setMnemonic(KeyEvent.VK_N);
        announce.setToolTipText("Parley's Join dialog on other machines of this network lists the room");
        minVersion.setName("minVersion");
        start.setName("startRoom");
        start.addActionListener(e -> startRoom());
        var cancel = new JButton("Cancel");
        cancel.setName("cancel");
        cancel.addActionListener(e -> cancel());

        var panel = new JPanel(new MigLayout("insets 20, wrap 2, fillx", "[right][grow,fill]"));
        panel.add(label("Room name:", 'R', roomName));
        panel.add(roomName);
        panel.add(label("Port:", 'P', port));
        panel.add(port, "growx 0, w 100!");
        panel.add(new JLabel());
        panel.add(allowGuests);
        panel.add(new JLabel());
        panel.add(requireTls);
        panel.add(new JLabel());
        panel.add(announce);
        panel.add(label("Minimum client version:", 'M', minVersion));
        panel.add(minVersion, "growx 0, w 100!");
        panel.add(status, "span 2, growx, gaptop 8, w 380:380:");
        panel.add(progress, "span 2, growx, hidemode 3");
        panel.add(start, "span 2, split 2, align right, tag ok, gaptop 8");
        panel.add(cancel, "tag cancel");
        inputs(roomName, port, allowGuests, requireTls, announce, minVersion, start);
        setContentPane(panel);
        getRootPane().setDefaultButton(start);
        pack();
        setLocationRelativeTo(owner);
    }

    private void startRoom() {
        String name = roomName.getText().strip();
        if (name.isEmpty()) {
            refuse("Give the room a name.");
            return;
        }
        ParleyVersion min;
        try {
            min = ParleyVersion.parse(minVersion.getText());
        } catch (IllegalArgumentException e) {
            refuse("The minimum client version is written like 1.0.0.");
            return;
        }
        int portNumber = (Integer) port.getValue();
        var settings = new HostSettings(
                name, portNumber, allowGuests.isSelected(), min, requireTls.isSelected(), announce.isSelected());
        busy("Starting the room on port " + portNumber + "…");
        Background.run(
                () -> {
                    HostedRoom room = hosting.start(settings);
                    try {
                        OwnRoom own = OwnRoom.lookUp(room);
                        return new Opened(own, own.connect());
                    } catch (Exception e) {
                        room.stop();
                        throw e;
                    }
                },
                opened -> {
                    if (!isDisplayable()) {
                        // Cancelled while the room started: nobody wants it any more.
                        opened.client().close();
                        Background.run(
                                () -> {
                                    opened.room().room().stop();
                                    return null;
                                },
                                x -> {},
                                e -> {});
                        return;
                    }
                    prefs.rememberHost(name, portNumber);
                    dispose();
                    started.started(opened.room(), opened.client());
                },
                e -> refuse(Background.messageOf(e)));
    }

    private record Opened(OwnRoom room, ParleyClient client) {}
}
