package dev.parley.ui.chat;

import dev.parley.ui.common.Background;
import java.awt.Component;
import java.awt.event.KeyEvent;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javax.swing.DefaultListCellRenderer;
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
    private final JLabel title = new JLabel();
    private final JToggleButton showOffline = new JToggleButton("Show offline");
    private final Supplier<CompletableFuture<List<String>>> offlineUsers;
    /** The room's owner as the room names it, marked "(host)"; null when it names none. */
    private String owner;

    UserListPanel(Supplier<CompletableFuture<List<String>>> offlineUsers) {
        super(new MigLayout("insets 0 6 0 0, wrap 1, fill", "[grow,fill]", "[][grow,fill][]"));
        this.offlineUsers = offlineUsers;
        title.setName("userListTitle");
        list.setName("userList");
        showOffline.setName("showOffline");
        showOffline.setMnemonic(KeyEvent.VK_O);
        showOffline.addActionListener(e -> switchList());
        list.setCellRenderer(new OwnerMarkingRenderer());
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

    /** Marks {@code name} (any case) as the room's host, "alice (host)"; null marks nobody. */
    void showOwner(String name) {
        owner = name;
        list.repaint();
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

    /** The names as they are, the owner's followed by "(host)"; the model keeps the bare names (kick, ban). */
    private final class OwnerMarkingRenderer extends DefaultListCellRenderer {
        @Override
        public Component getListCellRendererComponent(
                JList<?> l, Object value, int index, boolean selected, boolean focused) {
            String name = String.valueOf(value);
            boolean host = owner != null && owner.equalsIgnoreCase(name);
            return super.getListCellRendererComponent(l, host ? name + " (host)" : name, index, selected, focused);
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
