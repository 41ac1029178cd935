package jp.renkei.tools.client;

import java.time.Instant;

/**
 * An event the gateway gave up delivering to the office's webhook; {@link RenkeiClient#resendDeadLetter} queues it
 * again.
 *
 * @param lastStatus the receiver's last HTTP status, or null when none came back
 * @param lastError why the last attempt failed, in one line
 * @param payload the event's JSON, exactly as it would have been posted
 */
public record DeadLetter(long eventId, String type, int attempts, Integer lastStatus, String lastError,
        Instant lastAttemptAt, Instant failedAt, String payload) {
}
