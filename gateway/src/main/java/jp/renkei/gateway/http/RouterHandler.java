package jp.renkei.gateway.http;

import static io.netty.handler.codec.http.HttpResponseStatus.BAD_REQUEST;
import static io.netty.handler.codec.http.HttpResponseStatus.METHOD_NOT_ALLOWED;
import static io.netty.handler.codec.http.HttpResponseStatus.NOT_FOUND;

import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.ssl.SslHandler;
import io.netty.util.AttributeKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * The last handler: checks the decoder's verdict, finds the route, copies the request out of Netty's buffers and
 * hands it to the {@code db} executor; the answer comes back to the event loop and is written there. Nothing here
 * blocks. A full executor queue is answered 503 at once.
 */
final class RouterHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

    private static final AttributeKey<AtomicBoolean> LOGGED_IN = AttributeKey.valueOf("renkei.loggedIn");

    private final Routes routes;
    private final Dispatcher dispatcher;
    private final Executor db;
    private final GatewayMetrics metrics;

    RouterHandler(Routes routes, Dispatcher dispatcher, Executor db, GatewayMetrics metrics) {
        this.routes = routes;
        this.dispatcher = dispatcher;
        this.db = db;
        this.metrics = metrics;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest message) {
        RequestDeadlineHandler.received(ctx);
        long start = System.nanoTime();
        if (message.decoderResult().isFailure()) {
            metrics.refused("malformed");
            Answer answer = ApiError.badRequest("malformed_request",
                    "the request is not valid HTTP/1.1: " + message.decoderResult().cause().getMessage()).answer();
            write(ctx, answer, false, "unmatched", "other", start);
            return;
        }
        boolean keepAlive = HttpUtil.isKeepAlive(message);
        QueryStringDecoder uri = new QueryStringDecoder(message.uri());
        Routes.Match match = routes.match(message.method(), uri.path());
        if (match instanceof Routes.Match.Found found) {
            Request request = new Request(null, message.method(), uri.path(), found.params(), uri.parameters(),
                    message.headers().copy(), ByteBufUtil.getBytes(message.content()));
            dispatch(ctx, found.route(), request, keepAlive, start);
        } else {
            boolean wrongMethod = match instanceof Routes.Match.WrongMethod;
            Answer answer = wrongMethod
                    ? new ApiError(METHOD_NOT_ALLOWED, "method_not_allowed", "this path takes another method").answer()
                    : new ApiError(NOT_FOUND, "not_found", "no such path; see /v1/openapi.json").answer();
            write(ctx, answer, keepAlive, "unmatched", "other", start);
        }
    }

    private void dispatch(ChannelHandlerContext ctx, Route route, Request request, boolean keepAlive, long start) {
        X509Certificate peer = peerCertificate(ctx);
        ctx.channel().attr(LOGGED_IN).setIfAbsent(new AtomicBoolean());
        AtomicBoolean login = ctx.channel().attr(LOGGED_IN).get();
        String method = route.method().name();
        try {
            db.execute(() -> {
                Answer answer = dispatcher.dispatch(route, request, peer, login);
                ctx.executor().execute(() -> write(ctx, answer, keepAlive, route.template(), method, start));
            });
        } catch (RejectedExecutionException e) {
            metrics.refused("busy");
            write(ctx, Dispatcher.failure(e), keepAlive, route.template(), method, start);
        }
    }

    private void write(ChannelHandlerContext ctx, Answer answer, boolean keepAlive, String route, String method,
            long start) {
        if (!ctx.channel().isActive()) {
            return;
        }
        if (answer.takeover() != null) {
            answer.takeover().start(ctx.channel(), later -> write(ctx, later, keepAlive, route, method, start));
            return;
        }
        ctx.writeAndFlush(answer.toResponse(keepAlive)).addListener((ChannelFutureListener) future -> {
            metrics.request(route, method, answer.status().code(), System.nanoTime() - start);
            if (!keepAlive || !future.isSuccess()) {
                future.channel().close();
            } else {
                RequestDeadlineHandler.answered(ctx);
            }
        });
    }

    private static X509Certificate peerCertificate(ChannelHandlerContext ctx) {
        SslHandler tls = ctx.pipeline().get(SslHandler.class);
        if (tls == null) {
            return null;
        }
        try {
            Certificate[] chain = tls.engine().getSession().getPeerCertificates();
            return chain.length > 0 && chain[0] instanceof X509Certificate x509 ? x509 : null;
        } catch (SSLPeerUnverifiedException e) {
            return null;
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // TLS failures (unknown CA, plain HTTP on the TLS port) and resets end up here: nothing to answer
        ctx.close();
    }
}
