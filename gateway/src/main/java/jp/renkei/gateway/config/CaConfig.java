package jp.renkei.gateway.config;

import java.time.Duration;

/**
 * Renkei's certificate authority.
 *
 * @param caValidity lifetime of the CA certificate made on first start
 * @param serverValidity lifetime of the server certificate; it is renewed on start when less than a tenth remains
 * @param clientValidity lifetime of office, operator and ministry certificates
 */
public record CaConfig(Duration caValidity, Duration serverValidity, Duration clientValidity) {
}
