package jp.renkei.gateway.store;

import static jp.renkei.gateway.store.StoreFixture.CARE;
import static jp.renkei.gateway.store.StoreFixture.HOME_HELP;
import static jp.renkei.gateway.store.StoreFixture.plan;
import static jp.renkei.gateway.store.StoreFixture.valid;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.renkei.gateway.mailbox.Document;
import jp.renkei.gateway.mailbox.Office;
import jp.renkei.gateway.mailbox.UploadOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DurabilityTest {

    @TempDir
    Path dir;

    @Test
    void concurrentUploadsAreAllStoredInFewerTransactionsThanUploads() throws Exception {
        StoreFixture fixture = new StoreFixture(dir);
        int threads = 32;
        int perThread = 25;
        try (JdbcStore store = fixture.open()) {
            StoreFixture.registerOffices(store);
            long commitsBefore = store.commits();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                results.add(pool.submit(() -> uploadMany(store, thread, perThread)));
            }
            int created = 0;
            for (Future<Integer> f : results) {
                created += f.get();
            }
            pool.shutdown();

            assertThat(created).isEqualTo(threads * perThread);
            assertThat(store.commits() - commitsBefore).isLessThan(threads * perThread / 4);
        }
        try (JdbcStore reopened = fixture.open()) {
            assertThat(reopened.exchange().inbox(HOME_HELP, 0, 10_000)).hasSize(threads * perThread);
            assertThat(reopened.verifyAudit().intact()).isTrue();
        }
    }

    private static int uploadMany(JdbcStore store, int thread, int count) {
        int created = 0;
        for (int i = 0; i < count; i++) {
            String seq = String.format("2025%02d%08d", thread + 1, i);
            UploadOutcome o = store.exchange().upload(CARE, plan(HOME_HELP, seq), valid(), "load");
            created += o instanceof UploadOutcome.Created ? 1 : 0;
        }
        return created;
    }

    @Test
    void racingIdenticalUploadsGiveOneDocument() throws Exception {
        StoreFixture fixture = new StoreFixture(dir);
        try (JdbcStore store = fixture.open()) {
            StoreFixture.registerOffices(store);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<UploadOutcome>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> store.exchange().upload(CARE, plan(HOME_HELP, "20250415093012"),
                        valid(), "race")));
            }
            List<String> ids = new ArrayList<>();
            for (Future<UploadOutcome> f : results) {
                UploadOutcome o = f.get();
                ids.add(o instanceof UploadOutcome.Created c ? c.documents().get(0).id()
                        : ((UploadOutcome.Existing) o).documents().get(0).id());
            }
            pool.shutdown();

            assertThat(ids).hasSize(8).containsOnly(ids.get(0));
            assertThat(fixture.count("documents")).isEqualTo(1);
            assertThat(fixture.count("events")).isEqualTo(1);
        }
    }

    @Test
    void aReopenedStoreSeesEverythingCommittedBeforeClose() {
        StoreFixture fixture = new StoreFixture(dir);
        Document d;
        try (JdbcStore store = fixture.open()) {
            StoreFixture.registerOffices(store);
            d = ((UploadOutcome.Created) store.exchange().upload(CARE, plan(HOME_HELP, "20250415093012"),
                    valid("20250402"), "x")).documents().get(0);
            store.exchange().content(HOME_HELP, d.id());
        }
        try (JdbcStore store = fixture.open()) {
            assertThat(store.exchange().document(HOME_HELP, d.id())).contains(
                    store.exchange().document(CARE, d.id()).orElseThrow());
            assertThat(store.exchange().content(CARE, d.id())).hasValue(valid("20250402"));
            assertThat(store.events(CARE, 0, 10)).extracting(Event::type).containsExactly("document.downloaded");
            assertThat(store.registry().offices()).hasSize(3);
        }
    }

    @Test
    void aSecondStoreOnTheSameFileSeesOfficesTheFirstRegisters() {
        StoreFixture fixture = new StoreFixture(dir);
        try (JdbcStore gateway = fixture.open(); JdbcStore operator = fixture.open()) {
            assertThat(gateway.exchange().office("1310000999")).isEmpty();

            operator.registry().registerOffice(new Office("1310000999", "新規事業所", List.of("13"), "none", null));

            assertThat(gateway.exchange().office("1310000999")).hasValueSatisfying(o ->
                    assertThat(o.kinds()).containsExactly("13"));
            assertThat(gateway.registry().offices()).extracting(Office::number).contains("1310000999");
            gateway.registry().registerOffice(new Office(CARE, "居宅", List.of("43"), "car", null));
            assertThat(operator.verifyAudit().entries()).isEqualTo(2);
            assertThat(gateway.verifyAudit().intact()).isTrue();
        }
    }

    @Test
    void theDatabaseFileIsInWalMode() throws Exception {
        StoreFixture fixture = new StoreFixture(dir);
        fixture.open().close();
        try (Connection c = fixture.jdbc(); ResultSet r = c.createStatement().executeQuery("PRAGMA journal_mode")) {
            r.next();
            assertThat(r.getString(1)).isEqualToIgnoringCase("wal");
        }
    }
}
