package dev.parley.server.room;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HostCommandsTest {

    @Test
    void aUserBanExtendsToTheirAddressUnlessItIsThisMachine() {
        assertThat(HostCommands.addressToBanWith("192.0.2.7")).isEqualTo("192.0.2.7");
        assertThat(HostCommands.addressToBanWith("2001:db8:0:0:0:0:0:5")).isEqualTo("2001:db8:0:0:0:0:0:5");
        assertThat(HostCommands.addressToBanWith("127.0.0.1")).isNull();
        assertThat(HostCommands.addressToBanWith("127.0.0.2")).isNull();
        assertThat(HostCommands.addressToBanWith("0:0:0:0:0:0:0:1")).isNull();
        assertThat(HostCommands.addressToBanWith(null)).isNull();
    }
}
