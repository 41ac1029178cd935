package jp.renkei.gateway.notify;

import java.util.List;
import java.util.concurrent.Executor;
import jp.renkei.gateway.store.Event;
import jp.renkei.gateway.store.Store;

/** What every stream and long-poll shares: the store, the bounded executor for its reads, the registry, meters. */
record StreamContext(Store store, Executor reads, StreamRegistry registry, NotifyMetrics metrics,
        NotifyConfig config) {

    /** Catch-up reads take at most this many events; a longer history is read in several batches. */
    static final int BATCH = 500;

    List<Event> read(String office, long after, int limit) {
        return store.events(office, after, limit);
    }
}
