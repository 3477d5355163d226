package dev.parley.ui.start;

import dev.parley.ui.RoomFinder;
import dev.parley.ui.RoomFinder.NetworkRoom;
import dev.parley.ui.trust.LockIcon;
import java.awt.Color;
import java.awt.Component;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.time.Duration;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ListSelectionModel;
import javax.swing.ScrollPaneConstants;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;

/**
 * "Rooms on your network": the rooms a {@link RoomFinder} hears of, kept current while the dialog is open, with a
 * line under them saying what to do, or, when none turned up after a few seconds, why that may be.
 */
final class NetworkRoomsList extends JPanel {

    /** How long to look before saying that nothing was found. */
    static final Duration PATIENCE = Duration.ofSeconds(4);

    static final String LOOKING = "Looking for rooms on this network…";
    static final String PICK = "Double-click a room to join it, or pick it and click Connect.";
    static final String NONE_FOUND =
            "None found: a firewall, another subnet or blocked multicast can hide rooms. Type the host's address below.";

    private final RoomFinder finder;
    private final DefaultListModel<NetworkRoom> rooms = new DefaultListModel<>();
    private final JList<NetworkRoom> list = new JList<>(rooms);
    private final JLabel hint = new JLabel();
    private final Timer patience;
    private RoomFinder.Search search;
    private boolean waited;

    /**
     * @param picked gets the address of the room the person selects
     * @param chosen gets the address of the room the person double-clicks
     */
    NetworkRoomsList(RoomFinder finder, Consumer<String> picked, Consumer<String> chosen) {
        super(new MigLayout("insets 0, wrap 1, fillx", "[grow,fill]"));
        this.finder = finder;
        list.setName("networkRooms");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setVisibleRowCount(4);
        list.setCellRenderer(new RoomRenderer());
        list.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && list.getSelectedValue() != null) {
                picked.accept(list.getSelectedValue().address());
            }
        });
        list.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                int row = list.locationToIndex(e.getPoint());
                if (e.getClickCount() == 2
                        && row >= 0
                        && list.getCellBounds(row, row).contains(e.getPoint())) {
                    chosen.accept(rooms.get(row).address());
                }
            }
        });
        hint.setName("networkHint");
        hint.putClientProperty("FlatLaf.styleClass", "small");
        var heading = new JLabel("Rooms on your network:");
        heading.setDisplayedMnemonic('N');
        heading.setLabelFor(list);
        add(heading);
        var scroll = new JScrollPane(
                list, ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED, ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        add(scroll, "h 100!, w 440:440:");
        // two lines kept for the hint, so the longest one never pushes the buttons out of the packed dialog
        int twoLines = 2 * hint.getFontMetrics(hint.getFont()).getHeight();
        add(hint, "w 440:440:, hmin " + twoLines + ", aligny top");
        patience = new Timer((int) PATIENCE.toMillis(), e -> {
            waited = true;
            showHint();
        });
        patience.setRepeats(false);
        showHint();
    }

    JList<NetworkRoom> roomList() {
        return list;
    }

    /** Starts looking; the dialog calls it once shown. */
    void start() {
        if (search != null) {
            return;
        }
        search = finder.search(new RoomFinder.Listener() {
            @Override
            public void found(NetworkRoom room) {
                SwingUtilities.invokeLater(() -> put(room));
            }

            @Override
            public void lost(String id) {
                SwingUtilities.invokeLater(() -> remove(id));
            }
        });
        patience.start();
    }

    /** Stops looking; the dialog calls it as it closes. */
    void stop() {
        patience.stop();
        if (search != null) {
            search.close();
            search = null;
        }
    }

    private void put(NetworkRoom room) {
        if (search == null) {
            return; // heard after the dialog closed
        }
        int at = indexOf(room.id());
        if (at >= 0) {
            rooms.set(at, room);
        } else {
            rooms.addElement(room);
        }
        showHint();
    }

    private void remove(String id) {
        int at = indexOf(id);
        if (at >= 0) {
            rooms.remove(at);
        }
        showHint();
    }

    private int indexOf(String id) {
        for (int i = 0; i < rooms.size(); i++) {
            if (rooms.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private void showHint() {
        String text = !rooms.isEmpty() ? PICK : waited ? NONE_FOUND : LOOKING;
        hint.setText("<html>" + text + "</html>");
    }

    /**
     * A padlock, closed for a room that speaks TLS and open (faded) for one that does not, then the name in bold, the
     * address and the users online.
     */
    private static final class RoomRenderer extends DefaultListCellRenderer {
        @Override
        public Component getListCellRendererComponent(
                JList<?> list, Object value, int index, boolean selected, boolean focused) {
            super.getListCellRendererComponent(list, value, index, selected, focused);
            if (value instanceof NetworkRoom room) {
                String users = room.usersOnline() < 0
                        ? ""
                        : " · " + room.usersOnline() + (room.usersOnline() == 1 ? " person" : " people") + " online";
                setText("<html><b>" + escape(room.name()) + "</b>&nbsp;&nbsp;" + escape(room.address()) + users
                        + "</html>");
                Color faded = UIManager.getColor("Label.disabledForeground");
                setIcon(new LockIcon(room.tls(), room.tls() || faded == null ? getForeground() : faded));
                setIconTextGap(8);
                setToolTipText(room.tls() ? "Encrypted (TLS)" : "Not encrypted (an older Parley room)");
                setBorder(BorderFactory.createEmptyBorder(3, 6, 3, 6));
            }
            return this;
        }

        private static String escape(String text) {
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        }
    }
}
