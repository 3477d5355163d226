package dev.parley.ui.start;

import dev.parley.client.KnownRooms;
import dev.parley.client.ParleyClient;
import dev.parley.client.RoomAddress;
import dev.parley.client.RoomTrust;
import dev.parley.ui.RoomFinder;
import dev.parley.ui.common.Background;
import dev.parley.ui.common.FormDialog;
import dev.parley.ui.prefs.UiPreferences;
import dev.parley.ui.trust.SwingTrustPrompt;
import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/**
 * Join room: one of the rooms on the local network, an address (host or host:port) or one of the recent rooms.
 * Connects trusting the room on first use (asking the person about a new or changed fingerprint), asks the room what
 * it is (an address where something else listens is refused here, before any login) and reports the connection it
 * made; the recent rooms remember the room's name.
 */
public final class JoinDialog extends FormDialog {

    private final UiPreferences prefs;
    private final KnownRooms knownRooms;
    private final Consumer<ParleyClient> connected;
    private final JTextField address = new JTextField(24);
    private final JButton connect = new JButton("Connect");
    private final NetworkRoomsList networkRooms;

    /** @param connected gets the connection, once made; the dialog has closed by then */
    public JoinDialog(
            Window owner,
            UiPreferences prefs,
            KnownRooms knownRooms,
            RoomAddress prefill,
            RoomFinder finder,
            Consumer<ParleyClient> connected) {
        super(owner, "Join a room", "joinDialog");
        this.prefs = prefs;
        this.knownRooms = knownRooms;
        this.connected = connected;
        address.setName("address");
        networkRooms = new NetworkRoomsList(finder, address::setText, chosen -> {
            address.setText(chosen);
            connect();
        });
        var recent = new RecentRoomsList(
                prefs,
                address::setText,
                chosen -> {
                    address.setText(chosen);
                    connect();
                },
                this::pack);
        if (prefill != null) {
            address.setText(prefill.toString());
        } else if (recent.latest() != null) {
            address.setText(recent.latest());
        }
        connect.setName("connect");
        connect.addActionListener(e -> connect());
        var cancel = new JButton("Cancel");
        cancel.setName("cancel");
        cancel.addActionListener(e -> cancel());

        var label = new JLabel("Room address:");
        label.setDisplayedMnemonic('A');
        label.setLabelFor(address);
        var hint = new JLabel("The host's address, such as 192.168.1.5 or myhost:5050");
        hint.putClientProperty("FlatLaf.styleClass", "small");
        var panel = new JPanel(new MigLayout("insets 20, wrap 1, fillx", "[grow,fill]"));
        panel.add(networkRooms, "gapbottom 8");
        panel.add(label);
        panel.add(address);
        panel.add(hint);
        panel.add(recent, "gaptop 8, hidemode 3");
        panel.add(status, "gaptop 8, w 440:440:");
        panel.add(progress, "hidemode 3");
        panel.add(connect, "split 2, align right, tag ok, gaptop 8");
        panel.add(cancel, "tag cancel");
        inputs(address, networkRooms.roomList(), recent.roomList(), connect);
        setContentPane(panel);
        getRootPane().setDefaultButton(connect);
        pack();
        setLocationRelativeTo(owner);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowOpened(WindowEvent e) {
                networkRooms.start();
            }
        });
    }

    @Override
    public void dispose() {
        networkRooms.stop();
        super.dispose();
    }

    /** Connects to the typed address, off the event thread. */
    public void connect() {
        RoomAddress room;
        try {
            room = RoomAddress.parse(address.getText());
        } catch (IllegalArgumentException e) {
            refuse(e.getMessage());
            return;
        }
        busy("Connecting to " + room + "…");
        var trust = new RoomTrust.OnFirstUse(knownRooms, new SwingTrustPrompt(this));
        Background.run(
                () -> ParleyClient.connect(room.host(), room.port(), trust),
                client -> {
                    if (!isDisplayable()) {
                        client.close();
                        return;
                    }
                    prefs.rememberRoom(room.toString(), client.room().name());
                    dispose();
                    connected.accept(client);
                },
                e -> refuse(Background.messageOf(e)));
    }
}
