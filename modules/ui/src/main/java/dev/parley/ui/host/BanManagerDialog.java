package dev.parley.ui.host;

import dev.parley.ui.HostTools.BanEntry;
import dev.parley.ui.HostTools.SeenPerson;
import dev.parley.ui.common.Background;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Window;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import net.miginfocom.swing.MigLayout;

/**
 * Manage bans: the bans in force, with Add and Remove, and who the room saw lately (who logged in, tried to, or
 * tripped a limit), with Ban… for someone who flooded and left.
 */
final class BanManagerDialog extends JDialog {

    private final HostActions actions;
    private final BanTableModel bans = new BanTableModel();
    private final JTable banTable = new JTable(bans);
    private final SeenTableModel seen = new SeenTableModel();
    private final JTable seenTable = new JTable(seen);

    BanManagerDialog(Window owner, HostActions actions) {
        super(owner, "Bans", ModalityType.MODELESS);
        this.actions = actions;
        setName("banManager");
        setDefaultCloseOperation(DISPOSE_ON_CLOSE);
        banTable.setName("bansTable");
        seenTable.setName("seenTable");
        for (JTable t : List.of(banTable, seenTable)) {
            t.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
            t.setFillsViewportHeight(true);
            t.setPreferredScrollableViewportSize(new Dimension(640, 150));
        }
        seenTable.getColumnModel().getColumn(3).setPreferredWidth(260);

        var add = new JButton("Add…");
        add.setName("addBan");
        add.setMnemonic('A');
        add.addActionListener(e -> actions.ban(new BanDialog(this, (String) null), this::reload));
        var remove = new JButton("Remove");
        remove.setName("removeBan");
        remove.setMnemonic('R');
        remove.addActionListener(e -> removeSelected());
        var banSeen = new JButton("Ban…");
        banSeen.setName("banSeen");
        banSeen.setMnemonic('B');
        banSeen.setEnabled(false);
        banSeen.addActionListener(e -> banSelectedSeen());
        seenTable
                .getSelectionModel()
                .addListSelectionListener(e -> banSeen.setEnabled(seenTable.getSelectedRow() >= 0));
        var refresh = new JButton("Refresh");
        refresh.setName("refreshSeen");
        refresh.setMnemonic('F');
        refresh.addActionListener(e -> reload());
        var close = new JButton("Close");
        close.setName("close");
        close.addActionListener(e -> dispose());
        dev.parley.ui.common.Keys.escapeCloses(this, this::dispose);

        var panel =
                new JPanel(new MigLayout("insets 16, fill, wrap 1", "[grow,fill]", "[][grow,fill][]16[][grow,fill][]"));
        panel.add(heading("Bans in force", banTable));
        panel.add(new JScrollPane(banTable));
        panel.add(buttons(add, remove));
        panel.add(heading("Recently seen: who logged in, tried to, or tripped a limit", seenTable));
        panel.add(new JScrollPane(seenTable));
        var bottom = new JPanel(new MigLayout("insets 0, fillx", "[][][grow,right]"));
        bottom.add(banSeen);
        bottom.add(refresh);
        bottom.add(close);
        panel.add(bottom);
        setContentPane(panel);
        pack();
        setLocationRelativeTo(owner);
        reload();
    }

    /** A row of buttons from the left. */
    private static JPanel buttons(JButton... buttons) {
        var row = new JPanel(new MigLayout("insets 0"));
        for (JButton b : buttons) {
            row.add(b);
        }
        return row;
    }

    private static JLabel heading(String text, JTable table) {
        var label = new JLabel(text);
        label.setFont(label.getFont().deriveFont(Font.BOLD));
        label.setLabelFor(table);
        return label;
    }

    private void reload() {
        Background.run(
                () -> new Lists(actions.tools().bans(), actions.tools().recentlySeen()),
                lists -> {
                    bans.show(lists.bans());
                    seen.show(lists.seen());
                },
                e -> JOptionPane.showMessageDialog(this, Background.messageOf(e)));
    }

    private record Lists(List<BanEntry> bans, List<SeenPerson> seen) {}

    private void removeSelected() {
        int row = banTable.getSelectedRow();
        if (row < 0) {
            JOptionPane.showMessageDialog(this, "Select a ban to remove.");
            return;
        }
        String target = bans.at(banTable.convertRowIndexToModel(row)).target();
        Background.run(
                () -> actions.tools().unban(target),
                outcome -> {
                    if (!outcome.saved()) {
                        JOptionPane.showMessageDialog(
                                this,
                                "Lifted the ban of " + target + " but NOT saved to disk: " + outcome.notSavedBecause()
                                        + "; Parley keeps retrying.",
                                "Unban",
                                JOptionPane.WARNING_MESSAGE);
                    }
                    reload();
                },
                e -> JOptionPane.showMessageDialog(this, Background.messageOf(e), "Unban", JOptionPane.ERROR_MESSAGE));
    }

    /** Ban… on a recently seen row: the dialog offers the user, the address, and the address's /24 or /64. */
    private void banSelectedSeen() {
        int row = seenTable.getSelectedRow();
        if (row < 0) {
            return;
        }
        SeenPerson p = seen.at(seenTable.convertRowIndexToModel(row));
        actions.ban(new BanDialog(this, SeenTableModel.choices(p)), this::reload);
    }
}
