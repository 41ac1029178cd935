package jp.renkei.tools.bench;

import java.io.IOException;
import java.io.InputStream;

/** The body of a chunked HTTP/1.1 answer: ends at the last (empty) chunk, leaving the connection usable. */
final class ChunkedInput extends InputStream {

    private final InputStream in;
    private long left;
    private boolean done;

    ChunkedInput(InputStream in) {
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (!ready()) {
            return -1;
        }
        int n = in.read(b, off, (int) Math.min(len, left));
        if (n < 0) {
            throw new IOException("connection closed inside a chunk");
        }
        left -= n;
        if (left == 0) {
            HttpConnection.line(in); // the CRLF after the chunk's data
        }
        return n;
    }

    private boolean ready() throws IOException {
        if (done) {
            return false;
        }
        if (left == 0) {
            String size = HttpConnection.line(in);
            int semicolon = size.indexOf(';');
            left = Long.parseLong((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
            if (left == 0) {
                for (String trailer = HttpConnection.line(in); !trailer.isEmpty(); trailer = HttpConnection.line(in)) {
                    // trailers are not used
                }
                done = true;
                return false;
            }
        }
        return true;
    }
}
