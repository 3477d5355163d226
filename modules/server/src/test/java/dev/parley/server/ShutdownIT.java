package dev.parley.server;

import static dev.parley.server.HashingIT.sendLogin;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.message.ClientRequest.SaltRequest;
import dev.parley.protocol.message.ServerMessage.Salt;
import dev.parley.protocol.message.ServerMessage.Shutdown;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShutdownIT {

    @TempDir
    Path dir;

    @Test
    void everyConnectionThatRacesTheStopIsToldShutdown() throws Exception {
        var sockets = new ConcurrentLinkedQueue<Socket>();
        var stop = new AtomicBoolean();
        var someConnected = new CountDownLatch(20);
        var threads = new ArrayList<Thread>();
        // Hundreds of connections from one address race the stop: none may be refused for their number (TestRoom
        // lifts the rate of new connections too).
        try (var room = TestRoom.start(dir, c -> c.maxConnectionsPerAddress(100_000))) {
            TestClient before = room.connect();
            before.send(new SaltRequest("x"));
            before.expect(Salt.class);
            for (int t = 0; t < 16; t++) {
                threads.add(Thread.ofVirtual().start(() -> {
                    while (!stop.get()) {
                        try {
                            sockets.add(new Socket(
                                    room.address().getAddress(), room.address().getPort()));
                            someConnected.countDown();
                        } catch (IOException e) {
                            return; // the room stopped listening
                        }
                    }
                }));
            }
            assertThat(someConnected.await(10, TimeUnit.SECONDS)).isTrue();

            room.server.stop();
            stop.set(true);
            for (Thread t : threads) {
                t.join(TestClient.TIMEOUT.toMillis());
            }

            assertThat(before.awaitClosed()).containsExactly(new Shutdown());
            // Read in parallel: a connection the room never accepted takes a read timeout to be told apart.
            var reads = new ArrayList<Future<String>>();
            try (var readers = Executors.newVirtualThreadPerTaskExecutor()) {
                for (Socket s : sockets) {
                    reads.add(readers.submit(() -> readUntilClosed(s)));
                }
            }
            int toldShutdown = 0;
            for (Future<String> read : reads) {
                String heard = read.get();
                // Accepted: told shutdown. Still in the listening queue when it closed: dropped unheard.
                assertThat(heard).isIn("", "{\"type\":\"shutdown\"}\n");
                if (!heard.isEmpty()) {
                    toldShutdown++;
                }
            }
            assertThat(toldShutdown).isPositive();
        } finally {
            stop.set(true);
            for (Socket s : sockets) {
                s.close();
            }
        }
    }

    @Test
    void aSecondStopReturnsOnlyOnceTheFirstHasFinished() throws Exception {
        var gate = new HashGate();
        try (var room = TestRoom.start(dir, c -> c, gate, 1, 1)) {
            room.registered("alice").close();
            TestClient bob = room.registered("bob");
            gate.hold();
            int before = gate.entered();
            TestClient loggingIn = room.connect();
            sendLogin(loggingIn, "alice", "pw-alice");
            gate.awaitEntered(before + 1);

            // The first stop waits for the hash under way (a registration may be saving).
            Thread first = Thread.ofPlatform().start(room.server::stop);
            bob.await(Shutdown.class, s -> true);
            Thread second = Thread.ofPlatform().start(room.server::stop);
            Thread.State state = awaitBlockedOrDone(second);

            assertThat(state).as("the second stop waits").isIn(Thread.State.WAITING, Thread.State.TIMED_WAITING);
            assertThat(first.isAlive()).isTrue();
            gate.open();
            second.join(TestClient.TIMEOUT.toMillis());
            assertThat(second.isAlive()).isFalse();
            // The first may still be returning from stop() when the second wakes; it has finished its work by then.
            first.join(TestClient.TIMEOUT.toMillis());
            assertThat(first.isAlive()).as("the first stop finished").isFalse();
        }
    }

    private static Thread.State awaitBlockedOrDone(Thread t) throws InterruptedException {
        long deadline = System.nanoTime() + TestClient.TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            Thread.State s = t.getState();
            if (s == Thread.State.WAITING || s == Thread.State.TIMED_WAITING || s == Thread.State.TERMINATED) {
                return s;
            }
            Thread.sleep(2);
        }
        return t.getState();
    }

    /**
     * What the connection heard until it closed. One that hears nothing for a while is probed with a byte: when the
     * room's accept queue overflowed, the kernel dropped the client's last handshake packet and the room never saw
     * the connection, and closing the listener forgets it without a reset, so only sending tells. A connection the
     * room left open would take the byte and stay silent, which fails the test.
     */
    private static String readUntilClosed(Socket s) throws IOException {
        s.setSoTimeout((int) TestClient.TIMEOUT.toMillis());
        var heard = new ByteArrayOutputStream();
        try {
            readToEnd(s, heard);
        } catch (SocketTimeoutException silent) {
            if (heard.size() > 0) {
                throw leftOpen(heard, silent);
            }
            try {
                s.getOutputStream().write('\n');
                readToEnd(s, heard);
            } catch (SocketTimeoutException stillSilent) {
                throw leftOpen(heard, stillSilent);
            } catch (IOException reset) {
                // reset: the room never had it
            }
        } catch (IOException reset) {
            // reset: closed all the same
        }
        return heard.toString(StandardCharsets.UTF_8);
    }

    private static void readToEnd(Socket s, ByteArrayOutputStream heard) throws IOException {
        byte[] buffer = new byte[256];
        InputStream in = s.getInputStream();
        int n;
        while ((n = in.read(buffer)) >= 0) {
            heard.write(buffer, 0, n);
        }
    }

    private static AssertionError leftOpen(ByteArrayOutputStream heard, SocketTimeoutException cause) {
        return new AssertionError(
                "a connection was left open after the room stopped; it heard: "
                        + heard.toString(StandardCharsets.UTF_8),
                cause);
    }
}
