package dev.parley.server.tls;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The few DER encodings an X.509 certificate needs (ITU-T X.690): each method returns one complete
 * tag-length-value. The JDK reads DER but offers no public way to write it.
 */
final class Der {

    static final int INTEGER = 0x02;
    static final int BIT_STRING = 0x03;
    static final int OCTET_STRING = 0x04;
    static final int OBJECT_IDENTIFIER = 0x06;
    static final int UTF8_STRING = 0x0C;
    static final int UTC_TIME = 0x17;
    static final int GENERALIZED_TIME = 0x18;
    static final int SEQUENCE = 0x30;
    static final int SET = 0x31;

    private static final DateTimeFormatter UTC_TIME_FORMAT = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'");
    private static final DateTimeFormatter GENERALIZED_TIME_FORMAT = DateTimeFormatter.ofPattern("yyyyMMddHHmmss'Z'");

    private Der() {}

    static byte[] tlv(int tag, byte[] content) {
        var out = new ByteArrayOutputStream(content.length + 6);
        out.write(tag);
        writeLength(out, content.length);
        out.writeBytes(content);
        return out.toByteArray();
    }

    /** Short form below 128, else 0x80 + the number of length bytes, then the length big-endian. */
    static void writeLength(ByteArrayOutputStream out, int length) {
        if (length < 0x80) {
            out.write(length);
            return;
        }
        int bytes = (Integer.SIZE - Integer.numberOfLeadingZeros(length) + 7) / 8;
        out.write(0x80 | bytes);
        for (int i = bytes - 1; i >= 0; i--) {
            out.write(length >>> (8 * i));
        }
    }

    static byte[] sequence(byte[]... elements) {
        return tlv(SEQUENCE, concat(elements));
    }

    static byte[] set(byte[]... elements) {
        return tlv(SET, concat(elements));
    }

    /** Two's complement, shortest form: BigInteger's own encoding is exactly DER's. */
    static byte[] integer(BigInteger value) {
        return tlv(INTEGER, value.toByteArray());
    }

    static byte[] utf8String(String text) {
        return tlv(UTF8_STRING, text.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] octetString(byte[] content) {
        return tlv(OCTET_STRING, content);
    }

    /** A bit string of whole bytes; {@code unusedBits} of the last byte are padding. */
    static byte[] bitString(int unusedBits, byte[] bits) {
        byte[] content = new byte[bits.length + 1];
        content[0] = (byte) unusedBits;
        System.arraycopy(bits, 0, content, 1, bits.length);
        return tlv(BIT_STRING, content);
    }

    static byte[] bool(boolean value) {
        return new byte[] {0x01, 0x01, (byte) (value ? 0xFF : 0x00)};
    }

    /** Context-specific, constructed, explicit tag [n] around one element. */
    static byte[] explicit(int n, byte[] element) {
        return tlv(0xA0 | n, element);
    }

    /** Dotted form, "1.2.840.10045.4.3.2": the first two arcs share a byte, every arc is base 128. */
    static byte[] oid(String dotted) {
        String[] parts = dotted.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("an object identifier has at least two arcs: " + dotted);
        }
        var content = new ByteArrayOutputStream();
        writeArc(content, Long.parseLong(parts[0]) * 40 + Long.parseLong(parts[1]));
        for (int i = 2; i < parts.length; i++) {
            writeArc(content, Long.parseLong(parts[i]));
        }
        return tlv(OBJECT_IDENTIFIER, content.toByteArray());
    }

    private static void writeArc(ByteArrayOutputStream out, long arc) {
        if (arc < 0) {
            throw new IllegalArgumentException("negative arc " + arc);
        }
        int groups = Math.max(1, (Long.SIZE - Long.numberOfLeadingZeros(arc) + 6) / 7);
        for (int i = groups - 1; i >= 0; i--) {
            int group = (int) (arc >>> (7 * i)) & 0x7F;
            out.write(i > 0 ? group | 0x80 : group);
        }
    }

    /** RFC 5280 4.1.2.5: UTCTime through 2049, GeneralizedTime from 2050, always UTC to the second. */
    static byte[] time(ZonedDateTime when) {
        ZonedDateTime utc = when.withZoneSameInstant(ZoneOffset.UTC).withNano(0);
        return utc.getYear() < 2050
                ? tlv(UTC_TIME, UTC_TIME_FORMAT.format(utc).getBytes(StandardCharsets.US_ASCII))
                : tlv(GENERALIZED_TIME, GENERALIZED_TIME_FORMAT.format(utc).getBytes(StandardCharsets.US_ASCII));
    }

    static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
