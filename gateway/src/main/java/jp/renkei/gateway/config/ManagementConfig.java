package jp.renkei.gateway.config;

/**
 * The plain-HTTP management listener ({@code /health}, {@code /metrics}).
 *
 * @param enabled false runs no management listener
 * @param host the address to bind; loopback by default, since the port has no authentication
 * @param port the TCP port; 0 picks a free one
 */
public record ManagementConfig(boolean enabled, String host, int port) {

    public ManagementConfig withPort(int newPort) {
        return new ManagementConfig(enabled, host, newPort);
    }
}
