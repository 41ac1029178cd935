package jp.renkei.tools.client;

import java.net.URI;
import java.time.Instant;

/**
 * The office's webhook as the gateway shows it (never its secret).
 *
 * @param pending events waiting for a (further) attempt
 * @param deadLetters events whose every attempt failed, or whose webhook was removed before delivery
 */
public record Webhook(URI url, Instant createdAt, Instant updatedAt, long pending, long deadLetters) {
}
