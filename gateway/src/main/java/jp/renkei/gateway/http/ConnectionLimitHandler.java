package jp.renkei.gateway.http;

import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.AttributeKey;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Caps the number of open connections. One over the cap is closed at once, before TLS, so it costs no handshake;
 * no HTTP answer is possible at that point. Shared by every channel; thread-safe.
 */
@Sharable
final class ConnectionLimitHandler extends ChannelInboundHandlerAdapter {

    private static final AttributeKey<Boolean> COUNTED = AttributeKey.valueOf("renkei.counted");

    private final int max;
    private final AtomicInteger open = new AtomicInteger();
    private final GatewayMetrics metrics;

    ConnectionLimitHandler(int max, GatewayMetrics metrics) {
        this.max = max;
        this.metrics = metrics;
        metrics.gaugeConnections(open);
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        if (open.incrementAndGet() > max) {
            open.decrementAndGet();
            metrics.refused("connection_limit");
            ctx.close();
            return;
        }
        ctx.channel().attr(COUNTED).set(Boolean.TRUE);
        super.channelActive(ctx);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        if (ctx.channel().attr(COUNTED).getAndSet(null) != null) {
            open.decrementAndGet();
        }
        super.channelInactive(ctx);
    }
}
