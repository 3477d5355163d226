package dev.parley.app.desktop;

import dev.parley.app.cli.CommandName;
import dev.parley.app.wiring.RunInjector;
import dev.parley.client.RoomAddress;
import dev.parley.ui.ParleyUi;
import java.awt.GraphicsEnvironment;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Opens the desktop app at the window the command asked for, and waits until the person closes it. */
public final class DesktopLauncher {

    private final PrintWriter err;
    private final Path dataDir;

    public DesktopLauncher(PrintWriter err, Path dataDir) {
        this.err = err;
        this.dataDir = dataDir;
    }

    public int start() {
        return run(ParleyUi::start);
    }

    public int host() {
        return run(ParleyUi::host);
    }

    public int join(RoomAddress address) {
        return run(ui -> ui.join(address));
    }

    private int run(Consumer<ParleyUi> firstWindow) {
        if (GraphicsEnvironment.isHeadless()) {
            String name = CommandName.current();
            err.println(name + ": the desktop app needs a display, and there is none here (no DISPLAY).");
            err.println("To run a room without a window: " + name + " host --headless");
            err.flush();
            return 2;
        }
        System.setProperty("parley.logDir", dataDir.resolve("logs").toString());
        ParleyUi ui = RunInjector.desktop(dataDir).getInstance(ParleyUi.class);
        ParleyUi.installLookAndFeel();
        firstWindow.accept(ui);
        try {
            ui.awaitClosed();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
