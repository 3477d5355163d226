package dev.parley.ui.chat;

import dev.parley.client.ClientListener;
import dev.parley.client.ParleyClient;
import dev.parley.protocol.message.ServerMessage;
import dev.parley.protocol.message.ServerMessage.ChatMessage;
import dev.parley.protocol.message.ServerMessage.ProtocolError;
import dev.parley.protocol.message.ServerMessage.TypingNotice;
import dev.parley.protocol.message.ServerMessage.UserNotification;
import dev.parley.ui.AppFlow;
import dev.parley.ui.HostedRoom;
import dev.parley.ui.chat.ServerNotices.Notice;
import dev.parley.ui.common.Background;
import dev.parley.ui.common.Notices;
import dev.parley.ui.host.HostActions;
import java.awt.Dimension;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTextField;
import javax.swing.JToggleButton;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.WindowConstants;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import net.miginfocom.swing.MigLayout;

/**
 * The room: the conversation, who is online (or, switched, the offline accounts), the message box with who is
 * typing under it, and a status line. On the hosting instance a Room menu and the user list's context menu manage
 * the room. Events arrive from the client's thread and are handled on the event thread.
 */
public final class ChatWindow extends JFrame implements ClientListener {

    private static final int TYPING_IDLE_MS = 4000;

    private final AppFlow flow;
    private final ParleyClient client;
    private final HostedRoom hosted;
    private final String me;
    private final MessageView messages = new MessageView();
    private final DefaultListModel<String> users = new DefaultListModel<>();
    private final JList<String> userList = new JList<>(users);
    private final JLabel userListTitle = new JLabel();
    private final JToggleButton showOffline = new JToggleButton("Show offline");
    private final JTextField messageField = new JTextField();
    private final JLabel typingLabel = new JLabel(" ");
    private final JLabel statusLine = new JLabel();
    private final TreeSet<String> online = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    private final TreeSet<String> typers = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    private final Timer typingIdle;
    private boolean typing;
    private boolean ended;

