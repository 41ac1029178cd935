package jp.renkei.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import jp.renkei.protocol.validate.Validator;
import jp.renkei.tools.client.Event;
import jp.renkei.tools.client.EventBatch;
import jp.renkei.tools.client.EventListener;
import jp.renkei.tools.client.EventStream;
import jp.renkei.tools.client.NamedContent;
import jp.renkei.tools.client.Receipt;
import jp.renkei.tools.client.RenkeiClient;
import jp.renkei.tools.client.Subscription;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library's event stream, callback and long-poll against the real gateway's {@code /v1/events}. */
class EventsTest {

    static final String CARE = "1310000015";
    static final String SERVICE = "1310000023";

    @TempDir
    static Path root;
    static TestGateway gateway;
    static RenkeiClient care;
    static RenkeiClient service;

    @BeforeAll
    static void start() throws Exception {
        gateway = TestGateway.shared();
        care = gateway.client(gateway.office(CARE, "43", root.resolve("care")));
        service = gateway.client(gateway.office(SERVICE, "11", root.resolve("service")));
    }

    static String upload(String sequence) throws Exception {
        Validator.Named plan = Generated.plan(CARE, SERVICE, sequence, 1);
        return care.upload(new NamedContent(plan.name(), plan.content())).document().id();
    }

    @Test
    void theRecipientHearsOfArrivalsAndTheSenderOfDownloadAndReceipt() throws Exception {
        BlockingQueue<Event> heard = new LinkedBlockingQueue<>();
        long start = service.pollEvents(0, 1000, Duration.ZERO).next();
        try (Subscription subscription = service.subscribe(start, heard::add);
                EventStream senderSide = care.events(care.pollEvents(0, 1000, Duration.ZERO).next())) {
            String id = upload("20250701090001");
            Event arrived = heard.poll(20, TimeUnit.SECONDS);
            assertThat(arrived).isNotNull();
            assertThat(arrived.type()).isEqualTo(Event.ARRIVED);
            assertThat(arrived.documentId()).isEqualTo(id);
            assertThat(arrived.id()).isGreaterThan(start);
            service.download(id, OutputStream.nullOutputStream());
            service.receipt(id, Receipt.imported());
            Event downloaded = senderSide.next();
            Event receipted = senderSide.next();
            assertThat(downloaded.type()).isEqualTo(Event.DOWNLOADED);
            assertThat(receipted.type()).isEqualTo(Event.RECEIPTED);
            assertThat(receipted.documentId()).isEqualTo(id);
            assertThat(senderSide.lastEventId()).isEqualTo(receipted.id());
            assertThat(subscription.lastHandledEventId()).isEqualTo(arrived.id());
        }
    }

    @Test
    void aLongPollReturnsTheBatchAndResumesAfterIt() throws Exception {
        long before = service.pollEvents(0, 1000, Duration.ZERO).next();
        String id = upload("20250701090002");
        EventBatch batch = service.pollEvents(before, 100, Duration.ofSeconds(5));
        assertThat(batch.events()).extracting(Event::documentId).contains(id);
        assertThat(batch.next()).isGreaterThan(before);
        assertThat(service.pollEvents(batch.next(), 100, Duration.ZERO).events()).isEmpty();
    }

    @Test
    void theIteratorResumesAcrossADroppedConnectionWithoutLossOrRepeat() throws Exception {
        try (FlakyProxy proxy = new FlakyProxy(gateway.port())) {
            RenkeiClient viaProxy = gateway.client(root.resolve("service"), "https://localhost:" + proxy.port());
            long start = service.pollEvents(0, 1000, Duration.ZERO).next();
            try (EventStream stream = viaProxy.events(start)) {
                String first = upload("20250701090003");
                assertThat(stream.next().documentId()).isEqualTo(first);
                proxy.dropAll();
                String second = upload("20250701090004");
                String third = upload("20250701090005");
                assertThat(stream.next().documentId()).isEqualTo(second);
                assertThat(stream.next().documentId()).isEqualTo(third);
            }
        }
    }

    @Test
    void aListenerThatFailsIsToldOfTheDropAndGetsTheEventAgainAfterReconnecting() throws Exception {
        BlockingQueue<String> calls = new LinkedBlockingQueue<>();
        long start = service.pollEvents(0, 1000, Duration.ZERO).next();
        EventListener failingOnce = new EventListener() {
            private boolean failed;

            @Override
            public void onEvent(Event event) {
                if (!failed) {
                    failed = true;
                    throw new IllegalStateException("disk full");
                }
                calls.add("event " + event.documentId());
            }

            @Override
            public void onConnected(long lastEventId) {
                calls.add("connected after " + lastEventId);
            }

            @Override
            public void onDisconnected(String reason, Duration retryIn) {
                calls.add("lost: " + reason);
            }
        };
        try (Subscription subscription = service.subscribe(start, failingOnce)) {
            assertThat(calls.poll(20, TimeUnit.SECONDS)).isEqualTo("connected after " + start);
            String id = upload("20250701090006");

            assertThat(calls.poll(20, TimeUnit.SECONDS)).startsWith("lost: event ").endsWith(
                    " could not be handled: disk full");
            assertThat(calls.poll(20, TimeUnit.SECONDS)).isEqualTo("connected after " + start);
            assertThat(calls.poll(20, TimeUnit.SECONDS)).isEqualTo("event " + id);
            assertThat(subscription.running()).isTrue();
        }
    }
}
