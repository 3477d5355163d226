package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class BanTargetTest {

    private final Set<String> users = Set.of("10.0.0.7", "10.7", "mallory");

    @Test
    void aNameIsAUser() {
        assertThat(BanTarget.resolve(" mallory ", users::contains)).isEqualTo(new BanTarget.User("mallory", false));
        assertThat(BanTarget.resolve("ghost", users::contains)).isEqualTo(new BanTarget.User("ghost", false));
    }

    @Test
    void anAddressNobodyIsCalledIsTheAddress() {
        assertThat(BanTarget.resolve("192.0.2.9", users::contains)).isEqualTo(new BanTarget.Address("192.0.2.9"));
        assertThat(BanTarget.resolve("::1", users::contains)).isEqualTo(new BanTarget.Address("::1"));
        assertThat(BanTarget.resolve("192.0.2.9", users::contains).note()).isEmpty();
    }

    @Test
    void aUserNamedLikeAnAddressIsTheUserAndTheHostIsToldHowToMeanTheAddress() {
        BanTarget t = BanTarget.resolve("10.0.0.7", users::contains);
        assertThat(t)
                .isInstanceOfSatisfying(
                        BanTarget.User.class, u -> assertThat(u.name()).isEqualTo("10.0.0.7"));
        assertThat(t.note()).contains("[10.0.0.7]");
        assertThat(BanTarget.resolve("10.7", users::contains))
                .isInstanceOfSatisfying(
                        BanTarget.User.class, u -> assertThat(u.name()).isEqualTo("10.7"));
    }

    @Test
    void bracketsMeanTheAddress() {
        assertThat(BanTarget.resolve("[10.0.0.7]", users::contains)).isEqualTo(new BanTarget.Address("10.0.0.7"));
        assertThat(BanTarget.resolve("[::1]", users::contains)).isEqualTo(new BanTarget.Address("::1"));
        assertThat(BanTarget.resolve("[bob]", users::contains)).isEqualTo(new BanTarget.User("[bob]", false));
    }

    @Test
    void textWithASlashIsARangeWithOrWithoutBrackets() {
        assertThat(BanTarget.resolve("192.168.1.0/24", users::contains))
                .isEqualTo(new BanTarget.Address("192.168.1.0/24"));
        assertThat(BanTarget.resolve(" 2001:db8::/32 ", users::contains))
                .isEqualTo(new BanTarget.Address("2001:db8::/32"));
        assertThat(BanTarget.resolve("[2001:db8::]/32", users::contains))
                .isEqualTo(new BanTarget.Address("[2001:db8::]/32"));
        assertThat(BanTarget.resolve("[10.0.0.0/8]", users::contains)).isEqualTo(new BanTarget.Address("[10.0.0.0/8]"));
    }

    @Test
    void aBrokenRangeIsStillARangeSoTheHostHearsWhatIsWrongWithIt() {
        // Not "nobody called 10.0.0.0/33": no username has a '/'.
        assertThat(BanTarget.resolve("10.0.0.0/33", users::contains)).isEqualTo(new BanTarget.Address("10.0.0.0/33"));
        assertThat(BanTarget.resolve("mallory/24", users::contains)).isEqualTo(new BanTarget.Address("mallory/24"));
    }
}