    public ChatWindow(AppFlow flow, ParleyClient client, HostedRoom hosted) {
        this.flow = flow;
        this.client = client;
        this.hosted = hosted;
        this.me = client.username();
        setName("chatWindow-" + me);
        setTitle("Parley: " + (hosted != null ? hosted.admin().roomName() : client.roomAddress()) + " (" + me + ")");
        setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                leave();
            }
        });
        typingIdle = new Timer(TYPING_IDLE_MS, e -> setTyping(false));
        typingIdle.setRepeats(false);

        setJMenuBar(menuBar());
        setContentPane(layoutContent());
        flow.prefs().bounds("chat").ifPresentOrElse(this::setBounds, () -> {
            setSize(new Dimension(820, 560));
            setLocationRelativeTo(null);
        });
        setMinimumSize(new Dimension(560, 380));
        updateStatus("Connected");
        messages.note("You joined " + client.roomAddress() + " as " + me + ". Type /users to list who is here.");
        client.addListener(this);
        online.add(me);
        refreshUsers();
        client.users(true).thenAccept(list -> SwingUtilities.invokeLater(() -> {
            online.addAll(list);
            if (!showOffline.isSelected()) {
                refreshUsers();
            }
        }));
        SwingUtilities.invokeLater(messageField::requestFocusInWindow);
    }

    private JMenuBar menuBar() {
        var bar = new JMenuBar();
        var room = new JMenu("Room");
        room.setName("roomMenu");
        room.setMnemonic(KeyEvent.VK_R);
        if (hosted != null) {
            var actions = new HostActions(this, hosted.admin());
            var bans = new JMenuItem("Manage bans…", KeyEvent.VK_B);
            bans.setName("manageBans");
            bans.addActionListener(e -> actions.manageBans());
            var stop = new JMenuItem("Stop room", KeyEvent.VK_S);
            stop.setName("stopRoom");
            stop.addActionListener(e -> stopRoom());
            room.add(bans);
            room.add(stop);
            room.addSeparator();
            userList.setComponentPopupMenu(actions.userMenu(userList, me, () -> !showOffline.isSelected()));
        }
        var leave = new JMenuItem(hosted != null ? "Close" : "Leave room", KeyEvent.VK_L);
        leave.setName("leaveRoom");
        leave.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_W, java.awt.Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx()));
        leave.addActionListener(e -> leave());
        room.add(leave);
        bar.add(room);
        return bar;
    }

    private JPanel layoutContent() {
        var conversation = new JScrollPane(messages);
        conversation.setHorizontalScrollBarPolicy(JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);

        userListTitle.setName("userListTitle");
        userList.setName("userList");
        showOffline.setName("showOffline");
        showOffline.setMnemonic(KeyEvent.VK_O);
        showOffline.addActionListener(e -> switchUserList());
        var people = new JPanel(new MigLayout("insets 0 6 0 0, wrap 1, fill", "[grow,fill]", "[][grow,fill][]"));
        people.add(userListTitle);
        people.add(new JScrollPane(userList));
        people.add(showOffline);

        var split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, conversation, people);
        split.setResizeWeight(1.0);
        split.setDividerLocation(600);
        split.setBorder(null);

        messageField.setName("messageField");
        messageField.addActionListener(e -> send());
        messageField.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                edited();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                edited();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                edited();
            }
        });
        var sendButton = new JButton("Send");
        sendButton.setName("send");
        sendButton.addActionListener(e -> send());
        typingLabel.setName("typingLabel");
        typingLabel.putClientProperty("FlatLaf.styleClass", "small");
        statusLine.setName("statusLine");
        statusLine.putClientProperty("FlatLaf.styleClass", "small");

        var panel = new JPanel(new MigLayout("insets 10, fill", "[grow,fill][]", "[grow,fill][][][]"));
        panel.add(split, "span 2, wrap");
        panel.add(messageField, "h 32!");
        panel.add(sendButton, "wrap");
        panel.add(typingLabel, "span 2, wrap");
        panel.add(statusLine, "span 2");
        return panel;
    }

    // ---- what the person does ----

    private void send() {
        String text = messageField.getText().strip();
        if (text.isEmpty() || ended) {
            return;
        }
        messageField.setText("");
        setTyping(false);
        if (text.startsWith("/")) {
            command(text);
        } else {
            client.sendMessage(text);
        }
    }

    private void command(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("\\s+");
        if (words[0].equals("/users") && words.length <= 2) {
            boolean offline = words.length == 2 && words[1].equals("offline");
            if (words.length == 2 && !offline && !words[1].equals("online")) {
                messages.problem("Use /users or /users offline.");
                return;
            }
            client.users(!offline).whenComplete((list, e) -> SwingUtilities.invokeLater(() -> {
                if (e != null) {
                    messages.problem("Could not list users: " + Background.messageOf(e));
                } else if (list.isEmpty()) {
                    messages.note(offline ? "Nobody is offline." : "Nobody is online.");
                } else {
                    messages.note((offline ? "Offline: " : "Online: ") + String.join(", ", list));
                }
            }));
            return;
        }
        messages.problem("Unknown command " + words[0] + ". Commands: /users, /users offline.");
    }

    private void edited() {
        boolean hasText = !messageField.getText().isBlank();
        if (hasText) {
            typingIdle.restart();
        }
        setTyping(hasText);
    }

    private void setTyping(boolean now) {
        if (now == typing || ended) {
            return;
        }
        typing = now;
        if (!now) {
            typingIdle.stop();
        }
        client.typing(now);
    }

    private void switchUserList() {
        if (!showOffline.isSelected()) {
            showOffline.setText("Show offline");
            refreshUsers();
            return;
        }
        showOffline.setText("Show online");
        client.users(false).whenComplete((list, e) -> SwingUtilities.invokeLater(() -> {
            if (showOffline.isSelected()) {
                users.clear();
                if (list != null) {
                    list.forEach(users::addElement);
                }
                userListTitle.setText(list == null ? "Offline: unavailable" : "Offline (" + list.size() + ")");
            }
        }));
    }

    private void refreshUsers() {
        users.clear();
        online.forEach(users::addElement);
        userListTitle.setText("Online (" + online.size() + ")");
    }

    private void stopRoom() {
        int answer = JOptionPane.showConfirmDialog(this, "Stop the room? Everyone in it is disconnected.",
                "Stop room", JOptionPane.OK_CANCEL_OPTION, JOptionPane.WARNING_MESSAGE);
        if (answer == JOptionPane.OK_OPTION) {
            // The host's own window closes through the same shutdown notice everyone gets.
            Background.run(() -> {
                hosted.stop();
                return null;
            }, x -> { }, e -> messages.problem("Could not stop the room: " + Background.messageOf(e)));
        }
    }

    private void leave() {
        if (hosted != null && !ended) {
            stopRoom();
            return;
        }
        ended = true;
        close();
    }

    private void close() {
        typingIdle.stop();
        client.removeListener(this);
        client.close();
        flow.prefs().saveBounds("chat", getBounds());
        dispose();
        flow.showStart();
    }

    // ---- what the room does ----

    @Override
    public void onMessage(ServerMessage message) {
        SwingUtilities.invokeLater(() -> handle(message));
    }

    @Override
    public void onDisconnected(String reason) {
        SwingUtilities.invokeLater(() -> end(ServerNotices.connectionLost(reason)));
    }

    private void handle(ServerMessage message) {
        if (ended) {
            return;
        }
        switch (message) {
            case ChatMessage m -> {
                messages.message(m.from(), m.message());
                if (typers.remove(m.from())) {
                    typingLabel.setText(TypingText.describe(typers));
                }
            }
            case UserNotification n when n.joined() -> {
                online.add(n.user());
                if (!n.user().equalsIgnoreCase(me)) {
                    messages.note(n.user() + " joined");
                }
                if (!showOffline.isSelected()) {
                    refreshUsers();
                }
            }
            case UserNotification n -> {
                online.remove(n.user());
                typers.remove(n.user());
                typingLabel.setText(TypingText.describe(typers));
                messages.note(n.user() + " left");
                if (!showOffline.isSelected()) {
                    refreshUsers();
                }
            }
            case TypingNotice t -> {
                if (t.typing()) {
                    typers.add(t.user());
                } else {
                    typers.remove(t.user());
                }
                typingLabel.setText(TypingText.describe(typers));
            }
            case ServerMessage.Shutdown s when hosted != null -> end(new Notice("Room closed",
                    "You stopped the room; everyone in it was disconnected."));
            default -> ServerNotices.forMessage(message).ifPresentOrElse(this::end, () -> {
                if (message instanceof ProtocolError e) {
                    messages.problem("Room: " + e.message());
                }
            });
        }
    }

    /** The room is gone for this window: say why, then close. */
    private void end(Notice notice) {
        if (ended) {
            return;
        }
        ended = true;
        typingIdle.stop();
        updateStatus("Disconnected");
        messageField.setEnabled(false);
        client.removeListener(this);
        client.close();
        Notices.show(this, "notice-" + me, notice.title(), notice.text(), JOptionPane.WARNING_MESSAGE, this::close);
    }

    private void updateStatus(String state) {
        String where = hosted != null
                ? "Hosting \"" + hosted.admin().roomName() + "\" · others join with "
                        + String.join(" or ", addressesOrLocal())
                : "Room " + client.roomAddress();
        statusLine.setText(where + " · " + me + " · " + state);
    }

    private List<String> addressesOrLocal() {
        return hosted.joinAddresses().isEmpty() ? List.of("127.0.0.1:" + hosted.port()) : hosted.joinAddresses();
    }
}
