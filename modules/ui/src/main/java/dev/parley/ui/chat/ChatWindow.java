package dev.parley.ui.chat;

import dev.parley.client.ChatLine;
import dev.parley.client.ParleyClient;
import dev.parley.client.ReconnectBackoff;
import dev.parley.client.RoomInfo;
import dev.parley.ui.OwnRoom;
import dev.parley.ui.chat.conversation.ConversationPane;
import dev.parley.ui.common.Background;
import dev.parley.ui.common.Layouts;
import dev.parley.ui.common.RoomEnding;
import dev.parley.ui.notify.ChatAlerts;
import dev.parley.ui.notify.DesktopNotifier;
import dev.parley.ui.notify.Notifier;
import dev.parley.ui.prefs.UiPreferences;
import dev.parley.ui.settings.PreferencesDialog;
import dev.parley.ui.trust.SecurityLabel;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Toolkit;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JSplitPane;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import net.miginfocom.swing.MigLayout;

/**
 * The room: the conversation, the user list, the message box with who is typing under it, and a status line; on
 * the hosting instance, the host's menu too. It lays these out and follows the session from joining to its end.
 * When the room ends for it, the window stays open, read-only, with a banner saying why and Rejoin; after a dropped
 * connection it tries again by itself ({@link ReconnectBackoff}) and carries on in place. {@code onClosed} runs
 * once the window has gone.
 */
public final class ChatWindow extends JFrame implements RoomEventDispatcher.RoomView {

    private static final int TYPING_IDLE_MS = 4000;

    private final UiPreferences prefs;
    private final OwnRoom own;
    private final Runnable onClosed;
    private final String me;
    private final MessageView messages = new MessageView();
    private final UserListPanel users;
    private final TypingLabel typingLabel = new TypingLabel();
    private final Composer composer;
    private final JLabel statusLine = new JLabel();
    private final TypingDebounce typing;
    private final EndBanner banner;
    private final ChatAlerts alerts;
    /** The session's connection; a new one after a rejoin. Event thread only. */
    private ParleyClient client;

    private RoomEventDispatcher events;
    private boolean ended;
    private boolean sessionEnded;
    private boolean closed;
    /** Whether the room's history has been shown once: after a reconnect it only fills the gap. */
    private boolean historySeen;

    private ReconnectBackoff retrying;

    private String lastName;

    /** @param own the room when this app hosts it, else null */
    public ChatWindow(UiPreferences prefs, ParleyClient client, OwnRoom own, Runnable onClosed) {
        this(prefs, client, own, onClosed, new DesktopNotifier());
    }

