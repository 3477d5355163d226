package dev.parley.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.AuthResult;
import dev.parley.protocol.PasswordDigest;
import dev.parley.protocol.message.ClientRequest;
import dev.parley.protocol.message.ClientRequest.LoginRequest;
import dev.parley.protocol.message.ClientRequest.SaltRequest;
import dev.parley.protocol.message.ServerMessage;
import dev.parley.protocol.message.ServerMessage.Banned;
import dev.parley.protocol.message.ServerMessage.LoginResult;
import dev.parley.protocol.message.ServerMessage.ProtocolError;
import dev.parley.protocol.message.ServerMessage.Salt;
import dev.parley.protocol.message.ServerMessage.UsernameTaken;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The login sequences against a room played by the test, answer by answer. */
class AuthFlowTest {

    private final AnswerMatcher answers = new AnswerMatcher(Duration.ofHours(1));
    private final List<ClientRequest> sent = new ArrayList<>();
    private final List<String> loggedIn = new ArrayList<>();
    private final AuthFlow flow = new AuthFlow(
            new AuthFlow.Exchange() {
                @Override
                public CompletableFuture<ServerMessage> expect(Expectation expectation) {
                    return answers.expect(expectation);
                }

                @Override
                public void send(ClientRequest request) {
                    sent.add(request);
                }
            },
            loggedIn::add);

    @Test
    void loginHashesThePasswordWithTheSaltItIsGiven() {
        try (Password password = Password.copyOf("pw".toCharArray())) {
            var result = flow.login("alice", password);
            assertThat(sent).containsExactly(new SaltRequest("alice"));
            answers.offer(new Salt("42"));
            assertThat(sent).last().isEqualTo(new LoginRequest("alice", PasswordDigest.clientHash("pw", "42")));
            assertThat(loggedIn).isEmpty();

            answers.offer(new LoginResult(true));

            assertThat(result).isCompletedWithValue(new AuthResult.LoggedIn("alice"));
            assertThat(loggedIn).containsExactly("alice");
        }
    }

    @Test
    void aBannedUserIsToldAtTheSalt() {
        try (Password password = Password.copyOf("pw".toCharArray())) {
            var result = flow.login("mallory", password);
            answers.offer(new Banned());
            assertThat(result).isCompletedWithValue(new AuthResult.Banned());
            assertThat(sent).hasSize(1);
        }
    }

    @Test
    void aRefusedGuestIsToldWhyFromTheLineThatFollows() {
        var taken = flow.guest("alice");
        answers.offer(new LoginResult(false));
        assertThat(taken).isNotDone();
        answers.offer(new UsernameTaken());
        assertThat(taken).isCompletedWithValue(new AuthResult.NameTaken());

        var disabled = flow.guest("gus");
        answers.offer(new LoginResult(false));
        answers.offer(new ProtocolError("guests_disabled", "no guests"));
        assertThat(disabled).isCompletedWithValue(new AuthResult.Failed("guests_disabled", "no guests"));
    }

    @Test
    void anAdmittedGuestLeavesNoWaiterBehind() {
        var admitted = flow.guest("gus");
        answers.offer(new LoginResult(true));
        assertThat(admitted).isCompletedWithValue(new AuthResult.LoggedIn("gus"));
        assertThat(answers.offer(new UsernameTaken()))
                .as("nobody waits for a refusal any more")
                .isFalse();
    }
}
