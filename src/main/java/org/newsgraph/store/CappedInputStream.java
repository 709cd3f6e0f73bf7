package org.newsgraph.store;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads at most a given number of bytes, then fails with {@link TooLarge} instead of reading on. */
final class CappedInputStream extends FilterInputStream {
    /** Thrown at the first byte past the cap. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long cap) {
            super("more than " + cap + " bytes");
        }
    }

    private final long cap;
    private long read;

    CappedInputStream(InputStream in, long cap) {
        super(in);
        this.cap = cap;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    /** Whether the cap was reached (a parser may report the failure without its cause). */
    boolean exceeded() {
        return read > cap;
    }

    private void count(int n) throws TooLarge {
        read += n;
        if (read > cap) {
            throw new TooLarge(cap);
        }
    }
}
