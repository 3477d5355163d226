package dev.parley.ui.host;

import dev.parley.ui.HostTools;
import dev.parley.ui.common.Background;
import dev.parley.ui.trust.RoomFingerprintDialog;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javax.swing.JList;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPopupMenu;
import javax.swing.event.PopupMenuEvent;
import javax.swing.event.PopupMenuListener;

/** What only the host can do: kick and ban from the user list, the ban manager, the room's fingerprint. */
public final class HostActions {

    private static final DateTimeFormatter SINCE =
            DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    private final Window owner;
    private final HostTools tools;

    public HostActions(Window owner, HostTools tools) {
        this.owner = owner;
        this.tools = tools;
    }

    public void manageBans() {
        new BanManagerDialog(owner, this).setVisible(true);
    }

    /** The room's fingerprint, for the host to show people joining. */
    public void showFingerprint() {
        new RoomFingerprintDialog(owner, tools.roomName(), tools.certificateFingerprint()).setVisible(true);
    }

    /** Whether the room has an owner whose password can be set here. */
    public boolean hasOwner() {
        return tools.owner().isPresent();
    }

    /** The owner's password for logging in from another computer. */
    public void setOwnerPassword() {
        tools.owner().ifPresent(name -> new OwnerPasswordDialog(owner, tools, name).setVisible(true));
    }

    HostTools tools() {
        return tools;
    }

    /**
     * Kick and Ban… for the selected user, under a line saying where they are connected from and since when;
     * right-click selects the row first.
     */
    public JPopupMenu userMenu(JList<String> list, String me, BooleanSupplier listShowsOnline) {
        var menu = new JPopupMenu();
        menu.setName("userMenu");
        var who = new JMenuItem(" ");
        who.setName("whoItem");
        who.setEnabled(false);
        menu.add(who);
        menu.addSeparator();
        var kick = new JMenuItem("Kick", KeyEvent.VK_K);
        kick.setName("kickItem");
        kick.addActionListener(e -> kick(list.getSelectedValue()));
        var ban = new JMenuItem("Ban…", KeyEvent.VK_B);
        ban.setName("banItem");
        ban.addActionListener(e -> ban(list.getSelectedValue()));
        menu.add(kick);
        menu.add(ban);
        menu.addPopupMenuListener(new PopupMenuListener() {
            @Override
            public void popupMenuWillBecomeVisible(PopupMenuEvent e) {
                selectRowUnderMouse(list);
                String user = list.getSelectedValue();
                boolean someoneElse = user != null && !user.equalsIgnoreCase(me);
                kick.setEnabled(someoneElse && listShowsOnline.getAsBoolean());
                ban.setEnabled(someoneElse);
                who.setText(user == null ? "Nobody selected" : user);
                if (user != null && listShowsOnline.getAsBoolean()) {
                    describe(user, text -> {
                        if (menu.isVisible() && user.equals(list.getSelectedValue())) {
                            who.setText(text);
                            menu.pack();
                        }
                    });
                }
            }

            @Override
            public void popupMenuWillBecomeInvisible(PopupMenuEvent e) {}

            @Override
            public void popupMenuCanceled(PopupMenuEvent e) {}
        });
        return menu;
    }

    /** "bob · 192.168.1.7 · since 09:12", asked of the room off the event thread; nothing when they have gone. */
    private void describe(String user, Consumer<String> then) {
        Background.run(
                () -> tools.online().stream()
                        .filter(p -> p.username().equalsIgnoreCase(user))
                        .findFirst(),
                person -> person.ifPresent(
                        p -> then.accept(p.username() + " · " + p.address() + " · since " + SINCE.format(p.since()))),
                e -> {});
    }

    /** A right-click acts on the row it hits; from the keyboard (Shift+F10) the selection stands. */
    private static void selectRowUnderMouse(JList<String> list) {
        java.awt.Point p = list.getMousePosition();
        if (p != null) {
            int row = list.locationToIndex(p);
            if (row >= 0 && list.getCellBounds(row, row).contains(p)) {
                list.setSelectedIndex(row);
            }
        }
    }

    private void kick(String user) {
        if (user == null) {
            return;
        }
        new KickDialog(owner, user)
                .ask(reason -> tools.kick(user, reason))
                .filter(kicked -> !kicked)
                .ifPresent(gone -> JOptionPane.showMessageDialog(owner, user + " is no longer online."));
    }

    private void ban(String user) {
        if (user != null) {
            ban(new BanDialog(owner, user), null);
        }
    }

    /**
     * Shows {@code dialog}, which bans through the room what the host names (the room decides whether the text is a
     * user, an address or a range, and refuses nonsense in the dialog), then tells the host what they should know;
     * {@code then} runs once the ban is in force.
     */
    void ban(BanDialog dialog, Runnable then) {
        dialog.ask(a -> tools.ban(a.target(), a.reason(), a.duration().duration()))
                .ifPresent(outcome -> {
                    String target = dialog.answer().target();
                    if (!outcome.saved()) {
                        // In force all the same: say so, and carry on as after a ban.
                        JOptionPane.showMessageDialog(
                                owner,
                                "Banned " + target + " but NOT saved to disk: " + outcome.notSavedBecause()
                                        + "; Parley keeps retrying.",
                                "Ban",
                                JOptionPane.WARNING_MESSAGE);
                    } else if (!outcome.note().isEmpty()) {
                        JOptionPane.showMessageDialog(owner, outcome.note(), "Ban", JOptionPane.INFORMATION_MESSAGE);
                    }
                    if (then != null) {
                        then.run();
                    }
                });
    }
}
