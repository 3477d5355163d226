package dev.parley.client.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** An input that keeps a copy of the first bytes read through it: what a listener that is not a room answered. */
final class FirstBytesInput extends FilterInputStream {

    private final byte[] kept;
    private int count;

    FirstBytesInput(InputStream in, int keep) {
        super(in);
        this.kept = new byte[keep];
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            keep(new byte[] {(byte) b}, 0, 1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            keep(b, off, n);
        }
        return n;
    }

    /** A copy of what was kept so far. */
    synchronized byte[] firstBytes() {
        return Arrays.copyOf(kept, count);
    }

    private synchronized void keep(byte[] b, int off, int n) {
        int room = kept.length - count;
        if (room > 0) {
            int take = Math.min(room, n);
            System.arraycopy(b, off, kept, count, take);
            count += take;
        }
    }
}
