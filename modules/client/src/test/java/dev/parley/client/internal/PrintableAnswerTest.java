package dev.parley.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PrintableAnswerTest {

    private static String describe(String text) {
        return PrintableAnswer.describe(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aTextAnswerIsQuotedOnOneLine() {
        assertThat(describe("HTTP/1.1 400 Bad Request\r\n\r\n")).isEqualTo("it answered \"HTTP/1.1 400 Bad Request\"");
    }

    @Test
    void aLongAnswerIsCutAtSixtyCharacters() {
        String described = describe("SSH-2.0-" + "x".repeat(200));
        assertThat(described).isEqualTo("it answered \"SSH-2.0-" + "x".repeat(52) + "…\"");
    }

    @Test
    void controlCharactersBecomeSpaces() {
        assertThat(describe("220 ready\u0007\u001b[31m now")).isEqualTo("it answered \"220 ready [31m now\"");
    }

    @Test
    void bytesThatAreMostlyNotTextAreCountedNotShown() {
        assertThat(PrintableAnswer.describe(new byte[] {0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x46}))
                .isEqualTo("it answered 7 bytes that are not text");
        assertThat(PrintableAnswer.describe(new byte[] {0})).isEqualTo("it answered 1 byte that is not text");
    }
}
