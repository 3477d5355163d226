package dev.parley.server.room;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.OwnerToken;
import dev.parley.protocol.message.ClientRequest.OwnerLoginRequest;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The owner login's checks, over addresses a test cannot connect from (only loopback is reachable in tests). */
class OwnerLoginTest {

    private final OwnerToken token = OwnerToken.generate();

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.0.0.2", "::1"})
    void theRightTokenFromLoopbackIsLetIn(String address) {
        assertThat(OwnerLogin.accepts(token, "alice", InetAddress.ofLiteral(address), right("alice")))
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"192.168.1.5", "10.0.0.1", "0.0.0.0", "::", "fe80::1", "2001:db8::7", "::ffff:192.168.1.5"})
    void theRightTokenFromAnyOtherAddressIsRefused(String address) {
        assertThat(OwnerLogin.accepts(token, "alice", InetAddress.ofLiteral(address), right("alice")))
                .isFalse();
    }

    @Test
    void anotherNameOrNoOwnerOrNoTokenIsRefused() {
        InetAddress loopback = InetAddress.ofLiteral("127.0.0.1");
        assertThat(OwnerLogin.accepts(token, "alice", loopback, right("bob"))).isFalse();
        assertThat(OwnerLogin.accepts(token, "", loopback, right("alice"))).isFalse();
        assertThat(OwnerLogin.accepts(null, "alice", loopback, right("alice"))).isFalse();
        assertThat(OwnerLogin.accepts(token, "alice", loopback, new OwnerLoginRequest("alice", "00")))
                .isFalse();
        assertThat(OwnerLogin.accepts(token, "ALICE", loopback, right("alice"))).isTrue();
    }

    private OwnerLoginRequest right(String user) {
        return new OwnerLoginRequest(user, token.wireValue());
    }
}
