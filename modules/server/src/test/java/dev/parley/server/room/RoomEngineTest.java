package dev.parley.server.room;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoomEngineTest {

    @Test
    void aUserBanExtendsToTheirAddressUnlessItIsThisMachine() {
        assertThat(RoomEngine.addressToBanWith("192.0.2.7")).isEqualTo("192.0.2.7");
        assertThat(RoomEngine.addressToBanWith("2001:db8:0:0:0:0:0:5")).isEqualTo("2001:db8:0:0:0:0:0:5");
        assertThat(RoomEngine.addressToBanWith("127.0.0.1")).isNull();
        assertThat(RoomEngine.addressToBanWith("127.0.0.2")).isNull();
        assertThat(RoomEngine.addressToBanWith("0:0:0:0:0:0:0:1")).isNull();
        assertThat(RoomEngine.addressToBanWith(null)).isNull();
    }
}
