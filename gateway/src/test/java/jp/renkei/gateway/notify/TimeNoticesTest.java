package jp.renkei.gateway.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import jp.renkei.gateway.mailbox.Document;
import jp.renkei.gateway.mailbox.Office;
import jp.renkei.gateway.mailbox.UploadOutcome;
import jp.renkei.gateway.store.Event;
import jp.renkei.gateway.store.IssuedCertificate;
import jp.renkei.gateway.store.Role;
import jp.renkei.gateway.store.JdbcStore;
import jp.renkei.gateway.store.MovableClock;
import jp.renkei.gateway.store.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The time-based notices over a real store, with the clock moved by hand.
 * Part of the store's contract: runs on the embedded SQLite store and on PostgreSQL.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class TimeNoticesTest {

    @Parameter
    TestDatabase database;

    private static final String CARE = "1310000043";
    private static final String HOME_HELP = "1310000011";
    private static final Instant T0 = Instant.parse("2025-04-15T09:30:00Z");
    private static final Duration RETENTION = Duration.ofDays(100);

    @TempDir
    Path dir;
    MovableClock clock = new MovableClock(T0);
    JdbcStore store;
    TimeNotices notices;

    @BeforeEach
    void open() {
        store = JdbcStore.open(database.config(dir).withRetention(RETENTION), clock);
        store.registry().registerOffice(new Office(CARE, "居宅", List.of("43"), "car", T0));
        store.registry().registerOffice(new Office(HOME_HELP, "訪問介護", List.of("11"), "car", T0));
        notices = new TimeNotices(store.transactions(), RETENTION, NotifyConfig.defaults(), clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Document upload(String sequence) {
        String name = "DLTPLAN_202505_" + CARE + "_43_" + HOME_HELP + "_11_" + sequence + ".CSV";
        UploadOutcome o = store.exchange().upload(CARE, name,
                "202407,131001,0000012345,202505\r\n".getBytes(StandardCharsets.US_ASCII), "test");
        return ((UploadOutcome.Created) o).documents().get(0);
    }

    private List<Event> events(String office, String type) {
        return store.events(office, 0, 100).stream().filter(e -> e.type().equals(type)).toList();
    }

    @Test
    void anUnreadDocumentIsAnnouncedAsExpiringOnceFourteenDaysBeforeItsPurge() throws Exception {
        Document unread = upload("20250415093001");
        Document read = upload("20250415093002");
        store.exchange().content(HOME_HELP, read.id());

        clock.advance(RETENTION.minusDays(15));
        assertThat(notices.run()).isZero();
        clock.advance(Duration.ofDays(1));
        assertThat(notices.run()).isEqualTo(1);
        clock.advance(Duration.ofDays(5));
        assertThat(notices.run()).isZero();

        List<Event> expiring = events(HOME_HELP, TimeNotices.DOCUMENT_EXPIRING);
        assertThat(expiring).hasSize(1);
        assertThat(expiring.get(0).documentId()).isEqualTo(unread.id());
        var payload = new ObjectMapper().readTree(expiring.get(0).payload());
        assertThat(payload.path("purgeAt").asText()).isEqualTo(T0.plus(RETENTION).toString());
        assertThat(payload.path("fileName").asText()).isEqualTo(unread.fileName());
        assertThat(events(CARE, TimeNotices.DOCUMENT_EXPIRING)).isEmpty();
    }

    @Test
    void aCertificateIsAnnouncedAtNinetyThirtyAndSevenDaysBeforeItEndsEachOnce() throws Exception {
        store.registry().recordCertificate(new IssuedCertificate("0abc", HOME_HELP, Role.OFFICE, T0,
                T0.plus(Duration.ofDays(120)), null, "-----BEGIN CERTIFICATE-----"));
        store.registry().recordCertificate(new IssuedCertificate("0def", "operator", Role.OPERATOR, T0,
                T0.plus(Duration.ofDays(120)), null, "-----BEGIN CERTIFICATE-----"));

        assertThat(notices.run()).isZero();
        clock.advance(Duration.ofDays(30));
        assertThat(notices.run()).isEqualTo(1);
        assertThat(notices.run()).isZero();
        clock.advance(Duration.ofDays(60));
        assertThat(notices.run()).isEqualTo(1);
        clock.advance(Duration.ofDays(23));
        assertThat(notices.run()).isEqualTo(1);
        clock.advance(Duration.ofDays(1));
        assertThat(notices.run()).isZero();

        List<Event> expiring = events(HOME_HELP, TimeNotices.CERTIFICATE_EXPIRING);
        assertThat(expiring).extracting(e -> payloadInt(e, "days")).containsExactly(90, 30, 7);
        assertThat(expiring).extracting(e -> payloadText(e, "serial")).containsOnly("0abc");
    }

    @Test
    void aRevokedCertificateIsNotAnnounced() {
        store.registry().recordCertificate(new IssuedCertificate("0abc", HOME_HELP, Role.OFFICE, T0,
                T0.plus(Duration.ofDays(10)), null, "-----BEGIN CERTIFICATE-----"));
        store.registry().revoke("0abc", T0);

        assertThat(notices.run()).isZero();
    }

    @Test
    void aStepPassedWhileTheGatewayWasDownIsSkippedForTheNearestOne() {
        store.registry().recordCertificate(new IssuedCertificate("0abc", HOME_HELP, Role.OFFICE, T0,
                T0.plus(Duration.ofDays(5)), null, "-----BEGIN CERTIFICATE-----"));

        assertThat(notices.run()).isEqualTo(1);
        assertThat(events(HOME_HELP, TimeNotices.CERTIFICATE_EXPIRING)).extracting(e -> payloadInt(e, "days"))
                .containsExactly(7);
    }

    private static int payloadInt(Event e, String field) {
        try {
            return new ObjectMapper().readTree(e.payload()).path(field).asInt();
        } catch (java.io.IOException x) {
            throw new AssertionError(x);
        }
    }

    private static String payloadText(Event e, String field) {
        try {
            return new ObjectMapper().readTree(e.payload()).path(field).asText();
        } catch (java.io.IOException x) {
            throw new AssertionError(x);
        }
    }
}
