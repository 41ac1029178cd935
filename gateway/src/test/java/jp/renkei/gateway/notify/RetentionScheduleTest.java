package jp.renkei.gateway.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import jp.renkei.gateway.mailbox.ContentPurgedException;
import jp.renkei.gateway.mailbox.Document;
import jp.renkei.gateway.mailbox.DocumentState;
import jp.renkei.gateway.mailbox.Office;
import jp.renkei.gateway.mailbox.UploadOutcome;
import jp.renkei.gateway.store.JdbcStore;
import jp.renkei.gateway.store.MovableClock;
import jp.renkei.gateway.store.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The periodic jobs purge content whose retention has passed, at start and then on their schedule.
 * Part of the store's contract: runs on the embedded SQLite store and on PostgreSQL.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class RetentionScheduleTest {

    @Parameter
    TestDatabase database;

    private static final String CARE = "1310000043";
    private static final String HOME_HELP = "1310000011";
    private static final Instant T0 = Instant.parse("2025-04-15T09:30:00Z");
    private static final Duration RETENTION = Duration.ofDays(30);

    @TempDir
    Path dir;

    @Test
    void purgesOnlyContentOlderThanTheRetentionPeriodKeepingTheMetadata() throws Exception {
        MovableClock clock = new MovableClock(T0);
        try (JdbcStore store = JdbcStore.open(database.config(dir).withRetention(RETENTION), clock)) {
            store.registry().registerOffice(new Office(CARE, "居宅", List.of("43"), "none", T0));
            store.registry().registerOffice(new Office(HOME_HELP, "訪問介護", List.of("11"), "none", T0));
            Document old = upload(store, "20250415093001");
            clock.advance(RETENTION.minusDays(1));
            Document young = upload(store, "20250514093001");
            clock.advance(Duration.ofDays(2));

            Notifications jobs = Notifications.start(NotifyConfig.defaults(), store, RETENTION, clock,
                    new SimpleMeterRegistry());
            try {
                awaitPurged(store, old);
            } finally {
                jobs.close();
            }
            assertThat(store.exchange().content(CARE, young.id())).isPresent();
            Document kept = store.exchange().document(HOME_HELP, old.id()).orElseThrow();
            assertThat(kept.contentPurged()).isTrue();
            assertThat(kept.sha256()).isEqualTo(old.sha256());
            assertThat(kept.state()).isEqualTo(DocumentState.EXPIRED);
        }
    }

    private static void awaitPurged(JdbcStore store, Document document) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!store.exchange().document(CARE, document.id()).orElseThrow().contentPurged()) {
            assertThat(System.nanoTime()).as("purged within 20 s of start").isLessThan(deadline);
            Thread.sleep(50);
        }
        assertThatThrownBy(() -> store.exchange().content(HOME_HELP, document.id()))
                .isInstanceOf(ContentPurgedException.class);
    }

    private static Document upload(JdbcStore store, String sequence) {
        String name = "DLTPLAN_202505_" + CARE + "_43_" + HOME_HELP + "_11_" + sequence + ".CSV";
        UploadOutcome o = store.exchange().upload(CARE, name,
                "202407,131001,0000012345,202505\r\n".getBytes(StandardCharsets.US_ASCII), "test");
        return ((UploadOutcome.Created) o).documents().get(0);
    }
}
