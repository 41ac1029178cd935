package jp.renkei.gateway.store;

import java.time.Instant;

/**
 * One outbox event for one office, written in the transaction of the state change it announces.
 *
 * @param id monotonic per office, from 1, without gaps
 * @param type {@code document.arrived}, {@code document.downloaded}, {@code document.receipted} or
 *     {@code document.refused}
 * @param payload the JSON sent to clients: {@code {"id","type","time","documentId","fileName"}}
 */
public record Event(String office, long id, String type, Instant at, String documentId, String payload) {
}
