package jp.renkei.gateway.http;

import static io.netty.handler.codec.http.HttpResponseStatus.NOT_FOUND;
import static io.netty.handler.codec.http.HttpResponseStatus.OK;
import static io.netty.handler.codec.http.HttpResponseStatus.SERVICE_UNAVAILABLE;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import jp.renkei.gateway.store.Store;

/**
 * The management port: {@code GET /health} (checks the store with one read on the {@code db} executor) and
 * {@code GET /metrics} (Prometheus text). Plain HTTP, loopback by default, no authentication.
 */
final class ManagementHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

    /** A number no office has (the standard's office numbers never are all zeros): the probe reads one row. */
    private static final String PROBE = "0000000000";

    private final Store store;
    private final PrometheusMeterRegistry prometheus;
    private final Executor db;

    ManagementHandler(Store store, PrometheusMeterRegistry prometheus, Executor db) {
        this.store = store;
        this.prometheus = prometheus;
        this.db = db;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        String path = new QueryStringDecoder(request.uri()).path();
        if (!request.method().equals(HttpMethod.GET)) {
            write(ctx, ApiError.notFound("not_found", "the management port serves GET only").answer());
        } else if (path.equals("/metrics")) {
            write(ctx, Answer.text(OK, "text/plain; version=0.0.4; charset=utf-8", prometheus.scrape()));
        } else if (path.equals("/health")) {
            health(ctx);
        } else {
            write(ctx, ApiError.notFound("not_found", "try /health or /metrics").answer());
        }
    }

    private void health(ChannelHandlerContext ctx) {
        try {
            db.execute(() -> {
                Answer answer = check();
                ctx.executor().execute(() -> write(ctx, answer));
            });
        } catch (RejectedExecutionException e) {
            write(ctx, Answer.json(SERVICE_UNAVAILABLE, Json.object().put("status", "busy")));
        }
    }

    private Answer check() {
        try {
            store.registry().office(PROBE);
            return Answer.json(OK, Json.object().put("status", "up").put("store", "up"));
        } catch (RuntimeException e) {
            return Answer.json(SERVICE_UNAVAILABLE, Json.object().put("status", "down").put("store", "down")
                    .put("message", e.getClass().getSimpleName()));
        }
    }

    private static void write(ChannelHandlerContext ctx, Answer answer) {
        ctx.writeAndFlush(answer.toResponse(false)).addListener(ChannelFutureListener.CLOSE);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
