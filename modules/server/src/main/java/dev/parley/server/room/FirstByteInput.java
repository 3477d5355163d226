package dev.parley.server.room;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A plain connection's input with the byte read to tell it from TLS put back in front. */
final class FirstByteInput extends FilterInputStream {

    private int first;

    FirstByteInput(int first, InputStream rest) {
        super(rest);
        this.first = first & 0xFF;
    }

    @Override
    public int read() throws IOException {
        if (first >= 0) {
            int b = first;
            first = -1;
            return b;
        }
        return super.read();
    }

    /** Returns the first byte alone rather than wait for more: the framer asks again when it needs more. */
    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len > 0 && first >= 0) {
            b[off] = (byte) first;
            first = -1;
            return 1;
        }
        return super.read(b, off, len);
    }

    @Override
    public int available() throws IOException {
        return (first >= 0 ? 1 : 0) + super.available();
    }

    @Override
    public long skip(long n) throws IOException {
        if (n > 0 && first >= 0) {
            first = -1;
            return 1;
        }
        return super.skip(n);
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
