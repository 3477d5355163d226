package dev.parley.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.message.ErrorCode;
import dev.parley.protocol.message.ServerMessage.ProtocolError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SessionEndersTest {

    @ParameterizedTest
    @EnumSource(
            value = ErrorCode.class,
            names = {
                "KICKED",
                "MESSAGE_TOO_LARGE",
                "LOGIN_TIMEOUT",
                "TOO_MANY_CONNECTIONS",
                "TOO_MANY_NEW_CONNECTIONS",
                "SERVER_FULL",
                "FLOODING"
            })
    void theErrorsAfterWhichTheRoomClosesEndTheSession(ErrorCode code) {
        assertThat(SessionEnders.endsSession(new ProtocolError(code, "gone"))).isTrue();
    }

    @Test
    void refusalsThatLeaveTheConnectionOpenDoNot() {
        assertThat(SessionEnders.endsSession(new ProtocolError(ErrorCode.RATE_LIMITED, "slow down")))
                .isFalse();
        assertThat(SessionEnders.endsSession(new ProtocolError(ErrorCode.MESSAGE_TOO_LONG, "shorter")))
                .isFalse();
        assertThat(SessionEnders.endsSession(new ProtocolError("some_future_code", "?")))
                .isFalse();
    }
}
