package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.PasswordDigest;
import dev.parley.protocol.message.ClientRequest.LoginRequest;
import dev.parley.protocol.message.ClientRequest.RegisterRequest;
import dev.parley.protocol.message.ClientRequest.SendMessage;
import dev.parley.protocol.message.ErrorCode;
import dev.parley.protocol.message.ServerMessage.ChatMessage;
import dev.parley.protocol.message.ServerMessage.LoginResult;
import dev.parley.protocol.message.ServerMessage.ProtocolError;
import dev.parley.protocol.message.ServerMessage.RegisterStatus;
import dev.parley.protocol.message.ServerMessage.UserNotification;
import dev.parley.protocol.message.ServerMessage.UsernameRegisterStatus;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Passwords are hashed off the room's threads, a bounded number at a time, within a budget per address. */
class HashingIT {

    /** The login budget's burst (HashBudget.BURST): wrong passwords an address may try at once. */
    private static final int HASH_BURST = 20;

    @TempDir
    Path dir;

    private final HashGate gate = new HashGate();

    @Test
    void whenTheHashQueueIsFullALoginIsToldBusyAtOnceWhileTheRoomChatsOn() throws Exception {
        try (var room = TestRoom.start(dir, c -> c, gate, 1, 1)) {
            TestClient alice = room.registered("alice");
            TestClient bob = room.registered("bob");
            alice.expect(new UserNotification("bob", true));
            room.registered("carol").close();
            room.registered("dave").close();
            awaitOnline(room, 2);
            gate.hold();
            int before = gate.entered();

            TestClient carol = room.connect();
            sendLogin(carol, "carol", "pw-carol");
            gate.awaitEntered(before + 1);
            TestClient dave = room.connect();
            sendLogin(dave, "dave", "pw-dave");
            gate.awaitQueued(1);
            TestClient late = room.connect();
            sendLogin(late, "carol", "pw-carol");

            late.expect(LoginResult.refused(LoginResult.BUSY, 3));
            assertThat(gate.entered()).as("busy is said without hashing").isEqualTo(before + 1);
            alice.send(new SendMessage("alice", "still talking"));
            bob.await(ChatMessage.class, m -> m.message().equals("still talking"));

            gate.open();
            carol.expect(new LoginResult(true));
            dave.expect(new LoginResult(true));
        }
    }

    @Test
    void aRegistrationMetByAFullQueueIsRefusedClearlyAndCanBeTriedAgain() throws Exception {
        try (var room = TestRoom.start(dir, c -> c, gate, 1, 1)) {
            room.registered("carol").close();
            room.registered("dave").close();
            awaitOnline(room, 0);
            gate.hold();
            int before = gate.entered();
            TestClient carol = room.connect();
            sendLogin(carol, "carol", "pw-carol");
            gate.awaitEntered(before + 1);
            TestClient dave = room.connect();
            sendLogin(dave, "dave", "pw-dave");
            gate.awaitQueued(1);

            TestClient erin = room.connect();
            erin.send(new RegisterRequest("erin"));
            erin.expect(new UsernameRegisterStatus(false));
            sendLogin(erin, "erin", "pw-erin");

            RegisterStatus refused = erin.expect(RegisterStatus.class);
            assertThat(refused.success()).isFalse();
            assertThat(refused.additionalInfo()).contains("busy");

            gate.open();
            carol.expect(new LoginResult(true));
            dave.expect(new LoginResult(true));
            erin.register("erin", "pw-erin");
        }
    }

