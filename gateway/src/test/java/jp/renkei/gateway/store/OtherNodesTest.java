package jp.renkei.gateway.store;

import static jp.renkei.gateway.store.StoreFixture.CARE;
import static jp.renkei.gateway.store.StoreFixture.HOME_HELP;
import static jp.renkei.gateway.store.StoreFixture.plan;
import static jp.renkei.gateway.store.StoreFixture.valid;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import jp.renkei.gateway.mailbox.UploadOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two stores on one PostgreSQL schema, as two gateway nodes: what one commits, the other hears and reads. */
class OtherNodesTest {

    @TempDir
    Path dir;
    StoreFixture fixture;

    @BeforeEach
    void database() {
        fixture = new StoreFixture(dir, TestDatabase.POSTGRESQL);
    }

    @Test
    void aNodeHearsAnotherNodesCommitsOfEventsAndNothingForCommitsWithoutEvents() throws Exception {
        try (JdbcStore a = fixture.open(); JdbcStore b = fixture.open()) {
            StoreFixture.registerOffices(a);
            Semaphore heardByB = new Semaphore(0);
            b.onEventsElsewhere(heardByB::release);
            Thread.sleep(300);  // the listener connection is up (it is opened on a thread of its own)
            heardByB.drainPermits();

            UploadOutcome uploaded = a.exchange().upload(CARE, plan(HOME_HELP, "20250415093012"), valid(), "x");
            assertThat(uploaded).isInstanceOf(UploadOutcome.Created.class);

            assertThat(heardByB.tryAcquire(5, TimeUnit.SECONDS)).as("node B heard node A's commit").isTrue();
            assertThat(b.events(HOME_HELP, 0, 10)).extracting(Event::type).containsExactly("document.arrived");

            a.registry().audit(CARE, "login", "s", "{}");  // a commit without an event
            assertThat(heardByB.tryAcquire(1, TimeUnit.SECONDS)).as("no event, no notification").isFalse();
        }
    }

    @Test
    void theSecondNodeOfARaceFindsTheFirstNodesDocument() {
        try (JdbcStore a = fixture.open(); JdbcStore b = fixture.open()) {
            StoreFixture.registerOffices(a);
            UploadOutcome first = a.exchange().upload(CARE, plan(HOME_HELP, "20250415093012"), valid(), "x");
            UploadOutcome second = b.exchange().upload(CARE, plan(HOME_HELP, "20250415093012"), valid(), "x");

            assertThat(second).isInstanceOf(UploadOutcome.Existing.class);
            assertThat(((UploadOutcome.Existing) second).documents().get(0).id())
                    .isEqualTo(((UploadOutcome.Created) first).documents().get(0).id());
            assertThat(b.verifyAudit().intact()).isTrue();
        }
    }
}
