package dev.parley.ui.host;

import dev.parley.ui.HostTools.BanEntry;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.swing.table.AbstractTableModel;

/** The bans in force, as the ban manager lists them. */
final class BanTableModel extends AbstractTableModel {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
    private static final String[] COLUMNS = {"Address or range", "User", "Reason", "Expires"};
    private List<BanEntry> bans = List.of();

    void show(List<BanEntry> newBans) {
        bans = List.copyOf(newBans);
        fireTableDataChanged();
    }

    BanEntry at(int row) {
        return bans.get(row);
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
