package dev.parley.server.room;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConnectionCapTest {

    @Test
    void theAutomaticCapKeepsATenthOfTheFileLimitAndAtLeast64Back() {
        assertThat(ConnectionCap.fromFileLimit(1_048_576)).isEqualTo(1_048_576 - 104_857);
        assertThat(ConnectionCap.fromFileLimit(1024)).isEqualTo(1024 - 102);
        assertThat(ConnectionCap.fromFileLimit(256)).isEqualTo(256 - 64);
        assertThat(ConnectionCap.fromFileLimit(10)).isEqualTo(1);
        assertThat(ConnectionCap.fromFileLimit(-1)).isEqualTo(ConnectionCap.FALLBACK);
    }

    @Test
    void theAutomaticCapOnThisMachineIsBelowItsFileLimit() {
        assertThat(ConnectionCap.automatic()).isPositive();
        assertThat(new ConnectionCap(0).max()).isEqualTo(ConnectionCap.automatic());
        assertThat(new ConnectionCap(7).max()).isEqualTo(7);
    }

    @Test
    void pastTheCapNothingOpensUntilOneCloses() {
        var cap = new ConnectionCap(2);
        assertThat(cap.tryOpen()).isTrue();
        assertThat(cap.tryOpen()).isTrue();
        assertThat(cap.tryOpen()).isFalse();
        cap.closed();
        assertThat(cap.tryOpen()).isTrue();
    }
}
