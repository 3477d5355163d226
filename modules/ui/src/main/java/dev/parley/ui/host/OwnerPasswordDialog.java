package dev.parley.ui.host;

import dev.parley.ui.HostTools;
import dev.parley.ui.common.Background;
import dev.parley.ui.common.FormDialog;
import java.awt.Window;
import java.util.Arrays;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import net.miginfocom.swing.MigLayout;

/**
 * Room → Set password for other computers…: the password the owner logs in with from another computer. This app's
 * own window never needs it (it enters as the owner); until one is set, nobody can log in as the owner elsewhere.
 */
final class OwnerPasswordDialog extends FormDialog {

    private final HostTools tools;
    private final String owner;
    private final JPasswordField password = new JPasswordField(18);
    private final JPasswordField again = new JPasswordField(18);
    private final JButton save = new JButton("Set password");

    OwnerPasswordDialog(Window parent, HostTools tools, String owner) {
        super(parent, "Set password for other computers", "ownerPasswordDialog");
        this.tools = tools;
        this.owner = owner;
        password.setName("ownerPassword");
        again.setName("ownerPasswordAgain");
        save.setName("setPassword");
        save.addActionListener(e -> save());
        var cancel = new JButton("Cancel");
        cancel.setName("cancel");
        cancel.addActionListener(e -> cancel());

        var panel = new JPanel(new MigLayout("insets 20, wrap 2, fillx", "[right][grow,fill]"));
        panel.add(
                new JLabel("<html>On another computer, log in to this room as <b>" + escape(owner)
                        + "</b> with this password.<br>This window does not need it.</html>"),
                "span 2, align left, gapbottom 8");
        panel.add(label("New password:", 'N', password));
        panel.add(password);
        panel.add(label("Password again:", 'a', again));
        panel.add(again);
        panel.add(status, "span 2, growx, gaptop 8, w 340:340:");
        panel.add(progress, "span 2, growx, hidemode 3");
        panel.add(save, "span 2, split 2, align right, tag ok, gaptop 8");
        panel.add(cancel, "tag cancel");
        inputs(password, again, save);
        setContentPane(panel);
        getRootPane().setDefaultButton(save);
        pack();
        setLocationRelativeTo(parent);
    }

    private void save() {
        char[] pw = password.getPassword();
        char[] second = again.getPassword();
        boolean same = Arrays.equals(pw, second);
        Arrays.fill(second, '\0');
        if (pw.length == 0 || !same) {
            Arrays.fill(pw, '\0');
            refuse(pw.length == 0 ? "Type a password." : "The two passwords differ. Type the same password twice.");
            return;
        }
        busy("Saving…");
        Background.run(
                () -> {
                    try {
                        return tools.setPassword(owner, pw);
                    } finally {
                        Arrays.fill(pw, '\0');
                    }
                },
                done -> {
                    if (done) {
                        dispose();
                    } else {
                        refuse("The room has no account " + owner + ".");
                    }
                },
                e -> refuse("Could not set the password: " + Background.messageOf(e)));
    }
}
