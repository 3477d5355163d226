package dev.parley.bench.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Parley room started as its own process, as `parley host --headless` runs it, optionally pinned to CPUs with
 * taskset, with a server.json of the benchmark's own. The fan-out benchmark's opens the room to guests and sets a
 * low password-hash cost, so it measures fan-out, not PBKDF2; the login storm's keeps the real cost.
 */
final class ServerProcess implements AutoCloseable {

    private final Process process;
    private final int port;

    private ServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * The fan-out benchmark's room: guests allowed, password-hash cost 1; every client is from one address and the
     * benchmark measures fan-out, so the per-address limits and the chat flood control are lifted.
     */
    static final String FAN_OUT_CONFIG = """
            {
              "roomName": "parley-bench",
              "maxConnectionsPerAddress": 100000,
              "newConnectionBurstPerAddress": 100000,
              "registrationsPerAddress": 100000,
              "registrationsPerRoom": 100000,
              "chatMessageBurst": 100000,
              "chatMessagesPerSecond": 100000,
              "allowGuests": true,
              "passwordHashIterations": 1,
              "maxQueuedBytes": 4194304
            }
            """;

    static ServerProcess start(Path modules, Path dataDir, String cpus, List<String> jvmOptions) throws Exception {
        return start(modules, dataDir, cpus, jvmOptions, FAN_OUT_CONFIG);
    }

    static ServerProcess start(Path modules, Path dataDir, String cpus, List<String> jvmOptions, String serverJson)
            throws Exception {
        Files.createDirectories(dataDir);
        Files.writeString(dataDir.resolve("server.json"), serverJson);
        var command = new ArrayList<String>();
        if (cpus != null && !cpus.isEmpty() && Files.isExecutable(Path.of("/usr/bin/taskset"))) {
            command.addAll(List.of("taskset", "-c", cpus));
        }
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-p",
                modules.toString(),
                "-m",
                "dev.parley.app/dev.parley.app.ParleyMain",
                "host",
                "--headless",
                "--port",
                "0",
                "--bind",
                "127.0.0.1",
                "--data-dir",
                dataDir.toString()));
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .start();
        var reader = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        Pattern open = Pattern.compile("is open on port (\\d+)");
        String line;
        while ((line = reader.readLine()) != null) {
            Matcher m = open.matcher(line);
            if (m.find()) {
                int port = Integer.parseInt(m.group(1));
                Thread.ofPlatform().daemon().start(() -> drain(reader));
                return new ServerProcess(p, port);
            }
        }
        throw new IOException("the server did not start: " + p.waitFor());
    }

    private static void drain(BufferedReader reader) {
        try {
            while (reader.readLine() != null) {
                // the room's log; not needed
            }
        } catch (IOException e) {
            // ended
        }
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            // Not waiting any longer: make sure the room goes, and let the caller see the interrupt.
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
