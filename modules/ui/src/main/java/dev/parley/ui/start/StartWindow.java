package dev.parley.ui.start;

import dev.parley.client.RoomAddress;
import dev.parley.ui.Windows.StartChoices;
import dev.parley.ui.prefs.UiPreferences;
import dev.parley.ui.prefs.UiPreferences.RecentRoom;
import dev.parley.ui.settings.PreferencesDialog;
import java.awt.Font;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import javax.swing.AbstractAction;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.WindowConstants;
import net.miginfocom.swing.MigLayout;

/** The first window: Host room, Join room, and recent rooms for one click. It reports the choice; that is all. */
public final class StartWindow extends JFrame {

    private final StartChoices choices;
    private final JList<RecentRoom> recent;

    public StartWindow(UiPreferences prefs, StartChoices choices) {
        super("Parley");
        this.choices = choices;
        setName("startWindow");
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);

        var title = new JLabel("Parley");
        title.setFont(title.getFont().deriveFont(Font.BOLD, title.getFont().getSize2D() * 2.2f));
        var subtitle = new JLabel("Chat rooms for your local network");
        subtitle.putClientProperty("FlatLaf.styleClass", "h4");

        var host = new JButton("Host room…");
        host.setName("hostButton");
        host.setMnemonic(KeyEvent.VK_H);
        host.setToolTipText("Open a room on this computer that others on the network can join");
        host.addActionListener(e -> choices.host(this));

        var join = new JButton("Join room…");
        join.setName("joinButton");
        join.setMnemonic(KeyEvent.VK_J);
        join.setToolTipText("Join a room someone else hosts");
        join.addActionListener(e -> choices.join(this, null, false));

        // "Attic — 192.168.1.20:5999": the name the room gave when last joined, beside its address
        recent = new JList<>(prefs.recentRoomsNamed().toArray(RecentRoom[]::new));
        recent.setName("recentRooms");
        recent.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        recent.setVisibleRowCount(5);
        recent.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2) {
                    joinSelected();
                }
            }
        });
        recent.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "join");
        recent.getActionMap().put("join", new AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                joinSelected();
            }
        });
        var recentLabel = new JLabel(
                recent.getModel().getSize() == 0
                        ? "Recent rooms appear here once you have joined one."
                        : "Recent rooms (double-click or Enter to join):");
        recentLabel.setLabelFor(recent);

        var panel = new JPanel(new MigLayout("insets 24, wrap 2, fillx", "[grow,fill][grow,fill]"));
        panel.add(title, "span 2, align center");
        panel.add(subtitle, "span 2, align center, gapbottom 16");
        panel.add(host, "h 48!");
        panel.add(join, "h 48!");
        panel.add(recentLabel, "span 2, gaptop 16");
        panel.add(new JScrollPane(recent), "span 2, h 110!");
        panel.add(PreferencesDialog.button(this, prefs), "span 2, right");
        setContentPane(panel);
        getRootPane().setDefaultButton(join);
        // Enter presses the button with the ring: the focused button is the default one; in the list, Enter
        // joins the selected room, so no button wears the ring there.
        defaultFollowsFocus(host);
        defaultFollowsFocus(join);
        recent.addFocusListener(new FocusAdapter() {
            @Override
            public void focusGained(FocusEvent e) {
                getRootPane().setDefaultButton(null);
            }
        });
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowOpened(WindowEvent e) {
                join.requestFocusInWindow();
            }
        });
        pack();
        setMinimumSize(getSize());
        setLocationRelativeTo(null);
    }

    private void defaultFollowsFocus(JButton button) {
        button.addFocusListener(new FocusAdapter() {
            @Override
            public void focusGained(FocusEvent e) {
                getRootPane().setDefaultButton(button);
            }
        });
    }

    private void joinSelected() {
        RecentRoom room = recent.getSelectedValue();
        if (room != null) {
            choices.join(this, RoomAddress.parse(room.address()), true);
        }
    }
}
