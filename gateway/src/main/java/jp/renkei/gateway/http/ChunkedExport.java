package jp.renkei.gateway.http;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A long download written as HTTP chunks: the next chunk is read on the {@code db} executor only after the previous
 * one was written to the socket, so one chunk at a time is in memory however large the export and however slow the
 * client. The connection closes after the last chunk; a failure half-way closes it without the final empty chunk,
 * so the client sees a truncated, not a complete, body. Event-loop work only: the reads run on {@code db}.
 */
final class ChunkedExport implements Takeover {

    private static final Logger LOG = LoggerFactory.getLogger(ChunkedExport.class);

    private final Supplier<byte[]> chunks;
    private final byte[] first;
    private final Executor db;
    private final String contentType;
    private final String fileName;

    /** {@code chunks} gives each later chunk, null at the end; it blocks and runs on {@code db}. */
    ChunkedExport(Supplier<byte[]> chunks, byte[] first, Executor db, String contentType, String fileName) {
        this.chunks = chunks;
        this.first = first;
        this.db = db;
        this.contentType = contentType;
        this.fileName = fileName;
    }

    @Override
    public void start(Channel channel, Consumer<Answer> reply) {
        HttpResponse head = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK);
        head.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType)
                .set(HttpHeaderNames.CACHE_CONTROL, "no-store")
                .set(HttpHeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        HttpUtil.setTransferEncodingChunked(head, true);
        channel.write(head);
        write(channel, first);
    }

    private void write(Channel channel, byte[] chunk) {
        if (!channel.isActive()) {
            return;
        }
        if (chunk == null) {
            channel.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT).addListener(ChannelFutureListener.CLOSE);
            return;
        }
        channel.writeAndFlush(new DefaultHttpContent(Unpooled.wrappedBuffer(chunk)))
                .addListener((ChannelFuture written) -> {
                    if (written.isSuccess()) {
                        next(channel);
                    } else {
                        channel.close();
                    }
                });
    }

    private void next(Channel channel) {
        try {
            db.execute(() -> {
                try {
                    byte[] chunk = chunks.get();
                    channel.eventLoop().execute(() -> write(channel, chunk));
                } catch (RuntimeException e) {
                    LOG.error("export failed half-way; closing the connection", e);
                    channel.close();
                }
            });
        } catch (RejectedExecutionException e) {
            channel.close();
        }
    }
}
