package jp.renkei.gateway.http;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.ReferenceCountUtil;

/**
 * Answers {@code Expect: 100-continue}: 100 when the announced body fits the cap, else 413 JSON before the client
 * sends a byte of it (then the connection closes, as the client may send the body anyway).
 */
final class ContinueHandler extends ChannelInboundHandlerAdapter {

    private final int maxBodyBytes;
    private final GatewayMetrics metrics;

    ContinueHandler(int maxBodyBytes, GatewayMetrics metrics) {
        this.maxBodyBytes = maxBodyBytes;
        this.metrics = metrics;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof HttpRequest request && HttpUtil.is100ContinueExpected(request)
                && request.decoderResult().isSuccess()) {
            if (HttpUtil.getContentLength(request, -1L) > maxBodyBytes) {
                ReferenceCountUtil.release(msg);
                metrics.refused("body_too_large");
                ctx.writeAndFlush(BodyCapAggregator.tooLarge(maxBodyBytes).answer().toResponse(false))
                        .addListener(ChannelFutureListener.CLOSE);
                return;
            }
            ctx.writeAndFlush(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.CONTINUE,
                    Unpooled.EMPTY_BUFFER));
            request.headers().remove(HttpHeaderNames.EXPECT);
        }
        ctx.fireChannelRead(msg);
    }
}
