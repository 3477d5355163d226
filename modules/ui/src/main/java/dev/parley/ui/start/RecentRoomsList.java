package dev.parley.ui.start;

import dev.parley.ui.prefs.UiPreferences;
import dev.parley.ui.prefs.UiPreferences.RecentRoom;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JScrollPane;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import net.miginfocom.swing.MigLayout;

/**
 * "Recent rooms": "Attic — 192.168.1.20:5999", latest first. A room that is gone or was never a room is taken off
 * with the Delete key or from its context menu; the panel hides when the last one goes.
 */
final class RecentRoomsList extends JPanel {

    static final String REMOVE = "Remove from recent rooms";

    private final UiPreferences prefs;
    private final DefaultListModel<RecentRoom> rooms = new DefaultListModel<>();
    private final JList<RecentRoom> list = new JList<>(rooms);
    private final Runnable resized;

    /**
     * @param picked gets the address of the room the person selects
     * @param chosen gets the address of the room the person double-clicks
     * @param resized called when the panel shows or hides, for the dialog to fit itself again
     */
    RecentRoomsList(UiPreferences prefs, Consumer<String> picked, Consumer<String> chosen, Runnable resized) {
        super(new MigLayout("insets 0, wrap 1, fillx", "[grow,fill]"));
        this.prefs = prefs;
        this.resized = resized;
        prefs.recentRoomsNamed().forEach(rooms::addElement);
        list.setName("recentRooms");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setVisibleRowCount(4);
        // a name the room gave itself is shown as it is, never rendered as HTML
        var renderer = new DefaultListCellRenderer();
        renderer.putClientProperty("html.disable", true);
        list.setCellRenderer(renderer);
        list.addListSelectionListener(e -> {
            if (list.getSelectedValue() != null) {
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

            @Override
            public void mousePressed(MouseEvent e) {
                menu(e);
            }

            @Override
            public void mouseReleased(MouseEvent e) {
                menu(e);
            }
        });
        list.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(KeyEvent.VK_DELETE, 0), "removeRecent");
        list.getActionMap().put("removeRecent", new AbstractAction(REMOVE) {
            @Override
            public void actionPerformed(ActionEvent e) {
                removeSelected();
            }
        });
        var heading = new JLabel("Recent rooms:");
        heading.setDisplayedMnemonic('R');
        heading.setLabelFor(list);
        add(heading);
        add(new JScrollPane(list), "h 90!");
        setVisible(!rooms.isEmpty());
    }

    JList<RecentRoom> roomList() {
        return list;
    }

    /** The latest room's address, or null when there is none. */
    String latest() {
        return rooms.isEmpty() ? null : rooms.firstElement().address();
    }

    private void menu(MouseEvent e) {
        if (!e.isPopupTrigger()) {
            return;
        }
        int row = list.locationToIndex(e.getPoint());
        if (row < 0 || !list.getCellBounds(row, row).contains(e.getPoint())) {
            return;
        }
        list.setSelectedIndex(row);
        var remove = new JMenuItem(REMOVE);
        remove.setName("removeRecent");
        remove.addActionListener(a -> removeSelected());
        var popup = new JPopupMenu();
        popup.setName("recentRoomMenu");
        popup.add(remove);
        popup.show(list, e.getX(), e.getY());
    }

    private void removeSelected() {
        int row = list.getSelectedIndex();
        if (row < 0) {
            return;
        }
        prefs.forgetRoom(rooms.get(row).address());
        rooms.remove(row);
        if (rooms.isEmpty()) {
            setVisible(false);
            resized.run();
        } else {
            list.setSelectedIndex(Math.min(row, rooms.size() - 1));
        }
    }
}
