package dev.parley.ui.host;

import dev.parley.ui.HostTools.SeenPerson;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.swing.table.AbstractTableModel;

/** Who the room saw lately, as the ban manager lists them: user, address, when, and the limits they tripped. */
final class SeenTableModel extends AbstractTableModel {

    private static final DateTimeFormatter TODAY = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter EARLIER = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String[] COLUMNS = {"User", "Address", "Last seen", "Limits tripped"};
    private List<SeenPerson> people = List.of();

    void show(List<SeenPerson> seen) {
        people = List.copyOf(seen);
        fireTableDataChanged();
    }

    SeenPerson at(int row) {
        return people.get(row);
    }

    /**
     * What Ban… offers for someone seen: their user (with the address they use), their address alone, and the
     * network around it (its /24 or /64), for someone who comes back on the next address. The address goes in
     * brackets: the address even if a user has that name.
     */
    static List<BanDialog.Choice> choices(SeenPerson p) {
        var choices = new ArrayList<BanDialog.Choice>(3);
        if (p.username() != null) {
            choices.add(new BanDialog.Choice(
                    "User " + p.username() + " (and the address they use)", p.username(), "banAsUser"));
        }
        choices.add(new BanDialog.Choice("Address " + p.address(), "[" + p.address() + "]", "banAsAddress"));
        if (p.network() != null) {
            choices.add(new BanDialog.Choice("Network " + p.network(), p.network(), "banAsNetwork"));
        }
        return choices;
    }

    /** "too many attempts ×3, rate limited ×40". */
    static String trips(SeenPerson p) {
        return p.trips().entrySet().stream()
                .map(t -> t.getKey().replace('_', ' ') + " ×" + t.getValue())
                .collect(Collectors.joining(", "));
    }

    @Override
    public int getRowCount() {
        return people.size();
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
        SeenPerson p = people.get(row);
        return switch (column) {
            case 0 -> p.username() == null ? "(no name)" : p.username();
            case 1 -> p.address();
            case 2 -> p.online() ? "online now" : when(p.lastSeen());
            default -> trips(p);
        };
    }

    private static String when(Instant t) {
        var local = t.atZone(ZoneId.systemDefault());
        return (local.toLocalDate().equals(LocalDate.now(ZoneId.systemDefault())) ? TODAY : EARLIER).format(local);
    }
}
