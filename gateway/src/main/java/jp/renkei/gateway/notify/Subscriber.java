package jp.renkei.gateway.notify;

import jp.renkei.gateway.store.Event;

/** Something waiting for one office's events: an open event stream or a waiting long-poll. */
interface Subscriber {

    String office();

    /**
     * A newly committed event of the office. Called on the dispatcher thread in id order per office; must return
     * at once (hand the work to the subscriber's own event loop).
     */
    void offer(Event event);
}
