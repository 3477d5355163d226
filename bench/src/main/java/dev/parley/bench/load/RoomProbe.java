package dev.parley.bench.load;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Looks into a running room process from outside, as an operator could: its threads (virtual ones too, from a
 * thread dump), platform threads and open files (/proc), its heap after a full collection (jcmd), its resident
 * memory, and how many members it has (its admin socket). Linux and a JDK with jcmd.
 */
final class RoomProbe {

    private static final Pattern USED = Pattern.compile("used (\\d+)K");
    private static final Pattern ONLINE = Pattern.compile("^(\\d+) online:", Pattern.MULTILINE);
    private static final Pattern TID = Pattern.compile("\"tid\":");
    /** "   1:   12345   678901  java.lang.String (java.base@25)": instances, bytes, class. */
    private static final Pattern HISTOGRAM_ROW = Pattern.compile("^\\s*\\d+:\\s+\\d+\\s+(\\d+)\\s+(\\S+)");

    private final long pid;
    private final Path dataDir;
    private final Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");

    RoomProbe(long pid, Path dataDir) {
        this.pid = pid;
        this.dataDir = dataDir;
    }

    /** What the room holds at one moment. */
    record Sample(
            double atSeconds,
            int members,
            int threads,
            int platformThreads,
            int openFiles,
            long heapAfterGcBytes,
            long rssBytes) {}

    Sample sample(double atSeconds) throws IOException, InterruptedException {
        int members = members();
        long heap = heapAfterGc();
        return new Sample(
                atSeconds,
                members,
                threads(),
                platformThreads(),
                openFiles(),
                heap,
                ProcStats.of(pid).rssBytes());
    }

    /** Members, by the admin socket's {@code users}: "Nobody is online." or "N online:". */
    int members() throws IOException {
        // The admin socket's protocol: one command line, then the answer until it closes (AdminClient's).
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(dataDir.resolve("admin.sock")));
            ByteBuffer line = ByteBuffer.wrap("users\n".getBytes(StandardCharsets.UTF_8));
            while (line.hasRemaining()) {
                channel.write(line);
            }
            channel.shutdownOutput();
            String answer = new String(Channels.newInputStream(channel).readAllBytes(), StandardCharsets.UTF_8);
            if (answer.startsWith("error: ")) {
                throw new IOException("the room's admin socket said " + answer.strip());
            }
            Matcher m = ONLINE.matcher(answer);
            return m.find() ? Integer.parseInt(m.group(1)) : 0;
        }
    }

    /** Every thread the JVM tracks, virtual ones included (the room runs one per connection, and one writer). */
    int threads() throws IOException, InterruptedException {
        Path dump = Files.createTempFile("parley-soak-threads", ".json");
        Files.delete(dump); // jcmd refuses to overwrite
        try {
            jcmd("Thread.dump_to_file", "-format=json", dump.toString());
            return (int) TID.matcher(Files.readString(dump)).results().count();
        } finally {
            Files.deleteIfExists(dump);
        }
    }

    int platformThreads() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("Threads:")) {
                return Integer.parseInt(line.substring("Threads:".length()).strip());
            }
        }
        return -1;
    }

    int openFiles() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc", String.valueOf(pid), "fd"))) {
            return (int) fds.count();
        }
    }

    /**
     * Runs a full collection, then reads how much of the heap is in use: the live set. G1 gives one heap line,
     * the serial collector (a room pinned to one CPU) one per generation; metaspace is not heap.
     */
    long heapAfterGc() throws IOException, InterruptedException {
        jcmd("GC.run");
        long used = -1;
        for (String line : jcmd("GC.heap_info").split("\n")) {
            Matcher m = USED.matcher(line);
            if (m.find() && !line.contains("Metaspace") && !line.contains("class space")) {
                used = Math.max(0, used) + Long.parseLong(m.group(1)) * 1024;
            }
        }
        if (used < 0) {
            throw new IOException("no heap figure in jcmd GC.heap_info");
        }
        return used;
    }

    /**
     * Bytes by class after a full collection ({@code jcmd GC.class_histogram}): compared before and after, says what
     * the room kept, if anything.
     */
    Map<String, Long> histogram() throws IOException, InterruptedException {
        var bytes = new HashMap<String, Long>();
        for (String line : jcmd("GC.class_histogram").split("\n")) {
            Matcher m = HISTOGRAM_ROW.matcher(line);
            if (m.find()) {
                bytes.merge(m.group(2), Long.parseLong(m.group(1)), Long::sum);
            }
        }
        return bytes;
    }

    /** The classes whose bytes grew most from {@code before} to {@code after}, largest first. */
    static List<String> grewMost(Map<String, Long> before, Map<String, Long> after, int count) {
        return after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(count)
                .map(e -> String.format(java.util.Locale.ROOT, "%+,d bytes %s", e.getValue(), e.getKey()))
                .toList();
    }

    private String jcmd(String... command) throws IOException, InterruptedException {
        var args = new java.util.ArrayList<>(List.of(jcmd.toString(), String.valueOf(pid)));
        args.addAll(List.of(command));
        Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException("jcmd " + String.join(" ", command) + " failed: " + output);
        }
        return output;
    }
}
