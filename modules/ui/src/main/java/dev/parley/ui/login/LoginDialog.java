package dev.parley.ui.login;

import dev.parley.client.AuthResult;
import dev.parley.client.ClientListener;
import dev.parley.client.ParleyClient;
import dev.parley.protocol.Usernames;
import dev.parley.protocol.message.ServerMessage;
import dev.parley.protocol.message.ServerMessage.LoginResult;
import dev.parley.ui.OwnRoom;
import dev.parley.ui.Windows.LoginEnding;
import dev.parley.ui.common.Background;
import dev.parley.ui.common.FormDialog;
import dev.parley.ui.common.RoomEnding;
import dev.parley.ui.common.RoomEndingDialog;
import dev.parley.ui.prefs.UiPreferences;
import dev.parley.ui.trust.SecurityLabel;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JTextField;
import javax.swing.JToggleButton;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;

/**
 * Log in or register on a connected room. Each refusal is said in the dialog; when the room ends the connection
 * (too many attempts, banned, outdated, lost), a notice says why and the dialog closes. It reports how it ended.
 */
public final class LoginDialog extends FormDialog implements ClientListener {

    private final UiPreferences prefs;
    private final ParleyClient client;
    private final OwnRoom own;
    private final LoginEnding ending;
    private final JToggleButton loginMode = new JToggleButton("Log in", true);
    private final JToggleButton registerMode = new JToggleButton("Register");
    private final JTextField username = new JTextField(18);
    private final JPasswordField password = new JPasswordField(18);
    private final JPasswordField confirm = new JPasswordField(18);
    private final JLabel confirmLabel = new JLabel("Password again:");
    private final JButton submit = new JButton("Log in");
    private boolean ended;
    private boolean handedOver;
    private boolean inFlight;
    private String lostReason;

