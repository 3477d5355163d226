package dev.parley.ui.chat;

import java.awt.event.KeyEvent;
import javax.swing.Action;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;
import javax.swing.event.PopupMenuEvent;
import javax.swing.event.PopupMenuListener;
import javax.swing.text.DefaultEditorKit;
import javax.swing.text.JTextComponent;

/** The right-click menu of an editable text box: Cut, Copy, Paste, Select all, enabled as they apply. */
final class EditMenu extends JPopupMenu {

    private static final long serialVersionUID = 1L;

    EditMenu(JTextComponent box) {
        setName("editMenu");
        JMenuItem cut = item(new DefaultEditorKit.CutAction(), "Cut", "cut", KeyEvent.VK_T);
        JMenuItem copy = item(new DefaultEditorKit.CopyAction(), "Copy", "copy", KeyEvent.VK_C);
        JMenuItem paste = item(new DefaultEditorKit.PasteAction(), "Paste", "paste", KeyEvent.VK_P);
        JMenuItem all = item(
                box.getActionMap().get(DefaultEditorKit.selectAllAction), "Select all", "selectAll", KeyEvent.VK_A);
        add(cut);
        add(copy);
        add(paste);
        addSeparator();
        add(all);
        addPopupMenuListener(new PopupMenuListener() {
            @Override
            public void popupMenuWillBecomeVisible(PopupMenuEvent e) {
                boolean selected = box.getSelectionStart() != box.getSelectionEnd();
                cut.setEnabled(selected && box.isEditable() && box.isEnabled());
                copy.setEnabled(selected);
                paste.setEnabled(box.isEditable() && box.isEnabled());
                all.setEnabled(box.getDocument().getLength() > 0);
                // The text actions act on the focused box: the one clicked.
                box.requestFocusInWindow();
            }

            @Override
            public void popupMenuWillBecomeInvisible(PopupMenuEvent e) {}

            @Override
            public void popupMenuCanceled(PopupMenuEvent e) {}
        });
    }

    private static JMenuItem item(Action action, String text, String name, int mnemonic) {
        var item = new JMenuItem(action);
        item.setText(text);
        item.setName(name);
        item.setMnemonic(mnemonic);
        return item;
    }
}
