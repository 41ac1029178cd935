package jp.renkei.tools.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * One keep-alive HTTP/1.1 connection over mutual TLS, blocking, used by one thread at a time. The bench's own client
 * rather than the library's: it must spend as little of the shared CPU as it can, and it must hold exactly the
 * connections it was asked for. Reconnects once when the gateway closed the connection between requests.
 */
final class HttpConnection implements AutoCloseable {

    private static final int TIMEOUT_MILLIS = 60_000;

    /** A whole answer: status and body (the headers the bench needs are none). */
    record Response(int status, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final SSLContext tls;
    private final URI base;
    private final String hostHeader;
    private SSLSocket socket;
    private InputStream in;
    private OutputStream out;
    private boolean closeAfter;

    HttpConnection(SSLContext tls, URI base) {
        this.tls = tls;
        this.base = base;
        this.hostHeader = base.getHost() + ":" + base.getPort();
    }

    Response get(String path) throws IOException {
        return send("GET", path, "", null);
    }

    /** {@code extraHeaders}: complete header lines, each ending in CRLF. */
    Response send(String method, String path, String extraHeaders, byte[] body) throws IOException {
        boolean fresh = socket == null;
        try {
            return exchange(method, path, extraHeaders, body);
        } catch (IOException e) {
            close();
            if (fresh) {
                throw e;
            }
            return exchange(method, path, extraHeaders, body); // the gateway closed an idle connection
        }
    }

    private Response exchange(String method, String path, String extraHeaders, byte[] body) throws IOException {
        open();
        writeRequest(method, path, extraHeaders, body);
        Response response = readResponse();
        if (closeAfter) {
            close();
        }
        return response;
    }

    /** Sends a request and hands the open response body to the caller (an event stream); the connection is theirs. */
    InputStream stream(String path, String extraHeaders) throws IOException {
        open();
        writeRequest("GET", path, extraHeaders, null);
        int status = readHead();
        if (status != 200) {
            throw new IOException("GET " + path + " answered " + status + ": " + new String(readBody(),
                    StandardCharsets.UTF_8));
        }
        return chunked ? new ChunkedInput(in) : in;
    }

    private void open() throws IOException {
        if (socket != null) {
            return;
        }
        SSLSocket s = (SSLSocket) tls.getSocketFactory().createSocket();
        s.connect(new InetSocketAddress(base.getHost(), base.getPort()), TIMEOUT_MILLIS);
        s.setTcpNoDelay(true);
        s.setSoTimeout(TIMEOUT_MILLIS);
        SSLParameters parameters = s.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        s.setSSLParameters(parameters);
        s.startHandshake();
        socket = s;
        in = new BufferedInputStream(s.getInputStream(), 1 << 16);
        out = s.getOutputStream();
    }

    private void writeRequest(String method, String path, String extraHeaders, byte[] body) throws IOException {
        StringBuilder head = new StringBuilder(256).append(method).append(' ').append(path)
                .append(" HTTP/1.1\r\nHost: ").append(hostHeader).append("\r\n").append(extraHeaders);
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        byte[] h = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] whole = new byte[h.length + (body == null ? 0 : body.length)];
        System.arraycopy(h, 0, whole, 0, h.length);
        if (body != null) {
            System.arraycopy(body, 0, whole, h.length, body.length);
        }
        out.write(whole); // one write: one TLS record where it fits, no extra flush
        out.flush();
    }

    private long contentLength;
    private boolean chunked;

    private Response readResponse() throws IOException {
        int status = readHead();
        return new Response(status, readBody());
    }

    private int readHead() throws IOException {
        String statusLine = line(in);
        if (!statusLine.startsWith("HTTP/1.1 ") || statusLine.length() < 12) {
            throw new IOException("not an HTTP/1.1 answer: " + statusLine);
        }
        contentLength = -1;
        chunked = false;
        closeAfter = false;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            header(header);
        }
        return Integer.parseInt(statusLine.substring(9, 12));
    }

    private void header(String header) {
        int colon = header.indexOf(':');
        if (colon < 0) {
            return;
        }
        String name = header.substring(0, colon).trim();
        String value = header.substring(colon + 1).trim();
        if (name.equalsIgnoreCase("content-length")) {
            contentLength = Long.parseLong(value);
        } else if (name.equalsIgnoreCase("transfer-encoding")) {
            chunked = value.equalsIgnoreCase("chunked");
        } else if (name.equalsIgnoreCase("connection")) {
            closeAfter = value.equalsIgnoreCase("close");
        }
    }

    private byte[] readBody() throws IOException {
        if (chunked) {
            return new ChunkedInput(in).readAllBytes();
        }
        if (contentLength < 0) {
            closeAfter = true;
            return in.readAllBytes();
        }
        return in.readNBytes((int) contentLength);
    }

    /** A header or chunk-size line without its CRLF (ASCII). */
    static String line(InputStream in) throws IOException {
        ByteArrayOutputStream text = new ByteArrayOutputStream(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("connection closed");
            }
            if (b != '\r') {
                text.write(b);
            }
        }
        return text.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
            socket = null;
        }
    }
}
