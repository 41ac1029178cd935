package jp.renkei.gateway.metering;

import java.util.ArrayList;
import java.util.List;

/**
 * What one store transaction changed in the figures, handed to the live meters only after it committed (so a write
 * that rolled back counts nothing). Filled on the writer thread, read after the commit by the caller; not shared.
 */
public final class Tally {

    /** A document event: {@code outcome} is accepted, rejected, downloaded, receipted or refused. */
    record Documents(String kind, String outcome, long count) {
    }

    /** Users newly linked in one office-month by an office of the given delivery mode. */
    record Linked(String role, String deliveryMode, long users) {
    }

    private final List<Documents> documents = new ArrayList<>();
    private final List<Linked> linked = new ArrayList<>();
    private final List<String> confirmed = new ArrayList<>();

    void document(String kind, String outcome) {
        documents.add(new Documents(kind, outcome, 1));
    }

    void linked(String role, String deliveryMode, long users) {
        if (users > 0) {
            linked.add(new Linked(role, deliveryMode, users));
        }
    }

    /** A distinct row ({@link KnownRows}) this transaction inserted or found: known once it commits. */
    void confirmed(String key) {
        confirmed.add(key);
    }

    List<String> confirmed() {
        return confirmed;
    }

    List<Documents> documents() {
        return documents;
    }

    List<Linked> linked() {
        return linked;
    }

    boolean isEmpty() {
        return documents.isEmpty() && linked.isEmpty();
    }
}
