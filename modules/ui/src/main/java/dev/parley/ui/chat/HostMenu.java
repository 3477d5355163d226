package dev.parley.ui.chat;

import dev.parley.ui.HostTools;
import dev.parley.ui.host.HostActions;
import java.awt.Window;
import java.awt.event.KeyEvent;
import javax.swing.JMenu;
import javax.swing.JMenuItem;

/**
 * The host's part of the chat window: Manage bans, Room fingerprint, Set password for other computers and Stop room
 * in the Room menu, Kick and Ban on the user list.
 */
final class HostMenu {

    private final HostActions actions;
    private final Runnable stopRoom;

    HostMenu(Window owner, HostTools tools, Runnable stopRoom) {
        this.actions = new HostActions(owner, tools);
        this.stopRoom = stopRoom;
    }

    void addTo(JMenu room) {
        var bans = new JMenuItem("Manage bans…", KeyEvent.VK_B);
        bans.setName("manageBans");
        bans.addActionListener(e -> actions.manageBans());
        var fingerprint = new JMenuItem("Room fingerprint…", KeyEvent.VK_F);
        fingerprint.setName("roomFingerprint");
        fingerprint.addActionListener(e -> actions.showFingerprint());
        var stop = new JMenuItem("Stop room", KeyEvent.VK_S);
        stop.setName("stopRoom");
        stop.addActionListener(e -> stopRoom.run());
        room.add(bans);
        room.add(fingerprint);
        if (actions.hasOwner()) {
            var password = new JMenuItem("Set password for other computers…", KeyEvent.VK_P);
            password.setName("setOwnerPassword");
            password.addActionListener(e -> actions.setOwnerPassword());
            room.add(password);
        }
        room.add(stop);
        room.addSeparator();
    }

    /** Kick and Ban… for the people in the list, never for the host. */
    void attachTo(UserListPanel users, String me) {
        users.userList().setComponentPopupMenu(actions.userMenu(users.userList(), me, users::showsOnline));
    }
}
