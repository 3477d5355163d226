package dev.parley.server.room;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parley.accounts.AccountStore;
import dev.parley.accounts.BanList;
import dev.parley.accounts.SaltSource;
import dev.parley.accounts.StoreException;
import dev.parley.protocol.MessageLimits;
import dev.parley.protocol.Usernames;
import dev.parley.protocol.codec.MessageCodec;
import dev.parley.protocol.codec.ProtocolException;
import dev.parley.protocol.framing.Frame;
import dev.parley.protocol.framing.FrameException;
import dev.parley.protocol.framing.JsonObjectFramer;
import dev.parley.protocol.message.ErrorCode;
import dev.parley.protocol.message.ServerMessage;
import dev.parley.protocol.message.ServerMessage.ProtocolError;
import dev.parley.server.ServerConfig;
import dev.parley.server.net.ClientConnection;
import dev.parley.server.net.FlushScheduler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;

/**
 * The room's per-connection state machine fed arbitrary request sequences from several connections at once, through
 * the real framing and request handling ({@link RequestDispatcher}), on sockets that are only memory. After every
 * step the room must be consistent: each logged-in connection is in the member list exactly once (as the member it
 * holds), the list has no one else, no request ends in an internal error, and every reply is one valid message of
 * a known type within the size the protocol promises.
 *
 * <p>The input is a script, one line per step, readable as seed files: {@code 2{"type":"guest","user":"bob"}} sends
 * the rest of the line (and its newline) on connection 2 (0 to 3; any other first byte picks one by its low bits),
 * and {@code x2} hangs connection 2 up (a new one takes its place). Bytes need not be whole objects: a line may
 * carry half of one, the next line the rest. Without {@code JAZZER_FUZZ} this runs the seed corpus in
 * {@code RequestDispatcherFuzzTestInputs/} as regression tests; see docs/security-testing.md for fuzzing.
 */
class RequestDispatcherFuzzTest {

    private static final int CONNECTIONS = 4;
    private static final int MAX_STEPS = 400;
    private static final int READ_BUFFER_BYTES = 2048;
    private static final ServerConfig CONFIG = ServerConfig.builder()
            .allowGuests(true)
            .loginFailuresPerAddress(1000)
            .build();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static final Set<String> ERROR_CODES =
            Arrays.stream(ErrorCode.values()).map(ErrorCode::wireName).collect(Collectors.toSet());
    private static final FlushScheduler FLUSH = new FlushScheduler(FlushScheduler.DEFAULT_TICK_NANOS);
    private static final HashPool HASHING = new HashPool(1, 8, () -> {});
    private static final AtomicLong IDS = new AtomicLong();
    private static final Path DIR;
    private static final SaltSource SALTS;

