package dev.parley.ui;

import static dev.parley.ui.UiDriver.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Image;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Every window shows Parley's icon, the installers' one, not Java's coffee cup. */
class AppIconIT {

    @TempDir
    Path dir;

    @RegisterExtension
    final UiDriver ui = new UiDriver();

    @Test
    void theStartWindowAndItsDialogsShowParleysIcon() throws Exception {
        ui.app(new TestHosting(dir)).start();
        FrameFixture start = ui.frame("startWindow");
        assertParleysIcon(start.target());

        start.button("joinButton").click();
        assertParleysIcon(ui.dialog("joinDialog").target());
    }

    private static void assertParleysIcon(Window window) throws Exception {
        await(window.getName() + " has an icon", () -> !icons(window).isEmpty());
        List<Image> icons = icons(window);
        assertThat(icons).extracting(i -> i.getWidth(null)).contains(16, 32, 48, 256);
        BufferedImage installers = ImageIO.read(
                Files.newInputStream(Path.of("../../installers/icons/hicolor/32x32/apps/parley-chat.png")));
        BufferedImage shown = (BufferedImage)
                icons.stream().filter(i -> i.getWidth(null) == 32).findFirst().orElseThrow();
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 32; x++) {
                assertThat(shown.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(installers.getRGB(x, y));
            }
        }
    }

    private static List<Image> icons(Window window) {
        return GuiActionRunner.execute(() -> {
            return window.getIconImages();
        });
    }
}
