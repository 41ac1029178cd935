package jp.renkei.gateway.http;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.LastHttpContent;

/**
 * Netty's aggregator with the body cap answered in JSON (413 {@code body_too_large}) instead of Netty's bare 413.
 * A keep-alive client may finish sending; the rest of its body is discarded and the connection stays usable.
 */
final class BodyCapAggregator extends HttpObjectAggregator {

    private final int maxBodyBytes;
    private final GatewayMetrics metrics;
    private boolean discarding;

    BodyCapAggregator(int maxBodyBytes, GatewayMetrics metrics) {
        super(maxBodyBytes);
        this.maxBodyBytes = maxBodyBytes;
        this.metrics = metrics;
    }

    static ApiError tooLarge(int maxBodyBytes) {
        return new ApiError(HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE, "body_too_large",
                "the body exceeds the limit of " + maxBodyBytes + " bytes");
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        boolean endOfDiscarded = discarding && msg instanceof LastHttpContent;
        super.channelRead(ctx, msg);
        if (endOfDiscarded) {
            discarding = false;
            RequestDeadlineHandler.answered(ctx);
        }
    }

    @Override
    protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
        metrics.refused("body_too_large");
        boolean keepAlive = HttpUtil.isKeepAlive(oversized);
        var written = ctx.writeAndFlush(tooLarge(maxBodyBytes).answer().toResponse(keepAlive));
        if (keepAlive) {
            discarding = true;
            RequestDeadlineHandler.answeredEarly(ctx);
            written.addListener(ChannelFutureListener.CLOSE_ON_FAILURE);
        } else {
            written.addListener(ChannelFutureListener.CLOSE);
        }
    }
}
