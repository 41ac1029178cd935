package jp.renkei.gateway.config;

import java.time.Duration;

/**
 * The embedded store.
 *
 * @param retention how long content is kept before it is purged (metadata, hashes and audit stay); default 400 days
 */
public record StoreConfig(Duration retention) {
}
