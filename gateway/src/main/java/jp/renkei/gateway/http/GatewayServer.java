package jp.renkei.gateway.http;

import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.ssl.SslProvider;
import io.netty.handler.timeout.ReadTimeoutHandler;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import jp.renkei.gateway.ca.CertificateAuthority;
import jp.renkei.gateway.ca.Enrollment;
import jp.renkei.gateway.config.GatewayConfig;
import jp.renkei.gateway.metering.Metering;
import jp.renkei.gateway.metering.MeteringMetrics;
import jp.renkei.gateway.notify.Notifications;
import jp.renkei.gateway.store.Store;
import jp.renkei.protocol.validate.Validator;

/**
 * A running gateway: the HTTPS listener, the management listener, their event loops and the {@code db} executor.
 * The store is the caller's: closing the server does not close it. See {@code CONCURRENCY.md} for the threads.
 */
public final class GatewayServer implements AutoCloseable {

    private final EventLoopGroup boss;
    private final EventLoopGroup workers;
    /** Every accepted connection, so that {@link #close} closes them (event streams too) before the loops stop. */
    private final ChannelGroup connections =
            new DefaultChannelGroup("renkei-connections", GlobalEventExecutor.INSTANCE);
    private final ExecutorService db;
    private final PrometheusMeterRegistry prometheus;
    private final JvmGcMetrics gcMetrics = new JvmGcMetrics();
    private final String description;
    private Channel api;
    private Channel management;
    private Notifications notifications;
    private MeteringMetrics meteringMetrics;

    private GatewayServer(GatewayConfig config, Transport transport, SslProvider provider) {
        this.boss = transport.group("renkei-boss", config.server().bossThreads());
        this.workers = transport.group("renkei-io", config.server().workerThreads());
        this.prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        this.db = DbExecutor.create(config.db(), prometheus);
        this.description = transport.name() + ", " + provider.name().toLowerCase(Locale.ROOT) + " TLS";
    }

    /** Starts listening; returns once both ports are bound. */
    public static GatewayServer start(GatewayConfig config, Store store, Enrollment enrollment, Clock clock)
            throws IOException, InterruptedException {
        Transport transport = Transport.best();
        SslProvider provider = TlsContexts.provider(config.server().preferOpenSsl());
        CertificateAuthority authority = enrollment.authority();
        var tls = TlsContexts.server(authority.serverIdentity(config.server().hostNames()), authority, provider);
        GatewayServer server = new GatewayServer(config, transport, provider);
        try {
            server.bindMeters();
            GatewayMetrics metrics = new GatewayMetrics(server.prometheus);
            server.notifications = Notifications.start(config.notifications(), store, config.store().retention(), clock,
                    server.prometheus);
            server.meteringMetrics = new MeteringMetrics(store.rollups(), config.metering());
            server.meteringMetrics.bindTo(server.prometheus);
            MeteringEndpoints metering = new MeteringEndpoints(
                    new Metering(store.transactions(), config.metering()), server.db);
            Routes routes = GatewayRoutes.build(store, enrollment, new Validator(), metrics, server.notifications,
                    metering);
            Dispatcher dispatcher = new Dispatcher(new Authenticator(store.registry(), clock), store.registry());
            var initializer = new GatewayInitializer(tls, config.http(),
                    new ConnectionLimitHandler(config.server().maxConnections(), metrics), routes, dispatcher,
                    server.db, metrics);
            server.api = server.bind(transport, config.server().host(), config.server().port(), initializer);
            if (config.management().enabled()) {
                server.management = server.bind(transport, config.management().host(), config.management().port(),
                        server.managementInitializer(store));
            }
            return server;
        } catch (InterruptedException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** The event streams, webhooks and time-based notices of this gateway. */
    public Notifications notifications() {
        return notifications;
    }

    /** The bound HTTPS port (useful with port 0). */
    public int port() {
        return ((InetSocketAddress) api.localAddress()).getPort();
    }

    /** The bound management port, or -1 when disabled. */
    public int managementPort() {
        return management == null ? -1 : ((InetSocketAddress) management.localAddress()).getPort();
    }

    public URI baseUri() {
        return URI.create("https://localhost:" + port());
    }

    /** The transport and TLS provider in use, e.g. {@code epoll, openssl TLS}. */
    public String description() {
        return description;
    }

    private void bindMeters() {
        new JvmMemoryMetrics().bindTo(prometheus);
        gcMetrics.bindTo(prometheus);
        new JvmThreadMetrics().bindTo(prometheus);
        new ClassLoaderMetrics().bindTo(prometheus);
        new ProcessorMetrics().bindTo(prometheus);
        new UptimeMetrics().bindTo(prometheus);
    }

    private Channel bind(Transport transport, String host, int port, ChannelInitializer<SocketChannel> initializer)
            throws InterruptedException {
        return new ServerBootstrap().group(boss, workers).channel(transport.serverChannel())
                .option(ChannelOption.SO_BACKLOG, 1024)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        connections.add(channel);
                        channel.pipeline().addLast(initializer);
                    }
                })
                .bind(new InetSocketAddress(host, port)).sync().channel();
    }

    private ChannelInitializer<SocketChannel> managementInitializer(Store store) {
        return new ChannelInitializer<>() {
            @Override
            protected void initChannel(SocketChannel channel) {
                channel.pipeline().addLast(new ReadTimeoutHandler(30, TimeUnit.SECONDS), new HttpServerCodec(),
                        new HttpObjectAggregator(8192), new ManagementHandler(store, prometheus, db));
            }
        };
    }

    /** Stops accepting, closes connections, lets running {@code db} tasks finish (up to 10 s). */
    @Override
    public void close() {
        if (api != null) {
            api.close().awaitUninterruptibly();
        }
        if (management != null) {
            management.close().awaitUninterruptibly();
        }
        // closed here rather than left to the loops' shutdown: an event stream's client must see its end at once
        connections.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
        if (notifications != null) {
            notifications.close();
        }
        if (meteringMetrics != null) {
            meteringMetrics.close();
        }
        boss.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly();
        workers.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly();
        db.shutdown();
        try {
            db.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        gcMetrics.close();
        prometheus.close();
    }
}
