package dev.parley.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LoginStormMainTest {

    @Test
    void everyAccountIsRegisteredFromALoopbackAddressOfItsOwn() {
        var addresses = new HashSet<String>();
        IntStream.range(0, 1001).mapToObj(LoginStormMain::registrationAddress).forEach(a -> {
            assertThat(a.isLoopbackAddress()).as("%s", a).isTrue();
            addresses.add(a.getHostAddress());
        });

        assertThat(addresses)
                .hasSize(1001)
                .doesNotContain("127.0.0.1", "127.0.0.2")
                .contains("127.1.0.1", "127.1.3.233");
    }
}
