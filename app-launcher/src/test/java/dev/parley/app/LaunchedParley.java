package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged app in a child JVM, started as ./parley starts it (module path, real main; the failsafe property
 * {@code parley.modules} names the jars): its output read line by line, its terminal typed into.
 */
public final class LaunchedParley {

    /** Generous: only a failing test waits this long, and the machine running it may be loaded. */
    public static final long TIMEOUT_S = 60;

    private static final Pattern OPEN = Pattern.compile("is open on port (\\d+)");

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final StringBuilder out = new StringBuilder();
    private final StringBuilder err = new StringBuilder();
    private final Thread outPump;
    private final Thread errPump;

    private LaunchedParley(Process process) {
        this.process = process;
        outPump = pump(process.getInputStream(), out, lines);
        errPump = pump(process.getErrorStream(), err, null);
    }

    /** {@code parley args...}. */
    public static LaunchedParley start(String... args) throws IOException {
        return start(List.of(), List.of(), args);
    }

    /** {@code parley args...} in a JVM given {@code jvmOptions}. */
    public static LaunchedParley startWith(List<String> jvmOptions, String... args) throws IOException {
        return start(List.of(), jvmOptions, args);
    }

    /**
     * @param prefix a command the JVM is started through (setpriv, to run as another user), or empty
     */
    public static LaunchedParley start(List<String> prefix, List<String> jvmOptions, String... args)
            throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        var command = new ArrayList<>(prefix);
        command.add(java);
        command.addAll(jvmOptions);
        command.addAll(
                List.of("-p", System.getProperty("parley.modules"), "-m", "dev.parley.app/dev.parley.app.ParleyMain"));
        command.addAll(List.of(args));
        return new LaunchedParley(new ProcessBuilder(command).start());
    }

    public Process process() {
        return process;
    }

    private static Thread pump(InputStream in, StringBuilder sink, BlockingQueue<String> queue) {
        return Thread.ofVirtual().start(() -> {
            try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    synchronized (sink) {
                        sink.append(line).append('\n');
                    }
                    if (queue != null) {
                        queue.add(line);
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
        });
    }

    /** The port a headless room says it is open on. */
    public int awaitPort() throws InterruptedException {
        String line = awaitStdout("is open on port");
        Matcher m = OPEN.matcher(line);
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** The next line of standard output containing {@code fragment}; lines before it are passed over. */
    public String awaitStdout(String fragment) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_S);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line != null && line.contains(fragment)) {
                return line;
            }
            if (line == null && !process.isAlive()) {
                break;
            }
        }
        throw new AssertionError("no \"" + fragment + "\" on stdout; stdout:\n" + stdout() + "\nstderr:\n" + stderr());
    }

    /** A line typed at the process's terminal. */
    public void type(String command) throws IOException {
        OutputStream in = process.getOutputStream();
        in.write((command + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    /** Waits for the process to end, and for all it wrote to be read; its exit code. */
    public int awaitExit() throws InterruptedException {
        assertThat(process.waitFor(TIMEOUT_S, TimeUnit.SECONDS))
                .as("process ended")
                .isTrue();
        outPump.join(5_000);
        errPump.join(5_000);
        return process.exitValue();
    }

    public String stdout() {
        synchronized (out) {
            return out.toString();
        }
    }

    public String stderr() {
        synchronized (err) {
            return err.toString();
        }
    }
}
