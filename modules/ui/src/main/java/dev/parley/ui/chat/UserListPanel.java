package dev.parley.ui.chat;

import dev.parley.ui.common.Background;
import dev.parley.ui.common.Layouts;
import java.awt.event.KeyEvent;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javax.swing.DefaultListModel;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JToggleButton;
import net.miginfocom.swing.MigLayout;

/**
 * Who is online, kept up to date from joins and leaves; switched, the room's offline accounts (asked for each time,
 * as they change without notice). Event thread only.
 */
final class UserListPanel extends JPanel {

    private final TreeSet<String> online = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    private final DefaultListModel<String> shown = new DefaultListModel<>();
    private final JList<String> list = new JList<>(shown);
    private final UserCell cells = new UserCell();
    private final JLabel title = new JLabel();
    private final JToggleButton showOffline = new JToggleButton("Show offline");
    private final Supplier<CompletableFuture<List<String>>> offlineUsers;

    UserListPanel(Supplier<CompletableFuture<List<String>>> offlineUsers) {
        super(new MigLayout(
                "insets 0 " + Layouts.GAP + " 0 0, gap " + Layouts.GAP + " " + Layouts.GAP + ", wrap 1, fill",
                "[grow,fill]",
                "[][grow,fill][]"));
        this.offlineUsers = offlineUsers;
        title.setName("userListTitle");
        title.putClientProperty("FlatLaf.styleClass", "h4");
        list.setName("userList");
        list.setCellRenderer(cells);
        showOffline.setName("showOffline");
        showOffline.setMnemonic(KeyEvent.VK_O);
        showOffline.addActionListener(e -> switchList());
        add(title);
        add(new JScrollPane(list));
        add(showOffline);
        refresh();
    }

    JList<String> userList() {
        return list;
    }

    boolean showsOnline() {
        return !showOffline.isSelected();
    }

    /** Marks the room's owner with a "host" badge; null when the room does not say. */
    void showOwner(String user) {
        cells.owner(user);
        list.repaint();
    }

    /** The user shown with the host badge, or null. */
    String owner() {
        return cells.owner();
    }

    void joined(String user) {
        online.add(user);
        refresh();
    }

    void joined(Collection<String> users) {
        online.addAll(users);
        refresh();
    }

    /** After a reconnect: the room's list replaces what was shown. */
    void replaceAll(Collection<String> users) {
        online.clear();
        online.addAll(users);
        refresh();
    }

    void left(String user) {
        online.remove(user);
        refresh();
    }

    private void switchList() {
        cells.online(showsOnline());
        if (showsOnline()) {
            showOffline.setText("Show offline");
            refresh();
            return;
        }
        showOffline.setText("Show online");
        Background.whenDone(offlineUsers.get(), this::listOffline, e -> listOffline(null));
    }

    /** @param users null when the room could not say */
    private void listOffline(List<String> users) {
        if (!showsOnline()) {
            shown.clear();
            if (users != null) {
                users.forEach(shown::addElement);
            }
            title.setText(users == null ? "Offline: unavailable" : "Offline (" + users.size() + ")");
        }
    }

    private void refresh() {
        if (showsOnline()) {
            shown.clear();
            online.forEach(shown::addElement);
            title.setText("Online (" + online.size() + ")");
        }
    }
}
