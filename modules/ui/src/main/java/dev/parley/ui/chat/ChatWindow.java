package dev.parley.ui.chat;

import dev.parley.client.ParleyClient;
import dev.parley.ui.OwnRoom;
import dev.parley.ui.common.Background;
import dev.parley.ui.common.RoomEnding;
import dev.parley.ui.common.RoomEndingDialog;
import dev.parley.ui.prefs.UiPreferences;
import dev.parley.ui.trust.SecurityLabel;
import java.awt.Dimension;
import java.awt.Toolkit;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.Optional;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import net.miginfocom.swing.MigLayout;

/**
 * The room: the conversation, the user list, the message box with who is typing under it, and a status line; on
 * the hosting instance, the host's menu too. It lays these out and follows the session from joining to its end;
 * {@code onClosed} runs once the window has gone.
 */
public final class ChatWindow extends JFrame implements RoomEventDispatcher.RoomView {

    private static final int TYPING_IDLE_MS = 4000;

    private final UiPreferences prefs;
    private final ParleyClient client;
    private final OwnRoom own;
    private final Runnable onClosed;
    private final String me;
    private final MessageView messages = new MessageView();
    private final UserListPanel users;
    private final JTextField messageField = new JTextField();
    private final TypingLabel typingLabel = new TypingLabel();
    private final MessageLength messageLength;
    private final JLabel statusLine = new JLabel();
    private final TypingDebounce typing;
    private final SlashCommands commands;
    private final RoomEventDispatcher events;
    private boolean ended;
    private boolean sessionEnded;

    /** @param own the room when this app hosts it, else null */
    public ChatWindow(UiPreferences prefs, ParleyClient client, OwnRoom own, Runnable onClosed) {
        this.prefs = prefs;
        this.client = client;
        this.own = own;
        this.onClosed = onClosed;
        this.me = client.username();
        this.users = new UserListPanel(() -> client.users(false));
        this.typing = new TypingDebounce(messageField, TYPING_IDLE_MS, client::typing);
        this.messageLength = new MessageLength(messageField, client::limits);
        this.commands = new SlashCommands(client::users, messages);
        this.events = new RoomEventDispatcher(this, own != null);
        setName("chatWindow-" + me);
        setTitle("Parley: " + (own != null ? own.tools().roomName() : client.roomAddress()) + " (" + me + ")");
        setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                leave();
            }

