package dev.parley.app.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parley.app.LaunchedParley;
import dev.parley.ui.RoomFinder;
import dev.parley.ui.RoomFinder.NetworkRoom;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.MulticastSocket;
import java.net.NetworkInterface;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A headless room in a process of its own (the packaged app, announcing as it does by default) is found by this
 * process's finder, the Join dialog's, with its name; when its process is stopped (SIGTERM: its shutdown hook says
 * goodbye on the network) the room is reported lost. Everything speaks on 127.0.0.1 only; where loopback does not
 * carry multicast (Linux's lo has no MULTICAST flag unless switched on: {@code ip link set lo multicast on}, as
 * .ci/run does), the test says so and skips.
 */
class HeadlessRoomDiscoveryIT {

    private static final Duration FIND = Duration.ofSeconds(20);
    private static final String LOOPBACK = "127.0.0.1";

    @TempDir
    Path dataDir;

    @Test
    void aRoomInAnotherProcessIsFoundByNameAndLostWhenItsProcessStops() throws Exception {
        assumeTrue(
                multicastReachesAcrossLoopback(),
                "multicast does not reach from one socket to another on 127.0.0.1 here "
                        + "(loopback without multicast? ip link set lo multicast on): discovery not tested");
        String name = "Child process room " + ProcessHandle.current().pid();
        Files.writeString(dataDir.resolve("server.json"), """
                {"roomName": "%s", "passwordHashIterations": 1000}
                """.formatted(name));
        var heard = new HeardRooms();
        RoomFinder.Search search = new DnsSdRoomFinder(LOOPBACK).search(heard);
        LaunchedParley room = LaunchedParley.start(
                "host", "--headless", "--port", "0", "--bind", LOOPBACK, "--data-dir", dataDir.toString());
        try {
            int port = room.awaitPort();

            NetworkRoom found = heard.next(r -> r.port() == port, FIND);
            assertThat(found)
                    .as("the child's room found; its output:\n" + room.stdout() + room.stderr())
                    .isNotNull();
            assertThat(found.name()).isEqualTo(name);
            assertThat(found.host()).isEqualTo(LOOPBACK);
            assertThat(found.tls()).isTrue();

            room.process().destroy(); // SIGTERM: the shutdown hook stops the room and its announcement
            assertThat(room.awaitExit()).isIn(0, 143);
            assertThat(heard.awaitLost(found.id(), FIND))
                    .as("the stopped room reported lost")
                    .isTrue();
        } finally {
            room.process().destroyForcibly();
            search.close();
        }
    }

    /** One datagram sent to a multicast group on loopback's interface, received by another socket. */
    private static boolean multicastReachesAcrossLoopback() throws IOException {
        InetAddress group = InetAddress.getByName("239.255.77.77");
        NetworkInterface loopback = NetworkInterface.getByInetAddress(InetAddress.getByName(LOOPBACK));
        if (loopback == null) {
            return false;
        }
        try (var receiver = new MulticastSocket(0)) {
            int port = receiver.getLocalPort();
            receiver.joinGroup(new InetSocketAddress(group, port), loopback);
            receiver.setSoTimeout(2_000);
            try (var sender = new MulticastSocket()) {
                sender.setNetworkInterface(loopback);
                byte[] probe = "parley probe".getBytes(StandardCharsets.UTF_8);
                sender.send(new DatagramPacket(probe, probe.length, group, port));
            }
            var packet = new DatagramPacket(new byte[64], 64);
            receiver.receive(packet);
            return true;
        } catch (IOException e) {
            return false; // nothing arrived, or joining the group was refused: no multicast on this interface
        }
    }
}
