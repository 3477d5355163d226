package dev.parley.ui.chat.conversation;

import dev.parley.ui.chat.MessageView;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.LayoutManager;
import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.JScrollPane;

/**
 * The conversation as the chat window shows it: the messages in a pane that scrolls up and down only, staying at
 * the end unless the reader scrolled up, where a "N new messages ↓" marker counts what came and jumps down; the
 * search bar (Ctrl+F) above; the right-click menu.
 */
public final class ConversationPane extends JPanel {

    private static final long serialVersionUID = 1L;

    private final JScrollPane scroll;
    private final JButton marker = new JButton();
    private final BottomFollower follower;
    private int unseen;

    public ConversationPane(MessageView messages) {
        super(new BorderLayout());
        setName("conversation");
        scroll = new JScrollPane(messages);
        scroll.setName("conversationScroll");
        scroll.setHorizontalScrollBarPolicy(JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.getVerticalScrollBar().setUnitIncrement(16);
        follower = new BottomFollower(scroll.getVerticalScrollBar().getModel(), this::seenAll);

        marker.setName("newMessages");
        marker.putClientProperty("JButton.buttonType", "roundRect");
        marker.setFocusable(false);
        marker.setVisible(false);
        marker.addActionListener(e -> follower.toEnd());
        messages.onNewMessage(this::arrived);

        var layers = new JPanel(new MarkerOverScroll()) {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean isOptimizedDrawingEnabled() {
                return false; // the marker overlaps the scroll pane
            }
        };
        layers.add(marker);
        layers.add(scroll);
        add(layers, BorderLayout.CENTER);
        var search = new SearchBar(messages);
        search.attachTo(this);
        add(search, BorderLayout.NORTH);
        new ConversationMenu(messages).attach();
    }

    /** Whether the view is at the end, following what arrives. */
    public boolean atEnd() {
        return follower.following();
    }

    private void arrived() {
        if (follower.following()) {
            return;
        }
        unseen++;
        marker.setText(unseen + (unseen == 1 ? " new message ↓" : " new messages ↓"));
        marker.setVisible(true);
        revalidate();
        repaint();
    }

    private void seenAll() {
        if (unseen > 0 || marker.isVisible()) {
            unseen = 0;
            marker.setVisible(false);
            repaint();
        }
    }

    /** The scroll pane fills the place; the marker floats at its bottom centre. */
    private static final class MarkerOverScroll implements LayoutManager {

        @Override
        public void addLayoutComponent(String name, Component comp) {}

        @Override
        public void removeLayoutComponent(Component comp) {}

        @Override
        public Dimension preferredLayoutSize(Container parent) {
            return parent.getComponent(1).getPreferredSize();
        }

        @Override
        public Dimension minimumLayoutSize(Container parent) {
            return parent.getComponent(1).getMinimumSize();
        }

        @Override
        public void layoutContainer(Container parent) {
            int w = parent.getWidth();
            int h = parent.getHeight();
            parent.getComponent(1).setBounds(0, 0, w, h);
            Component marker = parent.getComponent(0);
            Dimension size = marker.getPreferredSize();
            marker.setBounds((w - size.width) / 2, h - size.height - 12, size.width, size.height);
        }
    }
}
