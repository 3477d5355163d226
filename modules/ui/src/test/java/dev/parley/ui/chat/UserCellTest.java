package dev.parley.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import javax.swing.JList;
import org.junit.jupiter.api.Test;

/** The user list's rows: the owner's name carries a drawn "host" badge, the text stays the bare name. */
class UserCellTest {

    private final JList<String> list = new JList<>(new String[] {"alice", "bob"});
    private final UserCell cell = new UserCell();

    @Test
    void theOwnersRowHasTheBadgeAndItsAccessibleName() {
        cell.owner("Alice");

        Component bob = cell.getListCellRendererComponent(list, "bob", 1, false, false);
        int bobWidth = bob.getPreferredSize().width;
        String bobName = cell.getAccessibleContext().getAccessibleName();
        Component alice = cell.getListCellRendererComponent(list, "alice", 0, false, false);

        assertThat(cell.getText()).isEqualTo("alice");
        assertThat(cell.getAccessibleContext().getAccessibleName()).isEqualTo("alice (host)");
        assertThat(bobName).isEqualTo("bob");
        // "alice" is as wide as "bob" give or take a letter; the badge adds far more.
        assertThat(alice.getPreferredSize().width).isGreaterThan(bobWidth + 20);
        assertThat(badgePixels(alice)).isPositive();
    }

    @Test
    void noOwnerNoBadge() {
        Component alice = cell.getListCellRendererComponent(list, "alice", 0, false, false);
        assertThat(badgePixels(alice)).isZero();
        assertThat(cell.getIcon()).isSameAs(PresenceDot.ONLINE);

        cell.online(false);
        cell.getListCellRendererComponent(list, "alice", 0, false, false);
        assertThat(cell.getIcon()).isSameAs(PresenceDot.OFFLINE);
    }

    /** Pixels in the accent blue the badge is filled with. */
    private static int badgePixels(Component row) {
        row.setSize(row.getPreferredSize().width + 20, row.getPreferredSize().height);
        var image = new BufferedImage(row.getWidth(), row.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        row.paint(g);
        g.dispose();
        int accent = new Color(0x2F, 0x6F, 0xC0).getRGB();
        int count = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                if (image.getRGB(x, y) == accent) {
                    count++;
                }
            }
        }
        return count;
    }
}
