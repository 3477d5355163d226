package dev.parley.server.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class DerTest {

    private static String hex(byte[] der) {
        return HexFormat.of().formatHex(der);
    }

    private static String hex(String ascii) {
        return hex(ascii.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void shortLengthsTakeOneByteLongOnesSayHowManyFollow() {
        assertThat(hex(Der.octetString(new byte[0]))).isEqualTo("0400");
        assertThat(hex(Der.octetString(new byte[127]))).startsWith("047f");
        assertThat(hex(Der.octetString(new byte[128]))).startsWith("048180");
        assertThat(hex(Der.octetString(new byte[255]))).startsWith("0481ff");
        assertThat(hex(Der.octetString(new byte[256]))).startsWith("04820100");
        assertThat(Der.octetString(new byte[70_000])).hasSize(70_000 + 5);
        assertThat(hex(Der.octetString(new byte[70_000]))).startsWith("0483011170");
    }

    @Test
    void integersAreShortestTwosComplement() {
        assertThat(hex(Der.integer(BigInteger.ZERO))).isEqualTo("020100");
        assertThat(hex(Der.integer(BigInteger.TWO))).isEqualTo("020102");
        assertThat(hex(Der.integer(BigInteger.valueOf(127)))).isEqualTo("02017f");
        // 128 needs a leading zero, or it would read as negative
        assertThat(hex(Der.integer(BigInteger.valueOf(128)))).isEqualTo("02020080");
        assertThat(hex(Der.integer(BigInteger.valueOf(256)))).isEqualTo("02020100");
    }

    @Test
    void objectIdentifiersPackTheFirstTwoArcsAndUseBase128() {
        // ecdsa-with-SHA256, as RFC 5758 prints it
        assertThat(hex(Der.oid("1.2.840.10045.4.3.2"))).isEqualTo("06082a8648ce3d040302");
        assertThat(hex(Der.oid("2.5.4.3"))).isEqualTo("0603550403");
        assertThat(hex(Der.oid("2.5.29.19"))).isEqualTo("0603551d13");
        assertThatThrownBy(() -> Der.oid("1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void timesAreUtcTimeUntil2049AndGeneralizedTimeFrom2050() {
        var before = ZonedDateTime.of(2049, 12, 31, 23, 59, 59, 0, ZoneOffset.UTC);
        var after = ZonedDateTime.of(2050, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        assertThat(hex(Der.time(before))).isEqualTo("170d" + hex("491231235959Z"));
        assertThat(hex(Der.time(after))).isEqualTo("180f" + hex("20500101000000Z"));
        // another zone is turned to UTC, fractions of a second dropped
        var paris = ZonedDateTime.of(2030, 6, 1, 2, 0, 0, 500_000_000, ZoneOffset.ofHours(2));
        assertThat(hex(Der.time(paris))).isEqualTo("170d" + hex("300601000000Z"));
    }

    @Test
    void constructedValuesWrapTheirElements() {
        assertThat(hex(Der.sequence())).isEqualTo("3000");
        assertThat(hex(Der.sequence(Der.bool(true), Der.bool(false)))).isEqualTo("30060101ff010100");
        assertThat(hex(Der.set(Der.utf8String("é")))).isEqualTo("31040c02c3a9");
        assertThat(hex(Der.explicit(3, Der.integer(BigInteger.ONE)))).isEqualTo("a303020101");
        assertThat(hex(Der.bitString(7, new byte[] {(byte) 0x80}))).isEqualTo("03020780");
    }
}
