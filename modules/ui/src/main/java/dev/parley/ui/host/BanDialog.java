package dev.parley.ui.host;

import dev.parley.ui.HostTools.Outcome;
import dev.parley.ui.common.Background;
import dev.parley.ui.common.FormDialog;
import java.awt.Window;
import java.util.List;
import java.util.Optional;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/**
 * Asks what to ban (when not given), why, and for how long, and bans it: the dialog stays open, saying why, while
 * the room refuses the target ("192.168.1.7/24 is not the first address of its network…"). Modal: the outcome is
 * read after it closes.
 */
final class BanDialog extends FormDialog {

    record Answer(String target, String reason, Durations duration) {}

    /**
     * A target the host can pick instead of typing it: "User eve", "Address 203.0.113.7", "Network
     * 203.0.113.0/24".
     *
     * @param name the radio button's component name
     */
    record Choice(String label, String target, String name) {}

    /** Makes the ban; throws, with a message for the host, when the room refuses it. */
    @FunctionalInterface
    interface Banning {
        Outcome ban(Answer answer) throws Exception;
    }

    private final JTextField target = new JTextField(24);
    private final JTextField reason = new JTextField(24);
    private final JComboBox<Durations> duration = new JComboBox<>(Durations.values());
    private final JButton ok = new JButton("Ban");
    private Banning banning;
    private Answer answer;
    private Outcome outcome;

    /** Bans {@code fixedTarget} (a user), or asks what to ban when null. */
    BanDialog(Window owner, String fixedTarget) {
        this(owner, fixedTarget, List.of());
    }

    /** Asks what to ban, offering {@code choices} (the first one picked) and any text the host types. */
    BanDialog(Window owner, List<Choice> choices) {
        this(owner, null, choices);
    }

    private BanDialog(Window owner, String fixedTarget, List<Choice> choices) {
        super(owner, fixedTarget == null ? "Add a ban" : "Ban " + fixedTarget, "banDialog");
        setModalityType(ModalityType.APPLICATION_MODAL);
        target.setName("banTarget");
        target.setToolTipText("A username, an IP address, or a range such as 192.168.1.0/24 or 2001:db8::/32");
        reason.setName("banReason");
        duration.setName("banDuration");
        duration.setSelectedItem(Durations.DAY);
        ok.setName("banOk");
        ok.addActionListener(e -> accept());
        var cancel = new JButton("Cancel");
        cancel.setName("cancel");
        cancel.addActionListener(e -> cancel());

        var panel = new JPanel(new MigLayout("insets 20, wrap 2, fillx", "[right][grow,fill]"));
        if (fixedTarget == null) {
            if (!choices.isEmpty()) {
                panel.add(new JLabel("Ban:"), "top");
                panel.add(choicesPanel(choices));
            }
            panel.add(label(choices.isEmpty() ? "User or address:" : "Target:", 'U', target));
            panel.add(target);
            var hint = new JLabel("A username, an IP address, or a range: 192.168.1.0/24, 2001:db8::/32");
            hint.setName("banTargetHint");
            hint.setEnabled(false);
            panel.add(hint, "skip 1, gaptop 0");
        } else {
            target.setText(fixedTarget);
            panel.add(new JLabel("Ban " + fixedTarget + " and the address they use."), "span 2, align left");
        }
        panel.add(label("Reason:", 'R', reason));
        panel.add(reason);
        panel.add(label("For:", 'F', duration));
        panel.add(duration, "growx 0");
        panel.add(status, "span 2, growx, w 360:360:");
        panel.add(progress, "span 2, growx, hidemode 3");
        panel.add(ok, "span 2, split 2, align right, tag ok");
        panel.add(cancel, "tag cancel");
        inputs(target, reason, duration, ok);
        setContentPane(panel);
        getRootPane().setDefaultButton(ok);
        pack();
        setLocationRelativeTo(owner);
    }

    private JPanel choicesPanel(List<Choice> choices) {
        var box = new JPanel(new MigLayout("insets 0, wrap 1, gap 0 2"));
        var group = new ButtonGroup();
        for (Choice c : choices) {
            var button = new JRadioButton(c.label());
            button.setName(c.name());
            button.addActionListener(e -> target.setText(c.target()));
            group.add(button);
            box.add(button);
            inputs(button);
        }
        ((JRadioButton) box.getComponent(0)).setSelected(true);
        target.setText(choices.getFirst().target());
        return box;
    }

    /** Shows the dialog and waits; the outcome of the ban it made, or empty when cancelled. */
    Optional<Outcome> ask(Banning banning) {
        this.banning = banning;
        setVisible(true);
        return Optional.ofNullable(outcome);
    }

    /** The last answer the host gave (after {@link #ask}). */
    Answer answer() {
        return answer;
    }

    private void accept() {
        if (target.getText().isBlank()) {
            refuse("Type a username, an IP address or a range.");
            return;
        }
        var a = new Answer(target.getText().strip(), reason.getText().strip(), (Durations) duration.getSelectedItem());
        answer = a;
        busy("Banning " + a.target() + "…");
        Background.run(
                () -> banning.ban(a),
                done -> {
                    outcome = done;
                    dispose();
                },
                e -> refuse(Background.messageOf(e)));
    }
}
