package dev.parley.app.admin;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.SocketException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Sends one console command to a running room over its {@link AdminSocket} and prints the answer. */
public final class AdminClient {

    private final Path dataDir;
    private final PrintWriter out;
    private final PrintWriter err;
    private final String commandName;

    public AdminClient(Path dataDir, PrintWriter out, PrintWriter err, String commandName) {
        this.dataDir = dataDir;
        this.out = out;
        this.err = err;
        this.commandName = commandName;
    }

    /** 0 when the room answered (whatever it said), 1 when it could not be reached or refused us. */
    public int send(String command) {
        Path socket = dataDir.resolve(AdminSocket.FILE_NAME);
        if (Files.notExists(socket)) {
            return fail("no room is running on " + dataDir + " (there is no " + socket + ").");
        }
        if (!Files.exists(socket)) {
            return fail("cannot look into " + dataDir + ": run this as root or as the room's user.");
        }
        String answer;
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            ByteBuffer line = ByteBuffer.wrap((command.replace('\n', ' ') + "\n").getBytes(StandardCharsets.UTF_8));
            while (line.hasRemaining()) {
                channel.write(line);
            }
            channel.shutdownOutput();
            answer = new String(readAll(channel), StandardCharsets.UTF_8);
        } catch (SocketException e) {
            if (String.valueOf(e.getMessage()).contains("Permission denied")) {
                return fail("not allowed to reach " + socket + ": run this as root or as the room's user.");
            }
            return fail("no room answers on " + socket + " (" + e.getMessage() + ").");
        } catch (IOException e) {
            return fail("cannot reach the room on " + socket + ": " + e.getMessage());
        }
        if (answer.startsWith("error: ")) {
            return fail(answer.substring("error: ".length()).strip());
        }
        out.print(answer);
        out.flush();
        return 0;
    }

    private static byte[] readAll(SocketChannel channel) throws IOException {
        return Channels.newInputStream(channel).readAllBytes();
    }

    private int fail(String message) {
        err.println(commandName + ": " + message);
        err.flush();
        return 1;
    }
}
