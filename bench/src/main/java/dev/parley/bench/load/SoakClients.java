package dev.parley.bench.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * The soak's crowd: each of N places joins the room as a guest, asks who is online, chats now and then (typing
 * on, a message, typing off), and leaves after a while, in one of three ways: saying {@code disconnect}, closing
 * its socket, or resetting it; then comes back under a new name. Each place has its own loopback address
 * (127.1.0.1, 127.1.0.2, ...), so the room's per-address limits stay as they are by default.
 */
final class SoakClients {

    /** How long a member stays, and how often it speaks, in milliseconds. */
    record Pace(int minStayMillis, int maxStayMillis, int minSilenceMillis, int maxSilenceMillis) {}

    private static final byte[] LOGIN_OK = "{\"type\":\"login\",\"success\":\"true\"".getBytes(StandardCharsets.UTF_8);
    private static final byte[] ERROR = "{\"type\":\"error\"".getBytes(StandardCharsets.UTF_8);

    final LongAdder joins = new LongAdder();
    final LongAdder failedJoins = new LongAdder();
    final LongAdder messages = new LongAdder();
    final LongAdder linesReceived = new LongAdder();
    final LongAdder errorsReceived = new LongAdder();
    final LongAdder disconnects = new LongAdder();
    final LongAdder closes = new LongAdder();
    final LongAdder resets = new LongAdder();
    final LongAdder ioFailures = new LongAdder();

    private final InetSocketAddress room;
    private final Pace pace;
    private final List<Thread> places = new ArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile String lastFailure = "";

    SoakClients(InetSocketAddress room, Pace pace) {
        this.room = room;
        this.pace = pace;
    }

    /** Starts {@code count} places, joining over the first {@code rampMillis}; they run until {@link #stop}. */
    void start(int count, int rampMillis, long seed) {
        for (int i = 0; i < count; i++) {
            int place = i;
            var random = new SplittableRandom(seed + i);
            int delay = rampMillis == 0 ? 0 : random.nextInt(rampMillis);
            places.add(Thread.ofVirtual().name("soak-" + i).start(() -> run(place, random, delay)));
        }
    }

    /** Everyone leaves now (each in its own way) and the places end; waits for them. */
    void stop() throws InterruptedException {
        stopped.countDown();
        for (Thread t : places) {
            t.join(TimeUnit.SECONDS.toMillis(30));
        }
    }

    String lastFailure() {
        return lastFailure;
    }

    private boolean running() {
        return stopped.getCount() > 0;
    }

    private void run(int place, SplittableRandom random, int delayMillis) {
        if (!pause(delayMillis)) {
            return;
        }
        for (int visit = 0; running(); visit++) {
            try {
                visit(place, "s" + place + "v" + visit, random);
            } catch (IOException e) {
                if (running()) {
                    ioFailures.increment();
                    lastFailure = "place " + place + ": " + e;
                }
            }
            if (!pause(random.nextInt(500, 3000))) {
                return;
            }
        }
    }

    private void visit(int place, String name, SplittableRandom random) throws IOException {
        var socket = new Socket();
        try {
            socket.bind(new InetSocketAddress(addressOf(place), 0));
            socket.connect(room, 30_000);
            var reader = new Reader(socket.getInputStream());
            Thread readerThread = Thread.ofVirtual().start(reader);
            OutputStream out = socket.getOutputStream();
            out.write(line("{\"type\":\"guest\",\"user\":\"" + name + "\",\"version\":\"1.0.0\"}"));
            if (!awaitQuietly(reader.loggedIn)) {
                failedJoins.increment();
                socket.close();
                return;
            }
            joins.increment();
            out.write(line("{\"type\":\"userlist\",\"user\":\"" + name + "\",\"onlinetype\":\"true\"}"));
            long leaveAt = System.nanoTime()
                    + TimeUnit.MILLISECONDS.toNanos(random.nextInt(pace.minStayMillis(), pace.maxStayMillis() + 1));
            int said = 0;
            while (running()) {
                long left = TimeUnit.NANOSECONDS.toMillis(leaveAt - System.nanoTime());
                int silence = random.nextInt(pace.minSilenceMillis(), pace.maxSilenceMillis() + 1);
                if (left <= silence || !pause(silence)) {
                    break;
                }
                out.write(line("{\"type\":\"typing\",\"user\":\"" + name + "\",\"status\":\"true\"}"));
                out.write(line("{\"type\":\"message\",\"user\":\"" + name + "\",\"message\":\"" + name + " says "
                        + ++said + "\"}{\"type\":\"typing\",\"user\":\"" + name + "\",\"status\":\"false\"}"));
                messages.increment();
            }
            leave(socket, out, name, random.nextInt(100), readerThread);
        } finally {
            socket.close();
        }
    }

    /** 60 % say goodbye and wait for the room to close; 25 % just close; 15 % reset the connection. */
    private void leave(Socket socket, OutputStream out, String name, int dice, Thread reader) throws IOException {
        if (dice < 60) {
            disconnects.increment();
            out.write(line("{\"type\":\"disconnect\",\"user\":\"" + name + "\"}"));
            try {
                reader.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else if (dice < 85) {
            closes.increment();
        } else {
            resets.increment();
            socket.setSoLinger(true, 0);
        }
    }

    /** Waits, unless the soak ends first: false then. */
    private boolean pause(long millis) {
        try {
            return !stopped.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean awaitQuietly(CountDownLatch latch) {
        try {
            return latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static InetAddress addressOf(int place) throws IOException {
        return InetAddress.getByAddress(new byte[] {127, 1, (byte) (place / 250), (byte) (1 + place % 250)});
    }

    private static byte[] line(String json) {
        return (json + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Counts what the room sends until it closes; notes the login answer and error replies. */
    private final class Reader implements Runnable {
        final CountDownLatch loggedIn = new CountDownLatch(1);
        private final InputStream in;
        private final byte[] head = new byte[64];
        private int headLength;

        Reader(InputStream in) {
            this.in = in;
        }

        @Override
        public void run() {
            byte[] buffer = new byte[16 * 1024];
            try {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    for (int i = 0; i < n; i++) {
                        byte b = buffer[i];
                        if (b == '\n') {
                            endOfLine();
                        } else if (headLength < head.length) {
                            head[headLength++] = b;
                        }
                    }
                }
            } catch (IOException e) {
                // closed or reset: the visit is over
            }
        }

        private void endOfLine() {
            linesReceived.increment();
            if (startsWith(LOGIN_OK)) {
                loggedIn.countDown();
            } else if (startsWith(ERROR)) {
                errorsReceived.increment();
            }
            headLength = 0;
        }

        private boolean startsWith(byte[] prefix) {
            if (headLength < prefix.length) {
                return false;
            }
            for (int i = 0; i < prefix.length; i++) {
                if (head[i] != prefix[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
