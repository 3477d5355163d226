package dev.parley.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoginStormOptionsTest {

    @Test
    void defaultsAreTwoHundredAttackersForThirtySecondsBothWays() {
        LoginStormOptions opt = LoginStormOptions.parse();

        assertThat(opt.attackers()).isEqualTo(200);
        assertThat(opt.seconds()).isEqualTo(30);
        assertThat(opt.attacks()).containsExactly(AttackVariant.WRONG_PASSWORD, AttackVariant.ALREADY_ONLINE);
        assertThat(opt.chatUsers()).isEqualTo(20);
        assertThat(opt.senders()).isEqualTo(4);
        assertThat(opt.honestAddress()).isEqualTo("127.0.0.2");
        assertThat(opt.out()).isEqualTo(Path.of("bench/results"));
        assertThat(opt.serverCpus()).isEqualTo("0");
        assertThat(opt.serverJvm()).containsExactly("-Xss256k");
    }

    @Test
    void readsEveryOption() {
        LoginStormOptions opt = LoginStormOptions.parse(
                "--attackers",
                "50",
                "--seconds",
                "2.5",
                "--attack",
                "already-online",
                "--chat-users",
                "5",
                "--senders",
                "2",
                "--rate",
                "7",
                "--quiet-seconds",
                "1",
                "--honest-every",
                "0.5",
                "--honest-timeout",
                "4",
                "--honest-address",
                "127.0.0.9",
                "--out",
                "x",
                "--server-cpus",
                "0,1",
                "--server-jvm",
                "-Xss256k -Xlog:gc");

        assertThat(opt)
                .isEqualTo(new LoginStormOptions(
                        50,
                        2.5,
                        List.of(AttackVariant.ALREADY_ONLINE),
                        5,
                        2,
                        7,
                        1,
                        0.5,
                        4,
                        "127.0.0.9",
                        Path.of("x"),
                        "0,1",
                        List.of("-Xss256k", "-Xlog:gc")));
        assertThat(LoginStormOptions.parse("--attack", "wrong-password").attacks())
                .containsExactly(AttackVariant.WRONG_PASSWORD);
    }

    @Test
    void refusesWhatWouldNotEndOrMakesNoSense() {
        assertThatThrownBy(() -> LoginStormOptions.parse("--seconds", "0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--seconds");
        assertThatThrownBy(() -> LoginStormOptions.parse("--seconds", "601"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 600");
        assertThatThrownBy(() -> LoginStormOptions.parse("--attackers", "many"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--attackers");
        assertThatThrownBy(() -> LoginStormOptions.parse("--chat-users", "3", "--senders", "4"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--senders");
        assertThatThrownBy(() -> LoginStormOptions.parse("--attack", "sideways"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sideways");
        assertThatThrownBy(() -> LoginStormOptions.parse("--clients", "10"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown argument --clients");
        assertThatThrownBy(() -> LoginStormOptions.parse("--attackers"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a value");
    }

    @Test
    void helpIsAskedForAnywhereOnTheLine() {
        assertThat(LoginStormOptions.wantsHelp(new String[] {"--attackers", "5", "--help"}))
                .isTrue();
        assertThat(LoginStormOptions.wantsHelp(new String[] {"--attackers", "5"}))
                .isFalse();
        assertThat(LoginStormOptions.USAGE).contains("--attackers", "--seconds", "--attack", "127.0.0.2");
    }
}
