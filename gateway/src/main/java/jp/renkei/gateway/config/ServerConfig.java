package jp.renkei.gateway.config;

import java.util.List;

/**
 * The HTTPS listener.
 *
 * @param host the address to bind ({@code 0.0.0.0} for every interface)
 * @param port the TCP port; 0 picks a free one (tests)
 * @param hostNames extra DNS names put in the server certificate besides {@code localhost} and {@code 127.0.0.1}
 * @param bossThreads threads accepting connections
 * @param workerThreads event-loop threads doing I/O; 0 means Netty's default (twice the cores)
 * @param maxConnections open connections above this are closed at once, before TLS
 * @param preferOpenSsl use BoringSSL (netty-tcnative) when it loads; false forces the JDK's TLS
 */
public record ServerConfig(
        String host,
        int port,
        List<String> hostNames,
        int bossThreads,
        int workerThreads,
        int maxConnections,
        boolean preferOpenSsl) {

    public ServerConfig {
        hostNames = List.copyOf(hostNames);
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(host, newPort, hostNames, bossThreads, workerThreads, maxConnections, preferOpenSsl);
    }
}
