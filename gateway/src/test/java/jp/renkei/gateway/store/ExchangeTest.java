package jp.renkei.gateway.store;

import static jp.renkei.gateway.store.StoreFixture.CARE;
import static jp.renkei.gateway.store.StoreFixture.DAY_CARE;
import static jp.renkei.gateway.store.StoreFixture.HOME_HELP;
import static jp.renkei.gateway.store.StoreFixture.invalid;
import static jp.renkei.gateway.store.StoreFixture.plan;
import static jp.renkei.gateway.store.StoreFixture.valid;
import static jp.renkei.gateway.store.StoreFixture.withWarning;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jp.renkei.gateway.mailbox.Document;
import jp.renkei.gateway.mailbox.DocumentState;
import jp.renkei.gateway.mailbox.Exchange;
import jp.renkei.gateway.mailbox.Office;
import jp.renkei.gateway.mailbox.UploadOutcome;
import jp.renkei.protocol.validate.Validator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/** Part of the store's contract: runs on the embedded SQLite store and on PostgreSQL. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class ExchangeTest {

    @Parameter
    TestDatabase database;

    @TempDir
    Path dir;
    StoreFixture fixture;
    JdbcStore store;
    Exchange exchange;

    @BeforeEach
    void open() {
        fixture = new StoreFixture(dir, database);
        store = fixture.open();
        StoreFixture.registerOffices(store);
        exchange = store.exchange();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Document upload(String name, byte[] content) {
        UploadOutcome outcome = exchange.upload(CARE, name, content, "test/1.0");
        assertThat(outcome).isInstanceOf(UploadOutcome.Created.class);
        return ((UploadOutcome.Created) outcome).documents().get(0);
    }

    @Test
    void storesAnUploadAndPutsItInTheRecipientsInbox() {
        Document d = upload(plan(HOME_HELP, "20250415093012"), withWarning());

        assertThat(d.id()).matches("doc_[0-9A-HJKMNP-TV-Z]{26}");
        assertThat(d.state()).isEqualTo(DocumentState.ACCEPTED);
        assertThat(d.kind()).isEqualTo("DLT1KYO");
        assertThat(d.csvVersion()).isEqualTo("202504");
        assertThat(d.month()).isNull();
        assertThat(d.sequence()).isEqualTo("20250415093012");
        assertThat(d.senderKind()).isEqualTo("43");
        assertThat(d.recipientKind()).isEqualTo("11");
        assertThat(d.size()).isEqualTo(withWarning().length);
        assertThat(d.sha256()).hasSize(64);
        assertThat(d.warnings()).extracting(f -> f.rule().id()).containsExactly("VER-004");
        assertThat(d.history()).extracting(Document.StateChange::state).containsExactly(DocumentState.ACCEPTED);
        assertThat(exchange.inbox(HOME_HELP, 0, 10)).extracting(Document::id).containsExactly(d.id());
        assertThat(exchange.outbox(CARE, 0, 10)).extracting(Document::id).containsExactly(d.id());
    }

    @Test
    void reUploadOfIdenticalBytesReturnsTheExistingDocument() {
        Document first = upload(plan(HOME_HELP, "20250415093012"), valid());

        UploadOutcome again = exchange.upload(CARE, plan(HOME_HELP, "20250415093012"), valid(), "x");

        assertThat(again).isInstanceOf(UploadOutcome.Existing.class);
        assertThat(((UploadOutcome.Existing) again).documents()).extracting(Document::id).containsExactly(first.id());
    }

    @Test
    void reUploadOfDifferentBytesUnderTheSameNameIsAConflict() throws Exception {
        Document first = upload(plan(HOME_HELP, "20250415093012"), valid());

        UploadOutcome again = exchange.upload(CARE, plan(HOME_HELP, "20250415093012"), valid("20250501"), "x");

        assertThat(again).isEqualTo(new UploadOutcome.Conflict(plan(HOME_HELP, "20250415093012"), first.id()));
        assertThat(fixture.count("documents")).isEqualTo(1);
        assertThat(fixture.count("uploads")).as("only the refused attempt has an uploads row").isEqualTo(1);
    }

    @Test
    void anInvalidFileUnderATakenNameIsAConflictRecordedOnce() throws Exception {
        Document first = upload(plan(HOME_HELP, "20250415093012"), valid());

        UploadOutcome again = exchange.upload(CARE, plan(HOME_HELP, "20250415093012"), invalid(), "x");

        assertThat(again).as("the idempotency key is checked before validation")
                .isEqualTo(new UploadOutcome.Conflict(plan(HOME_HELP, "20250415093012"), first.id()));
        try (var c = fixture.jdbc(); var r = c.createStatement().executeQuery("SELECT outcome FROM uploads")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("conflict");
            assertThat(r.next()).as("one row for the one refused attempt").isFalse();
        }
    }

    @Test
    void reUploadOfAnIdenticalSetReturnsTheExistingDocumentsAndWritesNothing() throws Exception {
        List<Validator.Named> set = List.of(new Validator.Named(plan(HOME_HELP, "20250415093012"), valid()),
                new Validator.Named(plan(HOME_HELP, "20250415093013"), valid("20250501")));
        List<Document> first = ((UploadOutcome.Created) exchange.uploadSet(CARE, set, "x")).documents();
        long audit = fixture.count("audit");

        UploadOutcome again = exchange.uploadSet(CARE, set, "x");

        // valid again (an old sequence number is only a warning, SEQ-001): the store's unique key answers for it
        assertThat(again).isInstanceOf(UploadOutcome.Existing.class);
        assertThat(((UploadOutcome.Existing) again).documents()).extracting(Document::id)
                .containsExactlyElementsOf(first.stream().map(Document::id).toList());
        assertThat(fixture.count("documents")).isEqualTo(2);
        assertThat(fixture.count("uploads")).isZero();
        assertThat(fixture.count("audit")).isEqualTo(audit);
    }

    @Test
    void refusesAFileWhoseSenderIsNotTheCaller() throws Exception {
        UploadOutcome outcome = exchange.upload(HOME_HELP, plan(DAY_CARE, "20250415093012"), valid(), "x");

        assertThat(outcome).isEqualTo(new UploadOutcome.SenderMismatch(plan(DAY_CARE, "20250415093012"), CARE));
        assertThat(fixture.count("documents")).isZero();
    }

    @Test
    void refusesAFileForAnUnregisteredRecipient() throws Exception {
        UploadOutcome outcome = exchange.upload(CARE, plan("1399999999", "20250415093012"), valid(), "x");

        assertThat(outcome).isEqualTo(new UploadOutcome.UnknownRecipient(plan("1399999999", "20250415093012"),
                "1399999999"));
        assertThat(fixture.count("documents")).isZero();
    }

    @Test
    void aRecipientRegisteredAfterARefusalIsFoundAtOnce() throws Exception {
        String late = "1399999999";
        assertThat(exchange.upload(CARE, plan(late, "20250415093012"), valid(), "x"))
                .isInstanceOf(UploadOutcome.UnknownRecipient.class);

        // registered through a second store on the same database, as another process or node would
        try (JdbcStore other = fixture.open()) {
            other.registry().registerOffice(new Office(late, "訪問介護あさひ", List.of("11"), "none", null));
        }

        assertThat(exchange.upload(CARE, plan(late, "20250415093012"), valid(), "x"))
                .isInstanceOf(UploadOutcome.Created.class);
        assertThat(exchange.upload(CARE, plan(late, "20250415093013"), valid(), "x"))
                .as("a recipient once found stays found").isInstanceOf(UploadOutcome.Created.class);
    }

    @Test
    void anInvalidFileStoresNothingAndIsAuditedWithItsRuleIds() throws Exception {
        long auditBefore = fixture.count("audit");

        UploadOutcome outcome = exchange.upload(CARE, plan(HOME_HELP, "20250415093012"), invalid(), "ua/2");

        assertThat(outcome).isInstanceOf(UploadOutcome.Invalid.class);
        assertThat(((UploadOutcome.Invalid) outcome).file().findings()).extracting(f -> f.rule().id())
                .contains("ROW-001");
        assertThat(fixture.count("documents")).isZero();
        assertThat(fixture.count("contents")).isZero();
        assertThat(fixture.count("events")).isZero();
        assertThat(fixture.count("audit")).isEqualTo(auditBefore + 1);
        try (var c = fixture.jdbc(); var r = c.createStatement().executeQuery(
                "SELECT outcome, rules, user_agent FROM uploads")) {
            r.next();
            assertThat(List.of(r.getString(1), r.getString(2), r.getString(3)))
                    .containsExactly("invalid", "ROW-001", "ua/2");
        }
    }

    @Test
    void concurrentUploadsShareCommitsAndEachIsMeteredOnceOrNotAtAll() throws Exception {
        int threads = 16;
        int each = 6;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                for (int i = 0; i < each; i++) {
                    String seq = String.format("202504%02d%06d", 1 + thread, 100000 + i);
                    assertThat(exchange.upload(CARE, plan(HOME_HELP, seq), valid(), "ua/" + thread))
                            .isInstanceOf(UploadOutcome.Created.class);
                }
                assertThat(exchange.upload(CARE, plan(HOME_HELP, "20250501000000"), invalid(), "ua/" + thread))
                        .isInstanceOf(UploadOutcome.Invalid.class);
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        long accepted = (long) threads * each;

        assertThat(store.commits()).as("the writer committed several uploads at once").isLessThan(store.writes());
        try (var c = fixture.jdbc(); var r = c.createStatement().executeQuery("SELECT office, documents_sent,"
                + " documents_received, uploads, rejected, partners FROM meter_office_months ORDER BY office")) {
            List<List<Object>> rows = new ArrayList<>();
            while (r.next()) {
                rows.add(List.of(r.getString(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5),
                        r.getLong(6)));
            }
            assertThat(rows).containsExactly(
                    List.of(CARE, accepted, 0L, accepted + threads, (long) threads, 1L),
                    List.of(HOME_HELP, 0L, accepted, 0L, 0L, 1L));
        }
        try (var c = fixture.jdbc(); var r = c.createStatement().executeQuery("SELECT sum(uploads), sum(rejected),"
                + " count(*) FROM meter_software")) {
            r.next();
            assertThat(List.of(r.getLong(1), r.getLong(2), r.getLong(3))).containsExactly(accepted + threads,
                    (long) threads, (long) threads);
        }
        assertThat(fixture.count("documents")).isEqualTo(accepted);
    }

    @Test
    void refusesPathTricksInFileNamesBeforeAnythingElse() throws Exception {
        for (String name : List.of("../" + plan(HOME_HELP, "20250415093012"), "a/b.CSV", "a\\b.CSV", "a..CSV",
                "UP1KYO\u0000.CSV", "UP1KYO\n.CSV", "")) {
            UploadOutcome outcome = exchange.upload(HOME_HELP, name, valid(), "x");
            assertThat(outcome).as(name).isInstanceOf(UploadOutcome.BadRequest.class);
        }
        assertThat(fixture.count("documents")).isZero();
        assertThat(fixture.count("uploads")).as("every refused attempt is metered, NUL or not").isEqualTo(7);
    }

    @Test
    void aSetIsStoredWhollyWithOneSetId() {
        List<Validator.Named> set = List.of(new Validator.Named(plan(HOME_HELP, "20250415093012"), valid()),
                new Validator.Named(plan(HOME_HELP, "20250415093013"), valid("20250501")));

        UploadOutcome outcome = exchange.uploadSet(CARE, set, "x");

        List<Document> docs = ((UploadOutcome.Created) outcome).documents();
        assertThat(docs).hasSize(2);
        assertThat(docs.get(0).setId()).startsWith("set_").isEqualTo(docs.get(1).setId());
    }

    @Test
    void aSetWithOneBadFileStoresNothing() throws Exception {
        List<Validator.Named> set = List.of(new Validator.Named(plan(HOME_HELP, "20250415093012"), valid()),
                new Validator.Named(plan(HOME_HELP, "20250415093013"), invalid()));

        UploadOutcome outcome = exchange.uploadSet(CARE, set, "x");

        assertThat(outcome).isInstanceOf(UploadOutcome.Invalid.class);
        assertThat(((UploadOutcome.Invalid) outcome).report().accepted()).isFalse();
        assertThat(fixture.count("documents")).isZero();
        assertThat(fixture.count("contents")).isZero();
    }

    @Test
    void aSetWithDuplicateNamesIsABadRequest() {
        Validator.Named file = new Validator.Named(plan(HOME_HELP, "20250415093012"), valid());

        assertThat(exchange.uploadSet(CARE, List.of(file, file), "x")).isInstanceOf(UploadOutcome.BadRequest.class);
        assertThat(exchange.uploadSet(CARE, List.of(), "x")).isInstanceOf(UploadOutcome.BadRequest.class);
    }

    @Test
    void inboxAndOutboxPageByCursorAndAThirdOfficeSeesNothing() {
        Document a = upload(plan(HOME_HELP, "20250415093012"), valid());
        Document b = upload(plan(HOME_HELP, "20250415093013"), valid());
        Document c = upload(plan(DAY_CARE, "20250415093014"), valid());

        assertThat(a.cursor()).isLessThan(b.cursor());
        assertThat(exchange.inbox(HOME_HELP, 0, 1)).extracting(Document::id).containsExactly(a.id());
        assertThat(exchange.inbox(HOME_HELP, a.cursor(), 10)).extracting(Document::id).containsExactly(b.id());
        assertThat(exchange.outbox(CARE, b.cursor(), 10)).extracting(Document::id).containsExactly(c.id());
        assertThat(exchange.inbox(DAY_CARE, 0, 10)).extracting(Document::id).containsExactly(c.id());
        assertThat(exchange.document(DAY_CARE, a.id())).isEmpty();
        assertThat(exchange.content(DAY_CARE, a.id())).isEmpty();
        assertThat(exchange.outbox(DAY_CARE, 0, 10)).isEmpty();
        assertThat(exchange.document(HOME_HELP, a.id())).isPresent();
    }

    @Test
    void onlyTheRecipientsDownloadMovesTheDocumentToDownloaded() {
        Document d = upload(plan(HOME_HELP, "20250415093012"), valid());

        assertThat(exchange.content(CARE, d.id())).hasValue(valid());
        assertThat(exchange.document(CARE, d.id()).orElseThrow().state()).isEqualTo(DocumentState.ACCEPTED);

        assertThat(exchange.content(HOME_HELP, d.id())).hasValue(valid());
        assertThat(exchange.content(HOME_HELP, d.id())).isPresent();
        Document after = exchange.document(CARE, d.id()).orElseThrow();
        assertThat(after.state()).isEqualTo(DocumentState.DOWNLOADED);
        assertThat(after.history()).extracting(Document.StateChange::state)
                .containsExactly(DocumentState.ACCEPTED, DocumentState.DOWNLOADED);
    }

    @Test
    void theRecipientReceiptsADownloadedDocument() {
        Document d = upload(plan(HOME_HELP, "20250415093012"), valid());
        exchange.content(HOME_HELP, d.id());

        Exchange.ReceiptOutcome outcome = exchange.receipt(HOME_HELP, d.id(), true, null);

        Document receipted = ((Exchange.ReceiptOutcome.Recorded) outcome).document();
        assertThat(receipted.state()).isEqualTo(DocumentState.RECEIPTED);
        assertThat(receipted).as("the answer is what a read now finds")
                .isEqualTo(exchange.document(HOME_HELP, d.id()).orElseThrow());
        assertThat(exchange.receipt(HOME_HELP, d.id(), false, "again"))
                .isInstanceOf(Exchange.ReceiptOutcome.WrongState.class);
    }

    @Test
    void aDownloadGivesTheBytesWithTheDocumentAsItWasBefore() {
        Document d = upload(plan(HOME_HELP, "20250415093013"), valid());

        Exchange.Download first = exchange.download(HOME_HELP, d.id()).orElseThrow();
        assertThat(first.content()).isEqualTo(valid());
        assertThat(first.document().id()).isEqualTo(d.id());
        assertThat(first.document().fileName()).isEqualTo(d.fileName());
        assertThat(first.document().sha256()).isEqualTo(d.sha256());
        assertThat(first.document().state()).isEqualTo(DocumentState.ACCEPTED);
        assertThat(exchange.download(HOME_HELP, d.id()).orElseThrow().document().state())
                .isEqualTo(DocumentState.DOWNLOADED);
        assertThat(exchange.download(DAY_CARE, d.id())).as("another office's document").isEmpty();
        assertThat(exchange.download(HOME_HELP, "doc_unknown")).isEmpty();
    }

    @Test
    void aRefusalNeedsAReasonAndKeepsIt() {
        Document d = upload(plan(HOME_HELP, "20250415093012"), valid());
        exchange.content(HOME_HELP, d.id());

        assertThat(exchange.receipt(HOME_HELP, d.id(), false, " "))
                .isInstanceOf(Exchange.ReceiptOutcome.BadRequest.class);
        Exchange.ReceiptOutcome outcome = exchange.receipt(HOME_HELP, d.id(), false, "利用者が見つからない");

        Document refused = ((Exchange.ReceiptOutcome.Recorded) outcome).document();
        assertThat(refused.state()).isEqualTo(DocumentState.REFUSED);
        assertThat(refused.history().get(2).reason()).isEqualTo("利用者が見つからない");
    }

    @Test
    void racingReceiptsRecordOneAndRefuseTheOthersWithTheStateTheyLostTo() throws Exception {
        Document d = upload(plan(HOME_HELP, "20250415093012"), valid());
        exchange.content(HOME_HELP, d.id());
        int racers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Exchange.ReceiptOutcome>> racing = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            boolean imported = i % 2 == 0;
            racing.add(pool.submit(() -> {
                start.await();
                return exchange.receipt(HOME_HELP, d.id(), imported, imported ? null : "racer");
            }));
        }
        start.countDown();
        List<Exchange.ReceiptOutcome> outcomes = new ArrayList<>();
        for (Future<Exchange.ReceiptOutcome> f : racing) {
            outcomes.add(f.get(30, TimeUnit.SECONDS));
        }
        pool.shutdown();

        List<Document> recorded = outcomes.stream().filter(Exchange.ReceiptOutcome.Recorded.class::isInstance)
                .map(o -> ((Exchange.ReceiptOutcome.Recorded) o).document()).toList();
        assertThat(recorded).hasSize(1);
        DocumentState won = recorded.get(0).state();
        assertThat(recorded.get(0).history()).extracting(Document.StateChange::state)
                .containsExactly(DocumentState.ACCEPTED, DocumentState.DOWNLOADED, won);
        assertThat(outcomes).filteredOn(Exchange.ReceiptOutcome.WrongState.class::isInstance).hasSize(racers - 1)
                .allSatisfy(o -> assertThat(((Exchange.ReceiptOutcome.WrongState) o).document().state())
                        .as("each loser is told the state it lost to").isEqualTo(won));
        assertThat(fixture.count("state_changes")).isEqualTo(3);
        assertThat(exchange.document(HOME_HELP, d.id()).orElseThrow().state()).isEqualTo(won);
    }

    @Test
    void aReceiptBeforeDownloadOrByAnotherOfficeIsRefused() {
        Document d = upload(plan(HOME_HELP, "20250415093012"), valid());

        assertThat(exchange.receipt(HOME_HELP, d.id(), true, null))
                .isInstanceOf(Exchange.ReceiptOutcome.WrongState.class);
        exchange.content(HOME_HELP, d.id());
        assertThat(exchange.receipt(CARE, d.id(), true, null))
                .isInstanceOf(Exchange.ReceiptOutcome.WrongState.class);
        assertThat(exchange.receipt(DAY_CARE, d.id(), true, null))
                .isInstanceOf(Exchange.ReceiptOutcome.NotFound.class);
        assertThat(exchange.receipt(HOME_HELP, "doc_nothing", true, null))
                .isInstanceOf(Exchange.ReceiptOutcome.NotFound.class);
        assertThat(exchange.document(HOME_HELP, d.id()).orElseThrow().state()).isEqualTo(DocumentState.DOWNLOADED);
    }
}
