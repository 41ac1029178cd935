package jp.renkei.gateway.http;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Cuts off slow and idle clients. Placed before the HTTP codec, it sees the first byte of each request: from then
 * the whole request (line, headers, body) must arrive within the request timeout, else the client gets 408 and the
 * connection closes — however slowly it trickles bytes, so a slowloris client cannot hold a connection. Between
 * requests a connection may stay idle for the idle timeout, then it is closed quietly. While a request is being
 * processed no timer runs. All methods run on the channel's event loop.
 */
final class RequestDeadlineHandler extends ChannelDuplexHandler {

    private enum State { IDLE, RECEIVING, PROCESSING, DISCARDING }

    private final long requestNanos;
    private final long idleNanos;
    private final GatewayMetrics metrics;
    private State state = State.IDLE;
    private ScheduledFuture<?> timer;

    RequestDeadlineHandler(Duration requestTimeout, Duration idleTimeout, GatewayMetrics metrics) {
        this.requestNanos = requestTimeout.toNanos();
        this.idleNanos = idleTimeout.toNanos();
        this.metrics = metrics;
    }

    /** The router has the whole request: stop the request timer. */
    static void received(ChannelHandlerContext ctx) {
        RequestDeadlineHandler handler = ctx.pipeline().get(RequestDeadlineHandler.class);
        if (handler != null) {
            handler.cancel();
            handler.state = State.PROCESSING;
        }
    }

    /** The answer is written: the connection is idle until the next request's first byte. */
    static void answered(ChannelHandlerContext ctx) {
        RequestDeadlineHandler handler = ctx.pipeline().get(RequestDeadlineHandler.class);
        if (handler != null && ctx.channel().isActive()) {
            handler.idle(handler.context(ctx));
        }
    }

    /** An answer went out before the request ended (413): the rest is discarded, still within the deadline. */
    static void answeredEarly(ChannelHandlerContext ctx) {
        RequestDeadlineHandler handler = ctx.pipeline().get(RequestDeadlineHandler.class);
        if (handler != null) {
            handler.state = State.DISCARDING;
        }
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        idle(ctx);
        super.channelActive(ctx);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (state == State.IDLE) {
            state = State.RECEIVING;
            schedule(ctx, requestNanos);
        }
        ctx.fireChannelRead(msg);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        cancel();
        super.channelInactive(ctx);
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        cancel();
    }

    private void idle(ChannelHandlerContext ctx) {
        state = State.IDLE;
        schedule(ctx, idleNanos);
    }

    private void schedule(ChannelHandlerContext ctx, long nanos) {
        cancel();
        timer = ctx.executor().schedule(() -> expire(ctx), nanos, TimeUnit.NANOSECONDS);
    }

    private void expire(ChannelHandlerContext ctx) {
        timer = null;
        if (state == State.RECEIVING) {
            metrics.refused("request_timeout");
            Answer answer = new ApiError(HttpResponseStatus.REQUEST_TIMEOUT, "request_timeout",
                    "the request did not arrive in full within " + requestNanos / 1_000_000 + " ms").answer();
            ctx.channel().writeAndFlush(answer.toResponse(false)).addListener(ChannelFutureListener.CLOSE);
        } else if (state == State.IDLE || state == State.DISCARDING) {
            ctx.close();
        }
    }

    private void cancel() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }

    private ChannelHandlerContext context(ChannelHandlerContext any) {
        return any.pipeline().context(this);
    }
}
