package dev.parley.app.cli;

import dev.parley.app.config.DataDirs;
import dev.parley.app.desktop.DesktopLauncher;
import dev.parley.client.RoomAddress;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley join HOST[:PORT]}: connect to a room and go straight to logging in. */
@Command(
        name = "join",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Join a room someone hosts: connects, then asks you to log in or register.")
public final class JoinCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "HOST[:PORT]", description = "The room's address, such as 192.168.1.5 or myhost:5050.")
    String address;

    @Override
    public Integer call() {
        RoomAddress room;
        try {
            room = RoomAddress.parse(address);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Path dataDir = DataDirs.defaultDataDir();
        return new DesktopLauncher(spec.commandLine().getErr(), dataDir).join(room);
    }
}
