package jp.renkei.gateway.http;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A complete response as a value: made on the {@code db} executor, written by the event loop.
 *
 * @param takeover null for an ordinary answer; else the connection is handed to it on the event loop instead of a
 *     response being written (event streams and long-polls, which answer later or never end)
 */
record Answer(HttpResponseStatus status, String contentType, byte[] body, Map<String, String> headers,
        Takeover takeover) {

    static final String JSON = "application/json; charset=UTF-8";

    Answer {
        headers = Map.copyOf(headers);
    }

    Answer(HttpResponseStatus status, String contentType, byte[] body, Map<String, String> headers) {
        this(status, contentType, body, headers, null);
    }

    /** An answer that hands the connection over (see {@link Takeover}). */
    static Answer takeover(Takeover takeover) {
        return new Answer(HttpResponseStatus.OK, "", new byte[0], Map.of(), takeover);
    }

    static Answer json(HttpResponseStatus status, Object value) {
        return new Answer(status, JSON, Json.bytes(value), Map.of());
    }

    static Answer text(HttpResponseStatus status, String contentType, String text) {
        return new Answer(status, contentType, text.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** The Netty response; {@code keepAlive} false adds {@code Connection: close}. */
    FullHttpResponse toResponse(boolean keepAlive) {
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status,
                Unpooled.wrappedBuffer(body));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType)
                .set(HttpHeaderNames.CACHE_CONTROL, "no-store");
        headers.forEach((name, value) -> response.headers().set(name, value));
        HttpUtil.setContentLength(response, body.length);
        HttpUtil.setKeepAlive(response, keepAlive);
        return response;
    }

    Answer withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Answer(status, contentType, body, more);
    }
}
