package dev.parley.ui.chat.conversation;

import dev.parley.ui.chat.MessageView;
import java.awt.Point;
import java.awt.Toolkit;
import java.awt.datatransfer.StringSelection;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.Optional;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;

/** The conversation's right-click menu: Copy (the selection), Select all, Copy message (the one clicked). */
final class ConversationMenu {

    private final MessageView messages;
    private final JPopupMenu menu = new JPopupMenu();
    private final JMenuItem copy = new JMenuItem("Copy");
    private final JMenuItem selectAll = new JMenuItem("Select all");
    private final JMenuItem copyMessage = new JMenuItem("Copy message");
    private Optional<String> clicked = Optional.empty();

    ConversationMenu(MessageView messages) {
        this.messages = messages;
        menu.setName("conversationMenu");
        copy.setName("copy");
        selectAll.setName("selectAll");
        copyMessage.setName("copyMessage");
        copy.addActionListener(e -> messages.copy());
        selectAll.addActionListener(e -> {
            messages.requestFocusInWindow();
            messages.selectAll();
        });
        copyMessage.addActionListener(e -> clicked.ifPresent(
                text -> Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new StringSelection(text), null)));
        menu.add(copy);
        menu.add(selectAll);
        menu.addSeparator();
        menu.add(copyMessage);
    }

    void attach() {
        messages.addMouseListener(new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                maybeShow(e);
            }

            @Override
            public void mouseReleased(MouseEvent e) {
                maybeShow(e);
            }
        });
    }

    private void maybeShow(MouseEvent e) {
        if (!e.isPopupTrigger()) {
            return;
        }
        Point at = e.getPoint();
        clicked = messages.messageAt(at);
        copy.setEnabled(messages.getSelectionStart() != messages.getSelectionEnd());
        copyMessage.setEnabled(clicked.isPresent());
        menu.show(messages, at.x, at.y);
    }
}
