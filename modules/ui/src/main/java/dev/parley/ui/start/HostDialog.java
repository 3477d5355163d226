package dev.parley.ui.start;

import dev.parley.protocol.ParleyVersion;
import dev.parley.protocol.Usernames;
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
import java.net.BindException;
import java.util.Arrays;
import java.util.OptionalInt;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;
import net.miginfocom.swing.MigLayout;

/**
 * Host room: the host's name (the room's owner, remembered), an optional password for the owner to join from another
 * computer, room name, port, guests, minimum client version; says whether the room keeps history. Starts the room
 * inside this app, connects to it and enters as its owner, and reports the room and the connection.
 */
public final class HostDialog extends FormDialog {

    private final UiPreferences prefs;
    private final RoomHosting hosting;
    private final HostStarted started;
    private final JTextField hostName = new JTextField(20);
    private final JPasswordField ownerPassword = new JPasswordField(20);
    private final JPasswordField ownerPasswordAgain = new JPasswordField(20);
    private final JLabel historyLine = new JLabel(" ");
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
        hostName.setName("hostName");
        hostName.setText(prefs.hostName());
        hostName.setToolTipText("Your name in the room; you enter it as its owner, without a password");
        ownerPassword.setName("ownerPassword");
        ownerPassword.setToolTipText("<html>Leave empty unless you want to join your room from another computer:<br>"
                + "there you log in as yourself with this password. You can set it later in the Room menu.</html>");
        ownerPasswordAgain.setName("ownerPasswordAgain");
        historyLine.setName("historyLine");
        historyLine.putClientProperty("FlatLaf.styleClass", "small");
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
        panel.add(label("Your name:", 'Y', hostName));
        panel.add(hostName);
        panel.add(new JLabel("<html>Password for joining<br>from another computer:</html>"));
        panel.add(ownerPassword, "split 2, growx");
        panel.add(new JLabel("(optional)"));
        var again = label("Password again:", 'a', ownerPasswordAgain);
        panel.add(again);
        panel.add(ownerPasswordAgain, "gapbottom 8");
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
        panel.add(historyLine, "span 2, growx, gaptop 8, w 380:380:");
        panel.add(status, "span 2, growx, gaptop 8, w 380:380:");
        panel.add(progress, "span 2, growx, hidemode 3");
        panel.add(start, "span 2, split 2, align right, tag ok, gaptop 8");
        panel.add(cancel, "tag cancel");
        inputs(
                hostName,
                ownerPassword,
                ownerPasswordAgain,
                roomName,
                port,
                allowGuests,
                requireTls,
                announce,
                minVersion,
                start);
        setContentPane(panel);
        getRootPane().setDefaultButton(start);
        pack();
        setLocationRelativeTo(owner);
        Background.run(hosting::historySize, this::showHistory, e -> {});
    }

    /** One short line on what newcomers see of the past, from server.json's historySize. */
    private void showHistory(OptionalInt size) {
        if (size.isEmpty()) {
            return;
        }
        // HTML, so the line wraps within the dialog's width rather than being cut.
        historyLine.setText(
                size.getAsInt() > 0
                        ? "<html>History: the room keeps its last " + size.getAsInt()
                                + " messages and shows them to everyone who joins.</html>"
                        : "<html>History: off. People who join see only what is said after they arrive.</html>");
    }

    private void startRoom() {
        String owner = hostName.getText().strip();
        var nameProblem = Usernames.problemWith(owner);
        if (nameProblem.isPresent()) {
            refuse(owner.isEmpty() ? "Type your name: you enter the room under it." : nameProblem.get());
            hostName.requestFocusInWindow();
            return;
        }
        char[] password = ownerPassword.getPassword();
        char[] again = ownerPasswordAgain.getPassword();
        boolean same = Arrays.equals(password, again);
        Arrays.fill(again, '\0');
        if (!same) {
            Arrays.fill(password, '\0');
            refuse("The two passwords differ. Type the same password twice, or leave both empty.");
            ownerPassword.requestFocusInWindow();
            return;
        }
        String name = roomName.getText().strip();
        if (name.isEmpty()) {
            Arrays.fill(password, '\0');
            refuse("Give the room a name.");
            return;
        }
        ParleyVersion min;
        try {
            min = ParleyVersion.parse(minVersion.getText());
        } catch (IllegalArgumentException e) {
            Arrays.fill(password, '\0');
            refuse("The minimum client version is written like 1.0.0.");
            return;
        }
        int portNumber = (Integer) port.getValue();
        var settings = new HostSettings(
                name, portNumber, allowGuests.isSelected(), min, requireTls.isSelected(), announce.isSelected(), owner);
        busy("Starting the room on port " + portNumber + "…");
        Background.run(
                () -> {
                    HostedRoom room = hosting.start(settings);
                    try {
                        if (password.length > 0) {
                            room.tools().setPassword(owner, password);
                        }
                        OwnRoom own = OwnRoom.lookUp(room);
                        return new Opened(own, own.connectAsOwner());
                    } catch (Exception e) {
                        room.stop();
                        throw e;
                    } finally {
                        Arrays.fill(password, '\0');
                    }
                },
                opened -> {
                    if (!isDisplayable()) {
                        // Cancelled while the room started: nobody wants it any more.
                        opened.connection().client().close();
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
                    prefs.rememberHostName(owner);
                    dispose();
                    started.started(opened.room(), opened.connection());
                },
                e -> refuse(whyNotStarted(e, portNumber)));
    }

    /** A port in use is said in this dialog's terms (the port field), not the command line's. */
    private static String whyNotStarted(Throwable e, int portNumber) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return "Port " + portNumber + " is already in use on this computer. Choose another port above, "
                        + "or stop the program using it.";
            }
        }
        return Background.messageOf(e);
    }

    private record Opened(OwnRoom room, OwnRoom.Connected connection) {}
}
