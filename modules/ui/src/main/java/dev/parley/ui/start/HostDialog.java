package dev.parley.ui.start;

import dev.parley.client.ParleyClient;
import dev.parley.protocol.ParleyVersion;
import dev.parley.ui.AppFlow;
import dev.parley.ui.HostSettings;
import dev.parley.ui.HostedRoom;
import dev.parley.ui.RoomHosting;
import dev.parley.ui.common.Background;
import dev.parley.ui.common.FormDialog;
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

/** Host room: name, port, guests, minimum client version; starts the room inside this app, then connects to it. */
public final class HostDialog extends FormDialog {

    private final AppFlow flow;
    private final RoomHosting hosting;
    private final JTextField roomName = new JTextField(20);
    private final JSpinner port;
    private final JCheckBox allowGuests = new JCheckBox("Allow guests (old clients without an account)");
    private final JTextField minVersion = new JTextField("0.0.0", 8);
    private final JButton start = new JButton("Start room");

    public HostDialog(Window owner, AppFlow flow, RoomHosting hosting) {
        super(owner, "Host a room", "hostDialog");
        this.flow = flow;
        this.hosting = hosting;
        roomName.setName("roomName");
        roomName.setText(flow.prefs().lastRoomName());
        port = new JSpinner(new SpinnerNumberModel(flow.prefs().lastHostPort(), 1, 65535, 1));
        port.setName("port");
        port.setEditor(new JSpinner.NumberEditor(port, "#"));
        allowGuests.setName("allowGuests");
        allowGuests.setMnemonic(KeyEvent.VK_G);
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
        panel.add(label("Minimum client version:", 'M', minVersion));
        panel.add(minVersion, "growx 0, w 100!");
        panel.add(status, "span 2, growx, gaptop 8, w 380:380:");
        panel.add(progress, "span 2, growx, hidemode 3");
        panel.add(start, "span 2, split 2, align right, tag ok, gaptop 8");
        panel.add(cancel, "tag cancel");
        inputs(roomName, port, allowGuests, minVersion, start);
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
        var settings = new HostSettings(name, portNumber, allowGuests.isSelected(), min);
        busy("Starting the room on port " + portNumber + "…");
        Background.run(() -> {
            HostedRoom room = hosting.start(settings);
            try {
                return new Started(room, ParleyClient.connect("127.0.0.1", room.port()));
            } catch (Exception e) {
                room.stop();
                throw e;
            }
        }, started -> {
            if (!isDisplayable()) {
                started.client().close();
                started.room().stop();
                return;
            }
            flow.prefs().rememberHost(name, portNumber);
            dispose();
            flow.showLogin(started.client(), started.room());
        }, e -> refuse(Background.messageOf(e)));
    }

    private record Started(HostedRoom room, ParleyClient client) {
    }
}