    /**
     * @param own the room when this app hosts it, else null
     * @param notifier tells the person about messages that come while they look elsewhere
     */
    public ChatWindow(UiPreferences prefs, ParleyClient client, OwnRoom own, Runnable onClosed, Notifier notifier) {
        this.prefs = prefs;
        this.client = client;
        this.own = own;
        this.onClosed = onClosed;
        this.me = client.username();
        messages.youAre(me);
        this.users = new UserListPanel(() -> this.client.users(false));
        this.composer = new Composer(
                () -> this.client.limits(),
                new SlashCommands(online -> this.client.users(online), messages::note, messages::problem),
                messages::problem,
                this::send);
        this.typing = new TypingDebounce(composer.draft(), TYPING_IDLE_MS, now -> this.client.typing(now));
        this.events = new RoomEventDispatcher(this, own != null);
        this.banner = new EndBanner("notice-" + me, this::rejoin, this::close);
        this.alerts = new ChatAlerts(this, me, this::roomName, prefs::notifySettings, notifier, Clock.systemUTC());
        setName("chatWindow-" + me);
        alerts.title("Parley: " + roomName() + " (" + me + ")");
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
                forget();
                alerts.closed();
            }
        });

        setJMenuBar(menuBar());
        setContentPane(layoutContent());
        prefs.bounds("chat").ifPresentOrElse(this::setBounds, () -> {
            setSize(new Dimension(820, 560));
            setLocationRelativeTo(null);
        });
        setMinimumSize(atLeast(new Dimension(520, 360), getMinimumSize()));
        updateStatus("Connected");
        messages.note("You joined " + roomName() + " as " + me + ". Type /help for the commands."
                + (client.room().keepsHistory()
                        ? " This room keeps its last " + client.room().historySize() + " messages."
                        : ""));
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
        users.showOwner(client.room().owner());
        users.joined(me);
        Background.whenDone(
                client.users(true),
                users::joined,
                e -> messages.problem("Could not list who is here: " + Background.messageOf(e)));
        SwingUtilities.invokeLater(composer.draft()::requestFocusInWindow);
    }

    /**
     * The larger of a floor and what the layout needs at the least, which depends on the theme's fonts and insets:
     * a fixed size that fits one look cuts buttons off in another.
     */
    private static Dimension atLeast(Dimension floor, Dimension layout) {
        return new Dimension(Math.max(floor.width, layout.width), Math.max(floor.height, layout.height));
    }

    /** The room's name as it last said it (it says so after each login), or its address. */
    private String roomName() {
        String fallback = own != null ? own.tools().roomName() : client.roomAddress();
        return client.room().nameOr(lastName != null ? lastName : fallback);
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
        var save = new JMenuItem("Save conversation…", KeyEvent.VK_S);
        save.setName("saveConversation");
        save.setAccelerator(KeyStroke.getKeyStroke(
                KeyEvent.VK_S, Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx()));
        save.addActionListener(e -> chooseWhereToSave());
        room.add(save);
        room.add(PreferencesDialog.menuItem(this, prefs));
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
        var conversation = new ConversationPane(messages);
        var split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, conversation, users);
        split.setResizeWeight(1.0);
        // Sized from the user list's preferred width, not a fixed place: a narrow window keeps the list whole.
        conversation.setPreferredSize(new Dimension(200, 200));
        conversation.setMinimumSize(new Dimension(160, 80));
        split.setBorder(null);

        statusLine.setName("statusLine");
        statusLine.putClientProperty("FlatLaf.styleClass", "small");

        var panel = new JPanel(new MigLayout(Layouts.window("fill"), "[grow,fill][]", "[grow,fill][][][]"));
        panel.add(split, "span 2, wrap");
        panel.add(composer.box(), "span 2, wrap");
        // Labels may shrink below their text (long room names, addresses): the window's minimum size holds.
        panel.add(typingLabel, "split 2, span 2, growx, wmin 0");
        panel.add(composer.length(), "right, wrap");
        panel.add(statusLine, "span 2, split 2, growx, wmin 0");
        panel.add(new SecurityLabel(client.security(), own != null), "align right");

        var whole = new JPanel(new BorderLayout());
        whole.add(banner, BorderLayout.NORTH);
        whole.add(panel, BorderLayout.CENTER);
        return whole;
    }

    // ---- what the person does ----

    /** A chat message the composer has checked and cleared. */
    private void send(String text) {
        if (!ended) {
            typing.sent();
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
            // The host's own window ends through the same shutdown notice everyone gets.
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
        if (closed) {
            return;
        }
        closed = true;
        ended = true;
        endSession();
        forget();
        prefs.saveBounds("chat", getBounds());
        dispose();
        onClosed.run();
    }

    /** Stops trying to rejoin and clears the password kept for it. */
    private void forget() {
        if (retrying != null) {
            retrying.cancel();
        }
        client.forgetPassword();
    }

    private void chooseWhereToSave() {
        var chooser = new JFileChooser();
        chooser.setName("saveConversationChooser");
        chooser.setDialogTitle("Save conversation");
        chooser.setSelectedFile(Path.of(System.getProperty("user.home"), "parley-conversation.txt")
                .toFile());
        if (chooser.showSaveDialog(this) == JFileChooser.APPROVE_OPTION) {
            saveConversation(chooser.getSelectedFile().toPath());
        }
    }

    /** Writes the conversation as shown, as plain UTF-8 text; says in the conversation whether it worked. */
    public void saveConversation(Path file) {
        String text = messages.plainText();
        Background.run(
                () -> {
                    Files.writeString(file, text, StandardCharsets.UTF_8);
                    return file;
                },
                saved -> messages.note("Conversation saved to " + saved),
                e -> messages.problem("Could not save the conversation: " + Background.messageOf(e)));
    }

    // ---- what the room does ----

    @Override
    public void said(String from, String text, Instant time) {
        if (!ended) {
            messages.message(from, text, time);
            typingLabel.stopped(from);
            alerts.said(from, text);
        }
    }

    @Override
    public void described(RoomInfo room) {
        if (room.name() != null && !room.name().isBlank()) {
            lastName = room.name();
        }
        users.showOwner(room.owner());
        if (!ended) {
            alerts.title("Parley: " + roomName() + " (" + me + ")");
            updateStatus("Connected");
        }
    }

    @Override
    public void history(List<ChatLine> lines) {
        if (ended) {
            return;
        }
        if (historySeen) {
            messages.historyAfterReconnecting(lines);
        } else {
            historySeen = true;
            messages.historyOnJoining(lines);
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
    public void left(String user, boolean removed) {
        if (!ended) {
            users.left(user);
            typingLabel.stopped(user);
            messages.note(removed ? user + " was removed by the host" : user + " left");
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

    /** The room is gone for this window: it stays, read-only, saying why; after a drop it tries again. */
    @Override
    public void ended(RoomEnding ending) {
        if (ended) {
            return;
        }
        ended = true;
        endSession();
        updateStatus("Disconnected");
        readOnly(true);
        boolean canRejoin = own == null && client.canReconnect();
        banner.show(ending, canRejoin);
        messages.problem(ending.title() + ": " + ending.text());
        if (ending.dropped() && canRejoin) {
            rejoin();
        }
        toFront();
    }

    /** Logs in again over a new connection: with backoff after a drop, once when the person asks. */
    private void rejoin() {
        if (closed || !ended || retrying != null) {
            return;
        }
        ParleyClient old = client;
        ReconnectBackoff backoff = ReconnectBackoff.sleeping();
        retrying = backoff;
        banner.trying("Reconnecting…");
        Thread.ofVirtual().name("parley-rejoin").start(() -> {
            try {
                ParleyClient next = backoff.retry(
                        old::reconnect,
                        attempt -> SwingUtilities.invokeLater(() -> {
                            if (retrying == backoff) {
                                String status =
                                        attempt == 1 ? "Reconnecting…" : "Reconnecting… (attempt " + attempt + ")";
                                updateStatus(status);
                                banner.trying(status);
                            }
                        }));
                SwingUtilities.invokeLater(() -> resumed(backoff, next));
            } catch (IOException e) {
                SwingUtilities.invokeLater(() -> gaveUp(backoff, Background.messageOf(e)));
            } catch (InterruptedException e) {
                // the window closed
            }
        });
    }

    private void resumed(ReconnectBackoff backoff, ParleyClient next) {
        if (retrying != backoff || closed) {
            next.forgetPassword();
            next.close();
            return;
        }
        retrying = null;
        client = next;
        // What the room sends now fills the gap, at the end, never above the divider.
        historySeen = true;
        events = new RoomEventDispatcher(this, own != null);
        ended = false;
        sessionEnded = false;
        banner.setVisible(false);
        typing.resume();
        readOnly(false);
        updateStatus("Connected");
        messages.note("Back in " + roomName() + ".");
        next.addListener(events);
        Background.whenDone(
                next.users(true),
                users::replaceAll,
                e -> messages.problem("Could not list who is here: " + Background.messageOf(e)));
    }

    private void gaveUp(ReconnectBackoff backoff, String why) {
        if (retrying != backoff) {
            return;
        }
        retrying = null;
        updateStatus("Disconnected");
        banner.stoppedTrying("Could not rejoin: " + why, client.canReconnect());
    }

    private void readOnly(boolean readOnly) {
        composer.setEnabled(!readOnly);
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
                ? "Hosting \"" + roomName() + "\" · others join with " + String.join(" or ", own.othersJoinWith())
                : "Room \"" + roomName() + "\" (" + client.roomAddress() + ")";
        statusLine.setText(where + " · " + me + " · " + state);
        statusLine.setToolTipText(statusLine.getText()); // whole, when a narrow window cuts the line short
    }
}
