package dev.parley.ui.start;

import dev.parley.ui.OwnRoom;
import dev.parley.ui.Windows.RunningRoomChoices;
import dev.parley.ui.common.Background;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.WindowConstants;
import net.miginfocom.swing.MigLayout;

/**
 * Shown while this app hosts a room but has no chat window in it (the host cancelled or failed a login, or closed
 * the chat window and kept the room): the room keeps running for everyone in it, and this says so, with Open chat
 * and Stop room. Closing it quits, which stops the room, after asking.
 */
public final class RunningRoomWindow extends JFrame {

    private final OwnRoom own;
    private final RunningRoomChoices choices;
    private final JButton openChat = new JButton("Open chat");
    private final JButton stopRoom = new JButton("Stop room");
    private final JLabel status = new JLabel(" ");
    private boolean stopping;

    public RunningRoomWindow(OwnRoom own, RunningRoomChoices choices) {
        super("Parley: " + own.tools().roomName());
        this.own = own;
        this.choices = choices;
        setName("runningRoom");
        setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                askToStop();
            }
        });

        var heading = new JLabel("Your room \"" + own.tools().roomName() + "\" is running");
        heading.setName("runningHeading");
        heading.putClientProperty("FlatLaf.styleClass", "h3");
        var where = new JLabel("<html>Others join with: <b>" + String.join("</b> or <b>", own.othersJoinWith())
                + "</b><br>Everyone in it stays connected until you stop it.</html>");
        where.setName("joinAddresses");
        openChat.setName("openChat");
        openChat.setMnemonic(KeyEvent.VK_O);
        openChat.addActionListener(e -> {
            busy("Connecting to your room…");
            choices.openChat(this::failed);
        });
        stopRoom.setName("stopRoom");
        stopRoom.setMnemonic(KeyEvent.VK_S);
        stopRoom.addActionListener(e -> askToStop());
        status.setName("status");

        var panel = new JPanel(new MigLayout("insets 20, wrap 1, fillx", "[grow,fill]"));
        panel.add(heading);
        panel.add(where, "w 380:380:");
        panel.add(status, "gaptop 8");
        panel.add(openChat, "split 2, align right, tag ok, gaptop 8");
        panel.add(stopRoom, "tag cancel");
        setContentPane(panel);
        getRootPane().setDefaultButton(openChat);
        pack();
        setLocationRelativeTo(null);
    }

    /** Opening the chat did not work: say why and offer it again. */
    public void failed(String why) {
        openChat.setEnabled(true);
        stopRoom.setEnabled(true);
        status.setText("<html>" + why.replace("&", "&amp;").replace("<", "&lt;") + "</html>");
    }

    private void busy(String what) {
        openChat.setEnabled(false);
        stopRoom.setEnabled(false);
        status.setText(what);
    }

    private void askToStop() {
        if (stopping) {
            return;
        }
        int answer = JOptionPane.showConfirmDialog(
                this,
                "Stop the room? Everyone in it is disconnected.",
                "Stop room",
                JOptionPane.OK_CANCEL_OPTION,
                JOptionPane.WARNING_MESSAGE);
        if (answer != JOptionPane.OK_OPTION) {
            return;
        }
        stopping = true;
        busy("Stopping the room…");
        Background.run(
                () -> {
                    own.room().stop();
                    return null;
                },
                x -> stopped(),
                e -> stopped());
    }

    private void stopped() {
        dispose();
        choices.stopped();
    }
}