    @Test
    void everyFailedHashCountsAgainstItsAddressAndPastTheBudgetNothingIsHashed() throws Exception {
        try (var room = TestRoom.start(dir, c -> c.maxLoginAttempts(100), gate, 1, 8)) {
            int half = 10;
            for (int i = 0; i < half; i++) {
                room.connectFrom("127.0.0.5").register("u" + i, "pw");
            }
            room.closeClients();
            awaitOnline(room, 0);
            for (int i = 0; i < half; i++) {
                room.connectFrom("127.0.0.5").login("u" + i, "pw");
            }
            assertThat(gate.entered())
                    .as("registrations and successful logins each hashed once")
                    .isEqualTo(20);

            // Those gave their tokens back: a classroom logging in does not spend its address's budget.
            TestClient guesser = room.connectFrom("127.0.0.5");
            for (int i = 0; i < HASH_BURST; i++) {
                sendLogin(guesser, "ghost" + i, "guess");
                assertThat(guesser.expect(LoginResult.class).reason()).isEqualTo(LoginResult.WRONG_CREDENTIALS);
            }
            assertThat(gate.entered()).as("each wrong password hashed").isEqualTo(20 + HASH_BURST);

            sendLogin(guesser, "ghost", "guess");
            assertThat(guesser.expect(LoginResult.class).reason()).isEqualTo(LoginResult.TOO_MANY_ATTEMPTS);
            assertThat(guesser.expect(ProtocolError.class).is(ErrorCode.TOO_MANY_ATTEMPTS))
                    .isTrue();
            guesser.send(new RegisterRequest("newcomer"));
            guesser.expect(new UsernameRegisterStatus(false));
            sendLogin(guesser, "newcomer", "pw");
            assertThat(guesser.expect(LoginResult.class).reason()).isEqualTo(LoginResult.TOO_MANY_ATTEMPTS);
            assertThat(gate.entered()).as("refused without hashing").isEqualTo(20 + HASH_BURST);

            room.connectFrom("127.0.0.6").register("elsewhere", "pw");
        }
    }

    @Test
    void alreadyOnlineIsSaidBeforeAnyHashing() throws Exception {
        try (var room = TestRoom.start(dir, c -> c, gate, 1, 1)) {
            TestClient alice = room.registered("alice");
            gate.hold();
            int before = gate.entered();

            TestClient second = room.connect();
            sendLogin(second, "alice", "pw-alice");

            second.expect(LoginResult.refused(LoginResult.ALREADY_ONLINE, 2));
            assertThat(gate.entered()).isEqualTo(before);
            alice.send(new SendMessage("alice", "still me"));
            alice.expect(new ChatMessage("alice", "still me"));
        }
    }

    @Test
    void alreadyOnlineSpendsTheAddressesTokensAndPastThemTheRefusalComesSlowly() throws Exception {
        try (var room = TestRoom.start(dir, c -> c, gate, 1, 8)) {
            TestClient alice = room.registered("alice");
            int hashed = gate.entered();
            int answered = 0;
            while (answered < 20) {
                TestClient c = room.connectFrom("127.0.0.7");
                for (int i = 0; i < 3 && answered < 20; i++, answered++) {
                    sendLogin(c, "alice", "pw-alice");
                    assertThat(c.expect(LoginResult.class).reason()).isEqualTo(LoginResult.ALREADY_ONLINE);
                }
                c.close();
            }

            TestClient over = room.connectFrom("127.0.0.7");
            String salt = over.salt("alice");
            long sent = System.nanoTime();
            over.send(new LoginRequest("alice", PasswordDigest.clientHash("pw-alice", salt)));
            assertThat(over.expect(LoginResult.class).reason()).isEqualTo(LoginResult.TOO_MANY_ATTEMPTS);
            assertThat(Duration.ofNanos(System.nanoTime() - sent))
                    .as("a throttled address waits for its answer")
                    .isGreaterThanOrEqualTo(Duration.ofMillis(900));
            assertThat(gate.entered()).as("already_online is never hashed").isEqualTo(hashed);

            alice.send(new SendMessage("alice", "still me"));
            alice.expect(new ChatMessage("alice", "still me"));
        }
    }

    static void sendLogin(TestClient c, String user, String password) throws Exception {
        String salt = c.salt(user);
        c.send(new LoginRequest(user, PasswordDigest.clientHash(password, salt)));
    }

    static void awaitOnline(TestRoom room, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TestClient.TIMEOUT.toNanos();
        while (room.server.onlineUsers().size() != count) {
            assertThat(System.nanoTime()).as("%d online in time", count).isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
