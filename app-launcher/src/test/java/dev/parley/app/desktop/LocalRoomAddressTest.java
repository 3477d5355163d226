package dev.parley.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.RoomAddress;
import org.junit.jupiter.api.Test;

class LocalRoomAddressTest {

    @Test
    void aRoomOnEveryInterfaceIsReachedOnLoopback() {
        assertThat(LocalRoomAddress.of("*", 5050)).isEqualTo(new RoomAddress("127.0.0.1", 5050));
        assertThat(LocalRoomAddress.of("0.0.0.0", 5050)).isEqualTo(new RoomAddress("127.0.0.1", 5050));
        assertThat(LocalRoomAddress.of("::", 5050)).isEqualTo(new RoomAddress("::1", 5050));
        assertThat(LocalRoomAddress.of("[::]", 5050)).isEqualTo(new RoomAddress("::1", 5050));
    }

    @Test
    void aRoomOnOneAddressIsReachedThere() {
        assertThat(LocalRoomAddress.of("192.168.1.5", 6000)).isEqualTo(new RoomAddress("192.168.1.5", 6000));
        assertThat(LocalRoomAddress.of("[fd00::5]", 6000)).isEqualTo(new RoomAddress("fd00::5", 6000));
        assertThat(LocalRoomAddress.of("127.0.0.1", 6000)).isEqualTo(new RoomAddress("127.0.0.1", 6000));
    }

    @Test
    void aHostNameIsUsedAsWritten() {
        assertThat(LocalRoomAddress.of("studio-pc", 5050)).isEqualTo(new RoomAddress("studio-pc", 5050));
    }

    @Test
    void onlyAWildcardListensOnEveryInterface() {
        assertThat(LocalRoomAddress.isEveryInterface("*")).isTrue();
        assertThat(LocalRoomAddress.isEveryInterface("0.0.0.0")).isTrue();
        assertThat(LocalRoomAddress.isEveryInterface("[::]")).isTrue();
        assertThat(LocalRoomAddress.isEveryInterface("192.168.1.5")).isFalse();
        assertThat(LocalRoomAddress.isEveryInterface("studio-pc")).isFalse();
    }
}
