package dev.parley.ui.host;

import dev.parley.ui.HostTools.BanEntry;
import dev.parley.ui.common.Background;
import java.awt.Dimension;
import java.awt.Window;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.table.AbstractTableModel;
import net.miginfocom.swing.MigLayout;

/** Manage bans: the bans in force, with Add and Remove. */
final class BanManagerDialog extends JDialog {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final HostActions actions;
    private final BanTableModel model = new BanTableModel();
    private final JTable table = new JTable(model);

    BanManagerDialog(Window owner, HostActions actions) {
        super(owner, "Bans", ModalityType.MODELESS);
        this.actions = actions;
        setName("banManager");
        setDefaultCloseOperation(DISPOSE_ON_CLOSE);
        table.setName("bansTable");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        table.setPreferredScrollableViewportSize(new Dimension(560, 200));

        var add = new JButton("Add…");
        add.setName("addBan");
        add.setMnemonic('A');
        add.addActionListener(e -> new BanDialog(this, null).ask().ifPresent(a -> actions.apply(a, this::reload)));
        var remove = new JButton("Remove");
        remove.setName("removeBan");
        remove.setMnemonic('R');
        remove.addActionListener(e -> removeSelected());
        var close = new JButton("Close");
        close.setName("close");
        close.addActionListener(e -> dispose());
        dev.parley.ui.common.Keys.escapeCloses(this, this::dispose);

        var panel = new JPanel(new MigLayout("insets 16, fill", "[grow,fill]", "[grow,fill][]"));
        panel.add(new JScrollPane(table), "wrap");
        panel.add(add, "split 3, align left");
        panel.add(remove);
        panel.add(close, "gapleft push");
        setContentPane(panel);
        pack();
        setLocationRelativeTo(owner);
        reload();
    }

    private void reload() {
        Background.run(
                () -> actions.tools().bans(),
                model::show,
                e -> JOptionPane.showMessageDialog(this, Background.messageOf(e)));
    }

    private void removeSelected() {
        int row = table.getSelectedRow();
        if (row < 0) {
            JOptionPane.showMessageDialog(this, "Select a ban to remove.");
            return;
        }
        String target = model.bans.get(table.convertRowIndexToModel(row)).target();
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

    private static final class BanTableModel extends AbstractTableModel {
        private static final String[] COLUMNS = {"Address", "User", "Reason", "Expires"};
        private List<BanEntry> bans = List.of();

        void show(List<BanEntry> newBans) {
            bans = List.copyOf(newBans);
            fireTableDataChanged();
        }

        @Override
        public int getRowCount() {
            return bans.size();
        }

        @Override
        public int getColumnCount() {
            return COLUMNS.length;
        }

        @Override
        public String getColumnName(int column) {
            return COLUMNS[column];
        }

        @Override
        public Object getValueAt(int row, int column) {
            BanEntry b = bans.get(row);
            return switch (column) {
                case 0 -> b.address() == null ? "" : b.address();
                case 1 -> b.username() == null ? "" : b.username();
                case 2 -> b.reason();
                default -> b.expires() == null ? "Never" : TIME.format(b.expires());
            };
        }
    }
}
