package dev.emailsecurity.camel.transport;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Passes a body stream through while keeping its first bytes and counting all of them, so that a body that turns
 * out not to be JSON can still be described in the error (its start and its length) after it was streamed.
 */
final class RecordingInputStream extends FilterInputStream {

    private static final int KEEP = 1024;

    private final byte[] start = new byte[KEEP];
    private int kept;
    private long length;

    RecordingInputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            record(new byte[] {(byte) b}, 0, 1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            record(b, off, n);
        }
        return n;
    }

    private void record(byte[] b, int off, int n) {
        length += n;
        if (kept < KEEP) {
            int copy = Math.min(KEEP - kept, n);
            System.arraycopy(b, off, start, kept, copy);
            kept += copy;
        }
    }

    /** Reads what is left, counting it (after a parse failure, so the length reported is the body's). */
    void drain() {
        byte[] skip = new byte[8192];
        try {
            while (read(skip, 0, skip.length) >= 0) {
                // counting only
            }
        } catch (IOException e) {
            // the length stays what could be read
        }
    }

    byte[] start() {
        return Arrays.copyOf(start, kept);
    }

    long length() {
        return length;
    }
}
