package dev.parley.protocol.tls;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FingerprintTest {

    @Test
    void isTheSha256OfTheEncodingShownInGroupsOfFour() {
        // SHA-256("abc"), the FIPS 180-2 example
        Fingerprint fingerprint = Fingerprint.ofEncoded("abc".getBytes(US_ASCII));

        assertThat(fingerprint.hex()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(fingerprint.toString())
                .isEqualTo("BA78 16BF 8F01 CFEA 4141 40DE 5DAE 2223 B003 61A3 9617 7A9C B410 FF61 F200 15AD");
    }

    @Test
    void readsBackWhatItWrote() {
        Fingerprint fingerprint = Fingerprint.ofEncoded(new byte[] {1, 2, 3});

        assertThat(Fingerprint.parse(fingerprint.toString())).isEqualTo(fingerprint);
        assertThat(Fingerprint.parse(fingerprint.hex())).isEqualTo(fingerprint);
        assertThat(Fingerprint.parse(
                        fingerprint.hex().toUpperCase(java.util.Locale.ROOT).replaceAll("(..)", "$1:")))
                .isEqualTo(fingerprint)
                .hasSameHashCodeAs(fingerprint);
        assertThat(Fingerprint.ofEncoded(new byte[] {1, 2, 4})).isNotEqualTo(fingerprint);
    }

    @Test
    void refusesWhatIsNotSixtyFourHexDigits() {
        assertThatThrownBy(() -> Fingerprint.parse("AB12")).hasMessageContaining("64 hex digits");
        assertThatThrownBy(() -> Fingerprint.parse("zz".repeat(32))).isInstanceOf(IllegalArgumentException.class);
    }
}
