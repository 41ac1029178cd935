package jp.renkei.gateway.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import jp.renkei.gateway.store.Event;
import jp.renkei.gateway.store.JdbcStore;
import jp.renkei.gateway.store.TestDatabase;
import jp.renkei.gateway.store.Transactions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The dispatcher publishes the events handed over by this process as they were handed over, and reads a page that
 * holds any other event from the store. To tell the two paths apart, the events handed over here carry a payload the
 * store does not have.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class EventDispatcherTest {

    private static final String OFFICE = "1310000015";
    private static final String HANDED_OVER = "{\"handedOver\":true}";

    @Parameter
    TestDatabase database;

    @TempDir
    Path dir;

    private final BlockingQueue<Event> published = new LinkedBlockingQueue<>();

    @Test
    void publishesHandedOverEventsAsTheyAreAndReadsAPageWithAnyOtherEventFromTheStore() throws Exception {
        try (JdbcStore store = JdbcStore.open(database.config(dir), Clock.systemUTC());
                EventDispatcher dispatcher = dispatcher(store.transactions())) {
            Transactions tx = store.transactions();

            Event first = append(tx);
            dispatcher.committed(handedOver(first));
            assertThat(next()).isEqualTo(asStored(handedOver(first)));

            // the second announces nothing (as a write of another process): its page is read from the store
            Event second = append(tx);
            Event third = append(tx);
            dispatcher.committed(handedOver(third));
            assertThat(List.of(next(), next())).containsExactly(asStored(second), asStored(third));

            assertThat(dispatcher.held()).isZero();
            assertThat(published.poll(200, TimeUnit.MILLISECONDS)).isNull();
        }
    }

    @Test
    void anEventHandedOverAfterItWasPublishedIsDroppedNotPublishedAgain() throws Exception {
        try (JdbcStore store = JdbcStore.open(database.config(dir), Clock.systemUTC());
                EventDispatcher dispatcher = dispatcher(store.transactions())) {
            Event late = append(store.transactions());
            dispatcher.wake();
            assertThat(next()).isEqualTo(asStored(late));

            dispatcher.committed(handedOver(late));
            Event after = append(store.transactions());
            dispatcher.committed(handedOver(after));

            assertThat(next()).isEqualTo(asStored(handedOver(after)));
            assertThat(published.poll(200, TimeUnit.MILLISECONDS)).isNull();
            assertThat(dispatcher.held()).isZero();
        }
    }

    private EventDispatcher dispatcher(Transactions tx) {
        StreamRegistry registry = new StreamRegistry();
        registry.add(new Subscriber() {
            @Override
            public String office() {
                return OFFICE;
            }

            @Override
            public void offer(Event event) {
                published.add(event);
            }
        });
        return new EventDispatcher(tx, registry, new NotifyMetrics(registry, new AtomicInteger(), Clock.systemUTC()),
                () -> { });
    }

    private static Event append(Transactions tx) {
        return tx.write(c -> tx.appendEvent(c, OFFICE, "document.arrived", Instant.now(), "doc", "f.CSV", Map.of()));
    }

    private static Event handedOver(Event e) {
        return new Event(e.office(), e.id(), e.type(), e.at(), e.documentId(), HANDED_OVER);
    }

    /** The event as read back from the store, which keeps the time in milliseconds. */
    private static Event asStored(Event e) {
        return new Event(e.office(), e.id(), e.type(), Instant.ofEpochMilli(e.at().toEpochMilli()), e.documentId(),
                e.payload());
    }

    private Event next() throws InterruptedException {
        Event event = published.poll(10, TimeUnit.SECONDS);
        assertThat(event).as("an event published within 10 s").isNotNull();
        return event;
    }
}
