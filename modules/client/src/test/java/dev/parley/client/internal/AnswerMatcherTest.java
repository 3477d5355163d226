package dev.parley.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.client.ConnectionLostException;
import dev.parley.protocol.message.ServerMessage.Banned;
import dev.parley.protocol.message.ServerMessage.ChatMessage;
import dev.parley.protocol.message.ServerMessage.ProtocolError;
import dev.parley.protocol.message.ServerMessage.Salt;
import dev.parley.protocol.message.ServerMessage.UserList;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class AnswerMatcherTest {

    private static final Duration NEVER = Duration.ofHours(1);
    private final AnswerMatcher matcher = new AnswerMatcher(NEVER);

    @Test
    void anAnswerGoesToTheOldestRequestThatAcceptsIt() {
        var firstList = matcher.expect(Expectation.USER_LIST);
        var salt = matcher.expect(Expectation.SALT);
        var secondList = matcher.expect(Expectation.USER_LIST);

        var online = new UserList(List.of("a"), true);
        var offline = new UserList(List.of("b"), false);
        assertThat(matcher.offer(new Salt("1"))).isTrue();
        assertThat(matcher.offer(online)).isTrue();
        assertThat(matcher.offer(offline)).isTrue();

        assertThat(salt).isCompletedWithValue(new Salt("1"));
        assertThat(firstList).isCompletedWithValue(online);
        assertThat(secondList).isCompletedWithValue(offline);
    }

    @Test
    void whatNobodyWaitsForIsAnEvent() {
        var list = matcher.expect(Expectation.USER_LIST);
        assertThat(matcher.offer(new ChatMessage("ann", "hi"))).isFalse();
        assertThat(matcher.offer(new Salt("1"))).isFalse();
        assertThat(list).isNotDone();
    }

    @Test
    void anErrorAnswersOnlyARequestThatGetsThatCode() {
        var list = matcher.expect(Expectation.USER_LIST);
        assertThat(matcher.offer(new ProtocolError("kicked", "bye")))
                .as("kicked")
                .isFalse();
        assertThat(matcher.offer(new ProtocolError("too_many_attempts", "wait")))
                .as("too_many_attempts")
                .isFalse();
        assertThat(matcher.offer(new ProtocolError("empty_message", "no text")))
                .as("empty_message")
                .isFalse();
        assertThat(matcher.offer(new ProtocolError("some_future_code", "?")))
                .as("an unknown code")
                .isFalse();
        assertThat(list).isNotDone();

        assertThat(matcher.offer(new ProtocolError("not_logged_in", "log in"))).isTrue();
        assertThat(list).isCompletedWithValue(new ProtocolError("not_logged_in", "log in"));
    }

    @Test
    void aBanAnswersALoginStepButNotAUserList() {
        var list = matcher.expect(Expectation.USER_LIST);
        assertThat(matcher.offer(new Banned())).isFalse();
        var salt = matcher.expect(Expectation.SALT);
        assertThat(matcher.offer(new Banned())).isTrue();
        assertThat(salt).isCompletedWithValue(new Banned());
        assertThat(list).isNotDone();
    }

    @Test
    void aRequestTimesOutAndItsLateAnswerIsNotTakenForTheNextOnes() throws Exception {
        var quick = new AnswerMatcher(Duration.ofMillis(50));
        var first = quick.expect(Expectation.USER_LIST);
        assertThatThrownBy(() -> first.get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(TimeoutException.class);

        var second = quick.expect(Expectation.USER_LIST);
        var late = new UserList(List.of("late"), true);
        var own = new UserList(List.of("own"), true);
        assertThat(quick.offer(late))
                .as("the late answer is taken, by the request that timed out")
                .isTrue();
        assertThat(second).isNotDone();
        assertThat(quick.offer(own)).isTrue();
        assertThat(second).isCompletedWithValue(own);
    }

    @Test
    void aCancelledRequestGivesUpItsPlace() {
        var cancelled = matcher.expect(Expectation.USER_LIST);
        var next = matcher.expect(Expectation.USER_LIST);
        cancelled.cancel(false);
        var list = new UserList(List.of("a"), true);
        assertThat(matcher.offer(list)).isTrue();
        assertThat(next).isCompletedWithValue(list);
    }

    @Test
    void theEndFailsWaitingAndLaterRequests() {
        var waiting = matcher.expect(Expectation.SALT);
        matcher.closeAll("gone");
        var later = matcher.expect(Expectation.SALT);
        for (var f : List.of(waiting, later)) {
            assertThatThrownBy(f::join)
                    .hasCauseInstanceOf(ConnectionLostException.class)
                    .hasMessageContaining("gone");
        }
        assertThat(matcher.offer(new Salt("1"))).isFalse();
    }
}
