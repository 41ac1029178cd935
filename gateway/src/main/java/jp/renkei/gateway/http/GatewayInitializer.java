package jp.renkei.gateway.http;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerKeepAliveHandler;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import jp.renkei.gateway.config.HttpLimits;

/** The whole HTTPS pipeline of one connection, in order. */
final class GatewayInitializer extends ChannelInitializer<SocketChannel> {

    /** A handshake may take the request timeout, but never less than this: key exchange costs CPU under load. */
    private static final long MIN_HANDSHAKE_MILLIS = 10_000;

    private final SslContext tls;
    private final HttpLimits limits;
    private final ConnectionLimitHandler connectionLimit;
    private final Routes routes;
    private final Dispatcher dispatcher;
    private final Executor db;
    private final GatewayMetrics metrics;

    GatewayInitializer(SslContext tls, HttpLimits limits, ConnectionLimitHandler connectionLimit, Routes routes,
            Dispatcher dispatcher, Executor db, GatewayMetrics metrics) {
        this.tls = tls;
        this.limits = limits;
        this.connectionLimit = connectionLimit;
        this.routes = routes;
        this.dispatcher = dispatcher;
        this.db = db;
        this.metrics = metrics;
    }

    @Override
    protected void initChannel(SocketChannel channel) {
        SslHandler sslHandler = tls.newHandler(channel.alloc());
        sslHandler.setHandshakeTimeout(Math.max(limits.requestTimeout().toMillis(), MIN_HANDSHAKE_MILLIS),
                TimeUnit.MILLISECONDS);
        ChannelPipeline pipeline = channel.pipeline();
        pipeline.addLast("connection-limit", connectionLimit);
        pipeline.addLast("tls", sslHandler);
        pipeline.addLast("timeouts", new RequestDeadlineHandler(limits.requestTimeout(), limits.idleTimeout(),
                metrics));
        pipeline.addLast("http", new HttpServerCodec(new HttpDecoderConfig()
                .setMaxInitialLineLength(limits.maxInitialLineLength())
                .setMaxHeaderSize(limits.maxHeaderSize())
                .setMaxChunkSize(64 * 1024)));
        pipeline.addLast("keep-alive", new HttpServerKeepAliveHandler());
        pipeline.addLast("continue", new ContinueHandler(limits.maxBodyBytes(), metrics));
        pipeline.addLast("aggregator", new BodyCapAggregator(limits.maxBodyBytes(), metrics));
        pipeline.addLast("router", new RouterHandler(routes, dispatcher, db, metrics));
    }
}