    /** @param own the room when this app hosts it, else null */
    public LoginDialog(UiPreferences prefs, ParleyClient client, OwnRoom own, LoginEnding ending) {
        super(null, "Parley: " + client.room().nameOr(client.roomAddress()), "loginDialog");
        this.prefs = prefs;
        this.client = client;
        this.own = own;
        this.ending = ending;
        // Detached by the client at the login's answer: what the room says next waits for the chat window.
        client.addListenerUntilLoggedIn(this);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                // Closed before handing over and without ending (by the app going away): the session goes too.
                if (!handedOver && !ended) {
                    ended = true;
                    client.removeListener(LoginDialog.this);
                    client.close();
                }
            }
        });

        loginMode.setName("loginMode");
        registerMode.setName("registerMode");
        var modes = new ButtonGroup();
        modes.add(loginMode);
        modes.add(registerMode);
        loginMode.addActionListener(e -> showMode());
        registerMode.addActionListener(e -> showMode());
        username.setName("username");
        username.setText(prefs.lastUsername());
        password.setName("password");
        confirm.setName("confirmPassword");
        submit.setName("submit");
        submit.addActionListener(e -> submit());
        var cancel = new JButton("Cancel");
        cancel.setName("cancel");
        cancel.addActionListener(e -> cancel());

        var panel = new JPanel(new MigLayout("insets 20, wrap 2, fillx", "[right][grow,fill]"));
        String roomName = client.room().name();
        boolean named = roomName != null && !roomName.isBlank();
        var heading = new JLabel(
                own != null ? "Your room is open." : named ? roomName : "Connected to " + client.roomAddress() + ".");
        heading.setName("roomName");
        // the room names itself: a name such as "<html><img src=…>" is shown as it is, never rendered
        heading.putClientProperty("html.disable", true);
        heading.putClientProperty("FlatLaf.styleClass", "h3");
        panel.add(heading, "span 2, split 2, align left");
        panel.add(new SecurityLabel(client.security(), own != null), "gapleft 16:push, align right");
        if (own == null && named) {
            // the name the room gives itself, and under it where it is: two rooms may share a name
            var address = new JLabel(client.roomAddress());
            address.setName("roomAddress");
            address.putClientProperty("FlatLaf.styleClass", "small");
            panel.add(address, "span 2, align left, gaptop 0");
        }
        if (own != null) {
            var where = new JLabel(
                    "<html>Others join with: <b>" + String.join("</b> or <b>", own.othersJoinWith()) + "</b></html>");
            where.setName("joinAddresses");
            panel.add(where, "span 2, align left, w 380:380:");
        }
        panel.add(new JLabel("Log in with your account, or register a new one."), "span 2, align left, gapbottom 8");
        panel.add(loginMode, "span 2, split 2, align left, sg mode");
        panel.add(registerMode, "sg mode, gapbottom 8");
        panel.add(label("Username:", 'U', username));
        panel.add(username);
        panel.add(label("Password:", 'P', password));
        panel.add(password);
        confirmLabel.setDisplayedMnemonic('a');
        confirmLabel.setLabelFor(confirm);
        panel.add(confirmLabel, "hidemode 3");
        panel.add(confirm, "hidemode 3");
        panel.add(status, "span 2, growx, gaptop 8, w 380:380:");
        panel.add(progress, "span 2, growx, hidemode 3");
        panel.add(submit, "span 2, split 2, align right, tag ok, gaptop 8");
        panel.add(cancel, "tag cancel");
        inputs(loginMode, registerMode, username, password, confirm, submit);
        setContentPane(panel);
        getRootPane().setDefaultButton(submit);
        showMode();
        setLocationRelativeTo(null);
        // The first empty field has the focus from the start, so typing goes into it (not into the mode buttons).
        setFocusTraversalPolicy(new FirstEmptyFieldFirst(this::firstEmptyField));
    }

    /** Where typing should go: the username when it is empty, else the password. */
    private JTextField firstEmptyField() {
        return username.getText().isBlank() ? username : password;
    }

    private void showMode() {
        boolean register = registerMode.isSelected();
        confirm.setVisible(register);
        confirmLabel.setVisible(register);
        submit.setText(register ? "Register" : "Log in");
        status.setText(" ");
        pack();
    }

    private void submit() {
        char[] pw = password.getPassword();
        char[] again = confirm.getPassword();
        try {
            submit(pw, again);
        } finally {
            // The client keeps its own copy until it has hashed it.
            Arrays.fill(pw, '\0');
            Arrays.fill(again, '\0');
        }
    }

    private void submit(char[] pw, char[] again) {
        String user = username.getText().strip();
        var problem = Usernames.problemWith(user);
        if (problem.isPresent()) {
            refuse(user.isEmpty() ? "Type a username." : problem.get());
            return;
        }
        if (pw.length == 0) {
            refuse("Type a password.");
            return;
        }
        boolean register = registerMode.isSelected();
        if (register && !Arrays.equals(pw, again)) {
            refuse("The two passwords differ. Type the same password twice.");
            return;
        }
        busy(register ? "Registering " + user + "…" : "Logging in as " + user + "…");
        inFlight = true;
        CompletableFuture<AuthResult> attempt = register ? client.register(user, pw) : client.login(user, pw);
        Background.run(
                () -> attempt.get(ParleyClient.REQUEST_TIMEOUT.toSeconds() * 2, TimeUnit.SECONDS),
                result -> {
                    inFlight = false;
                    answered(user, result);
                    endIfLost();
                },
                e -> {
                    inFlight = false;
                    if (!ended && lostReason == null) {
                        refuse(Background.messageOf(e));
                    }
                    endIfLost();
                });
    }

    /** A connection that ended while an attempt was in flight is reported after that attempt's own answer. */
    private void endIfLost() {
        if (lostReason != null && !handedOver) {
            end(RoomEnding.connectionLost(lostReason));
        }
    }

    private void answered(String user, AuthResult result) {
        switch (result) {
            case AuthResult.LoggedIn in -> {
                handedOver = true;
                client.removeListener(this);
                prefs.rememberUsername(in.username());
                dispose();
                ending.loggedIn(client, own);
            }
            case AuthResult.NameTaken t -> refuse("The name \"" + user + "\" is taken. Choose another.");
            case AuthResult.RegistrationRefused r -> refuse(r.reason());
            case AuthResult.LoginRefused r -> loginRefused(user, r);
            case AuthResult.Failed f -> refuse(f.message());
            case AuthResult.Banned b -> end(RoomEnding.banned());
            case AuthResult.Outdated o -> end(RoomEnding.outdated(o.serverVersion()));
        }
    }

    private void loginRefused(String user, AuthResult.LoginRefused r) {
        String why = switch (r.reason() == null ? "" : r.reason()) {
            case LoginResult.ALREADY_ONLINE -> user + " is already logged in elsewhere.";
            case LoginResult.TOO_MANY_ATTEMPTS -> "Too many failed logins from your address. Wait a few minutes.";
            case LoginResult.BUSY -> "The room is busy checking passwords. Try again in a moment.";
            default -> "Wrong username or password.";
        };
        if (r.connectionClosing()) {
            end(new RoomEnding("Login failed", why + " No attempts left: the room closed the connection."));
            return;
        }
        if (r.attemptsLeft() != null) {
            why += r.attemptsLeft() == 1 ? " 1 attempt left." : " " + r.attemptsLeft() + " attempts left.";
        }
        refuse(why);
        password.setText("");
        password.requestFocusInWindow();
    }

    /** Shows why the room is gone, then closes. */
    private void end(RoomEnding why) {
        if (ended) {
            return;
        }
        ended = true;
        idle();
        status.setText(why.text());
        client.removeListener(this);
        client.close();
        RoomEndingDialog.show(this, "loginNotice", why, this::close);
    }

    /** A room this app hosts keeps running: its lifetime is the room's, never this dialog's (the flow offers it again). */
    private void close() {
        dispose();
        ending.closed();
    }

    @Override
    protected void cancel() {
        if (ended) {
            return;
        }
        ended = true;
        client.removeListener(this);
        client.close();
        close();
    }

    // Events while the dialog is up: a room that ends the connection before any login answer.
    @Override
    public void onMessage(ServerMessage message) {
        RoomEnding.of(message).ifPresent(n -> SwingUtilities.invokeLater(() -> end(n)));
    }

    @Override
    public void onDisconnected(String reason) {
        SwingUtilities.invokeLater(() -> {
            lostReason = reason;
            if (!inFlight) {
                endIfLost();
            }
        });
    }
}