    static {
        if (System.getenv("JAZZER_FUZZ") != null) {
            // A join or a registration logs a line; millions of them only slow the fuzzer down. Errors still show.
            // Only when fuzzing, which has a JVM of its own: other tests in this JVM read the room's info lines.
            ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("dev.parley")).setLevel(Level.WARN);
        }
        try {
            // Registrations write and sync the accounts journal: in memory (tmpfs) where there is one, it costs
            // the fuzzer a fraction of the time.
            Path shm = Path.of("/dev/shm");
            DIR = Files.isDirectory(shm) && Files.isWritable(shm)
                    ? Files.createTempDirectory(shm, "parley-fuzz")
                    : Files.createTempDirectory("parley-fuzz");
            SALTS = SaltSource.fromSecretFile(DIR.resolve("server.secret"));
        } catch (IOException | StoreException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void anyRequestsInAnyOrder(byte[] script) throws Exception {
        Path dir = Files.createTempDirectory(DIR, "room");
        try {
            new Room(dir).play(script);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** One room and its connections, for one script. */
    private static final class Room {
        private final AccountStore accounts;
        private final MessageCodec codec = new MessageCodec();
        private final RoomMembers members = new RoomMembers(codec);
        private final RequestDispatcher dispatcher;
        private final Peer[] peers = new Peer[CONNECTIONS];

        Room(Path dir) throws StoreException {
            accounts = AccountStore.open(dir.resolve("accounts.json"), SALTS, 1, CLOCK);
            BanList bans = BanList.open(dir.resolve("bans.json"), CLOCK);
            dispatcher = new RequestDispatcher(
                    CONFIG, accounts, bans, members, codec, CLOCK, HASHING, LimitTrips.NONE, new RecentlySeen(CLOCK));
        }

        void play(byte[] script) throws Exception {
            for (int i = 0; i < CONNECTIONS; i++) {
                peers[i] = new Peer(i);
            }
            int steps = 0;
            int start = 0;
            while (start < script.length && steps++ < MAX_STEPS) {
                int end = start;
                while (end < script.length && script[end] != '\n') {
                    end++;
                }
                step(Arrays.copyOfRange(script, start, end));
                start = end + 1;
                for (int i = 0; i < CONNECTIONS; i++) {
                    if (peers[i].connection.isClosing()) {
                        reconnect(i);
                    }
                }
                assertConsistent();
            }
            for (int i = 0; i < CONNECTIONS; i++) {
                peers[i].hangUp();
            }
            assertThat(members.members()).as("members after everyone left").isEmpty();
            accounts.flush();
        }

        private void step(byte[] line) throws Exception {
            if (line.length == 0) {
                return;
            }
            if (line[0] == 'x') {
                reconnect(line.length > 1 ? (line[1] - '0') & 3 : 0);
                return;
            }
            byte[] bytes = Arrays.copyOfRange(line, 1, line.length + 1);
            bytes[bytes.length - 1] = '\n';
            peers[(line[0] - '0') & 3].send(bytes);
        }

        private void reconnect(int slot) throws Exception {
            peers[slot].hangUp();
            peers[slot] = new Peer(slot);
        }

        /** Each logged-in connection is in the list exactly once, as the member it holds; no one else is. */
        // Identity on purpose, as in RoomMembers: a member is one join, and an equal record is not the same join.
        @SuppressWarnings("ReferenceEquality")
        private void assertConsistent() {
            List<Member> listed = members.members();
            Set<String> keys = new HashSet<>();
            for (Member m : listed) {
                assertThat(keys.add(Usernames.key(m.username())))
                        .as("%s listed once", m.username())
                        .isTrue();
                assertThat(Arrays.stream(peers).filter(p -> p.session.member == m))
                        .as("%s is a connected session's member", m.username())
                        .hasSize(1);
            }
            long loggedIn = 0;
            for (Peer p : peers) {
                if (p.session.loggedIn()) {
                    loggedIn++;
                    assertThat(members.find(p.session.member.username())).containsSame(p.session.member);
                    assertThat(p.session.member.connection()).isSameAs(p.connection);
                }
            }
            assertThat(listed).hasSize((int) loggedIn);
        }

        /** One connection: what {@code ConnectionServer.serve} does with its bytes, a step at a time. */
        private final class Peer {
            private final InMemorySocket socket;
            private final ClientConnection connection;
            private final Session session;
            private final StepInput input = new StepInput();
            private final JsonObjectFramer framer;
            private boolean fullLimit;

            Peer(int slot) throws IOException {
                // Two connections share each address, so per-address limits and throttles come into play.
                socket = new InMemorySocket(InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) (1 + slot / 2)}));
                connection = new ClientConnection(
                        IDS.incrementAndGet(),
                        socket,
                        new ClientConnection.QueueLimits(CONFIG.maxQueuedBytesBeforeLogin(), CONFIG.maxQueuedBytes()),
                        FLUSH);
                connection.startWriter();
                session = new Session(connection);
                framer = new JsonObjectFramer(input, CONFIG.maxMessageBytesBeforeLogin(), READ_BUFFER_BYTES);
            }

            void send(byte[] bytes) {
                input.add(bytes);
                while (!connection.isClosing()) {
                    Frame frame;
                    try {
                        frame = framer.next();
                    } catch (StepInput.Starved e) {
                        return;
                    } catch (FrameException e) {
                        connection.sendAndClose(codec.encode(new ProtocolError(e.code(), e.getMessage())));
                        return;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    if (frame == null || connection.isClosing()) {
                        return;
                    }
                    dispatcher.handleFrame(session, frame);
                    if (!fullLimit && session.loggedIn()) {
                        framer.maxMessageBytes(CONFIG.maxMessageBytes());
                        fullLimit = true;
                    }
                }
            }

            /** The client goes; once everything queued for it is out, check every line it got. */
            void hangUp() throws InterruptedException {
                dispatcher.onClosed(session);
                connection.closeAfterDraining();
                assertThat(connection.awaitFlushed(10, java.util.concurrent.TimeUnit.SECONDS))
                        .as("writer done")
                        .isTrue();
                assertValidReplies(socket.written());
            }
        }

        private void assertValidReplies(byte[] written) {
            int start = 0;
            for (int i = 0; i < written.length; i++) {
                if (written[i] != '\n') {
                    continue;
                }
                assertThat(i - start).as("reply size").isLessThanOrEqualTo(MessageLimits.MAX_SERVER_MESSAGE_BYTES);
                ServerMessage reply;
                try {
                    reply = codec.decodeServerMessage(written, start, i - start);
                } catch (ProtocolException e) {
                    throw new AssertionError(
                            "not a valid reply: " + new String(written, start, i - start, StandardCharsets.UTF_8), e);
                }
                if (reply instanceof ProtocolError error) {
                    assertThat(error.code()).isIn(ERROR_CODES).isNotEqualTo(ErrorCode.INTERNAL_ERROR.wireName());
                }
                start = i + 1;
            }
            assertThat(start).as("replies end with a newline").isEqualTo(written.length);
        }
    }

    /**
     * The bytes of the steps so far, then {@link Starved} rather than blocking: the framer keeps its place (an
     * object half read stays half read) and goes on when the next step brings more.
     */
    private static final class StepInput extends InputStream {
        private final ArrayDeque<byte[]> chunks = new ArrayDeque<>();
        private int position;

        static final class Starved extends IOException {
            private static final long serialVersionUID = 1L;

            Starved() {
                super("no more bytes in this step", null);
            }
        }

        void add(byte[] bytes) {
            chunks.add(bytes);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            byte[] chunk = chunks.peek();
            if (chunk == null) {
                throw new Starved();
            }
            int n = Math.min(len, chunk.length - position);
            System.arraycopy(chunk, position, b, off, n);
            position += n;
            if (position == chunk.length) {
                chunks.remove();
                position = 0;
            }
            return n;
        }
    }
}
