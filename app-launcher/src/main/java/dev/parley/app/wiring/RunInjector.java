package dev.parley.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.Stage;
import dev.parley.app.wiring.RoomComposer.RoomExtras;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * The one injector of a run. A headless run composes its room (and the room's admin console) through it; a
 * desktop run composes the windows, and each room the person hosts, through it.
 */
public final class RunInjector {

    static {
        // Guice 7.0.0 (the newest) reads class files with a bundled ASM that predates Java 25's format: these keep
        // it off that path (reflection instead of generated classes; no source lines in its errors). Set here,
        // before Guice's first class initialises, so every run and test gets them.
        System.setProperty("guice_bytecode_gen_option", "DISABLED");
        System.setProperty("guice_include_stack_traces", "OFF");
    }

    private RunInjector() {}

    /** A room with no window, its console answering on {@code terminal}. */
    public static Injector headless(PrintStream terminal) {
        return headless(Stage.PRODUCTION, terminal);
    }

    /** The desktop app, remembering things in the user's preferences, hosting rooms in {@code dataDir}. */
    public static Injector desktop(Path dataDir) {
        return desktop(Stage.PRODUCTION, new DesktopModule(dataDir));
    }

    static Injector headless(Stage stage, PrintStream terminal) {
        return Guice.createInjector(stage, new ParleyModule(), extras(new HeadlessModule(terminal)));
    }

    static Injector desktop(Stage stage, Module desktop) {
        return Guice.createInjector(stage, new ParleyModule(), extras(), desktop);
    }

    private static Module extras(Module... roomModules) {
        return new AbstractModule() {
            @Override
            protected void configure() {
                bind(RoomExtras.class).toInstance(new RoomExtras(List.of(roomModules)));
            }
        };
    }
}
