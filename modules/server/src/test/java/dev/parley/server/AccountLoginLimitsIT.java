package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.PasswordDigest;
import dev.parley.protocol.message.ClientRequest.LoginRequest;
import dev.parley.protocol.message.ErrorCode;
import dev.parley.protocol.message.ServerMessage.LoginResult;
import dev.parley.protocol.message.ServerMessage.ProtocolError;
import dev.parley.testsupport.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 21 wrong passwords for one account from a shared address (a NAT, a classroom) slow the guessing of that account
 * there; they no longer lock out the others behind that address, nor the account's owner for the whole window.
 */
class AccountLoginLimitsIT {

    private static final int GUESSES = 21;

    @TempDir
    Path dir;

    @Test
    void guessingOneAccountFromASharedAddressLocksOutNobodyElse() throws Exception {
        var clock = MutableClock.startingNow();
        // The room's defaults: 10 failures per account, 100 per address, 3 per connection.
        try (var room = TestRoom.start(dir, c -> c, clock)) {
            room.registered("amy").close();
            room.registered("ben").close();

            int slowed = 0;
            for (int i = 0; i < GUESSES; i++) {
                TestClient guesser = room.connect();
                LoginResult answer = login(guesser, "amy", "guess" + i);
                assertThat(answer.success()).isFalse();
                if (LoginResult.TOO_MANY_ATTEMPTS.equals(answer.reason())) {
                    slowed++;
                }
                guesser.close();
            }
            assertThat(slowed)
                    .as("guesses past the account's 10, refused unhashed")
                    .isEqualTo(GUESSES - 10);

            assertThat(login(room.connect(), "ben", "pw-ben").success())
                    .as("someone else behind the same address")
                    .isTrue();
            assertThat(login(room.connectFrom("127.0.0.2"), "amy", "pw-amy").success())
                    .as("the owner from another address")
                    .isTrue();
        }
    }

    @Test
    void theOwnerBehindTheGuessersAddressGetsInAfterOneRefillNotAWholeWindow() throws Exception {
        var clock = MutableClock.startingNow();
        try (var room = TestRoom.start(dir, c -> c.loginFailuresPerAccount(3).maxLoginAttempts(10), clock)) {
            room.registered("amy").close();
            TestClient guesser = room.connect();
            for (int i = 0; i < 3; i++) {
                login(guesser, "amy", "guess" + i);
            }
            assertThat(login(guesser, "amy", "pw-amy").reason())
                    .as("the right password, from the guessing address, at once")
                    .isEqualTo(LoginResult.TOO_MANY_ATTEMPTS);

            // 3 failures per 5 minutes: one try back every 100 s, not after the whole window.
            clock.advance(Duration.ofSeconds(100));
            assertThat(login(guesser, "amy", "pw-amy").success()).isTrue();
        }
    }

    /** Logs in; a refusal for too many attempts comes with an error, which is read too. */
    private static LoginResult login(TestClient c, String user, String password) throws Exception {
        c.send(new LoginRequest(user, PasswordDigest.clientHash(password, c.salt(user))));
        LoginResult answer = c.expect(LoginResult.class);
        if (LoginResult.TOO_MANY_ATTEMPTS.equals(answer.reason())) {
            assertThat(c.expect(ProtocolError.class).code()).isEqualTo(ErrorCode.TOO_MANY_ATTEMPTS.wireName());
        }
        return answer;
    }
}