            @Override
            public void windowClosed(WindowEvent e) {
                // However the window went, its session goes with it.
                endSession();
            }
        });

        setJMenuBar(menuBar());
        setContentPane(layoutContent());
        prefs.bounds("chat").ifPresentOrElse(this::setBounds, () -> {
            setSize(new Dimension(820, 560));
            setLocationRelativeTo(null);
        });
        setMinimumSize(new Dimension(560, 380));
        updateStatus("Connected");
        messages.note("You joined " + client.roomAddress() + " as " + me + ". Type /users to list who is here.");
        if (own != null) {
            own.tools()
                    .certificateFingerprint()
                    .ifPresent(
                            fingerprint -> messages.note(
                                    "Your room's fingerprint is " + fingerprint
                                            + ". People joining for the first time should see the same (Room menu, Room fingerprint)."));
        }
        if (!client.security().encrypted()) {
            messages.problem("This connection is not encrypted: others on the network can read what is said here.");
        }
        client.addListener(events);
        users.joined(me);
        Background.whenDone(
                client.users(true),
                users::joined,
                e -> messages.problem("Could not list who is here: " + Background.messageOf(e)));
        SwingUtilities.invokeLater(messageField::requestFocusInWindow);
    }

    private JMenuBar menuBar() {
        var room = new JMenu("Room");
        room.setName("roomMenu");
        room.setMnemonic(KeyEvent.VK_R);
        if (own != null) {
            var host = new HostMenu(this, own.tools(), this::stopRoom);
            host.addTo(room);
            host.attachTo(users, me);
        }
        var leave = new JMenuItem(own != null ? "Close" : "Leave room", KeyEvent.VK_L);
        leave.setName("leaveRoom");
        leave.setAccelerator(KeyStroke.getKeyStroke(
                KeyEvent.VK_W, Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx()));
        leave.addActionListener(e -> leave());
        room.add(leave);
        var bar = new JMenuBar();
        bar.add(room);
        return bar;
    }

    private JPanel layoutContent() {
        var conversation = new JScrollPane(messages);
        conversation.setHorizontalScrollBarPolicy(JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        var split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, conversation, users);
        split.setResizeWeight(1.0);
        split.setDividerLocation(600);
        split.setBorder(null);

        messageField.setName("messageField");
        messageField.addActionListener(e -> send());
        var sendButton = new JButton("Send");
        sendButton.setName("send");
        sendButton.addActionListener(e -> send());
        statusLine.setName("statusLine");
        statusLine.putClientProperty("FlatLaf.styleClass", "small");

        var panel = new JPanel(new MigLayout("insets 10, fill", "[grow,fill][]", "[grow,fill][][][]"));
        panel.add(split, "span 2, wrap");
        panel.add(messageField, "h 32!");
        panel.add(sendButton, "wrap");
        panel.add(typingLabel, "split 2, span 2, growx");
        panel.add(messageLength.label(), "right, wrap");
        panel.add(statusLine, "span 2, split 2, growx");
        panel.add(new SecurityLabel(client.security(), own != null), "align right");
        return panel;
    }

    // ---- what the person does ----

    private void send() {
        String text = messageField.getText().strip();
        if (text.isEmpty() || ended) {
            return;
        }
        Optional<String> tooLong = SlashCommands.isCommand(text) ? Optional.empty() : messageLength.tooLong(text);
        if (tooLong.isPresent()) {
            // Refused here rather than by the room: the draft stays to be shortened.
            messages.problem(tooLong.get());
            return;
        }
        messageField.setText("");
        typing.sent();
        if (SlashCommands.isCommand(text)) {
            commands.run(text);
        } else {
            client.sendMessage(text);
        }
    }

    private void stopRoom() {
        int answer = JOptionPane.showConfirmDialog(
                this,
                "Stop the room? Everyone in it is disconnected.",
                "Stop room",
                JOptionPane.OK_CANCEL_OPTION,
                JOptionPane.WARNING_MESSAGE);
        if (answer == JOptionPane.OK_OPTION) {
            // The host's own window closes through the same shutdown notice everyone gets.
            updateStatus("Stopping the room…");
            Background.run(
                    () -> {
                        own.room().stop();
                        return null;
                    },
                    x -> {},
                    e -> messages.problem("Could not stop the room: " + Background.messageOf(e)));
        }
    }

    private void leave() {
        if (own != null && !ended) {
            stopRoom();
            return;
        }
        ended = true;
        close();
    }

    private void close() {
        endSession();
        prefs.saveBounds("chat", getBounds());
        dispose();
        onClosed.run();
    }

    // ---- what the room does ----

    @Override
    public void said(String from, String text) {
        if (!ended) {
            messages.message(from, text);
            typingLabel.stopped(from);
        }
    }

    @Override
    public void joined(String user) {
        if (!ended) {
            users.joined(user);
            if (!user.equalsIgnoreCase(me)) {
                messages.note(user + " joined");
            }
        }
    }

    @Override
    public void left(String user) {
        if (!ended) {
            users.left(user);
            typingLabel.stopped(user);
            messages.note(user + " left");
        }
    }

    @Override
    public void typing(String user, boolean now) {
        if (!ended) {
            typingLabel.typing(user, now);
        }
    }

    @Override
    public void problem(String text) {
        if (!ended) {
            messages.problem(text);
        }
    }

    /** The room is gone for this window: say why, then close. */
    @Override
    public void ended(RoomEnding ending) {
        if (ended) {
            return;
        }
        ended = true;
        endSession();
        updateStatus("Disconnected");
        messageField.setEnabled(false);
        RoomEndingDialog.show(this, "notice-" + me, ending, this::close);
    }

    private void endSession() {
        if (sessionEnded) {
            return;
        }
        sessionEnded = true;
        typing.stop();
        client.removeListener(events);
        client.close();
    }

    private void updateStatus(String state) {
        String where = own != null
                ? "Hosting \"" + own.tools().roomName() + "\" · others join with "
                        + String.join(" or ", own.othersJoinWith())
                : "Room " + client.roomAddress();
        statusLine.setText(where + " · " + me + " · " + state);
    }
}
