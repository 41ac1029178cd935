package jp.renkei.gateway.store;

import static jp.renkei.gateway.store.StoreFixture.CARE;
import static jp.renkei.gateway.store.StoreFixture.HOME_HELP;
import static jp.renkei.gateway.store.StoreFixture.invalid;
import static jp.renkei.gateway.store.StoreFixture.plan;
import static jp.renkei.gateway.store.StoreFixture.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import jp.renkei.gateway.mailbox.ContentPurgedException;
import jp.renkei.gateway.mailbox.Document;
import jp.renkei.gateway.mailbox.DocumentState;
import jp.renkei.gateway.mailbox.UploadOutcome;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Encryption at rest, key rotation, retention and the audit chain.
 * Part of the store's contract: runs on the embedded SQLite store and on PostgreSQL.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class ProtectionTest {

    @Parameter
    TestDatabase database;

    /** A whole record: in the clear it would appear verbatim in the database file. */
    private static final String SECRET = "202407,131001,0000012345,20250401";

    @TempDir
    Path dir;

    private static Document upload(JdbcStore store, String seq, String content) {
        byte[] body = (content + "\r\n").getBytes(StandardCharsets.US_ASCII);
        UploadOutcome o = store.exchange().upload(CARE, plan(HOME_HELP, seq), body, "x");
        return ((UploadOutcome.Created) o).documents().get(0);
    }

    @Test
    void payloadBytesNeverAppearInTheDatabaseFiles() throws Exception {
        StoreFixture fixture = new StoreFixture(dir, database);
        try (JdbcStore store = fixture.open()) {
            StoreFixture.registerOffices(store);
            upload(store, "20250415093012", SECRET);
        }
        byte[] marker = SECRET.getBytes(StandardCharsets.UTF_8);
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("renkei.db")).toList()) {
                assertThat(indexOf(Files.readAllBytes(f), marker)).as(f.toString()).isEqualTo(-1);
            }
        }
        assertThat(Files.getPosixFilePermissions(dir.resolve("store.key")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.size(dir.resolve("store.key"))).isEqualTo(32);
    }

    @Test
    void aWrongKeyFailsClearlyAndARetiredKeyStillDecrypts() throws Exception {
        StoreFixture fixture = new StoreFixture(dir, database);
        Document d;
        try (JdbcStore store = fixture.open()) {
            StoreFixture.registerOffices(store);
            d = upload(store, "20250415093012", SECRET);
        }
        Path newKey = dir.resolve("new.key");
        Files.write(newKey, new SecureRandom().generateSeed(32));
        StoreConfig rotatedWithoutOld = fixture.config().withKeys(newKey, List.of());
        try (JdbcStore store = fixture.open(rotatedWithoutOld)) {
            assertThatThrownBy(() -> store.exchange().content(HOME_HELP, d.id()))
                    .isInstanceOf(StoreException.class).hasMessageContaining("not configured");
        }
        StoreConfig rotated = fixture.config().withKeys(newKey, List.of(dir.resolve("store.key")));
        try (JdbcStore store = fixture.open(rotated)) {
            assertThat(store.exchange().content(HOME_HELP, d.id()))
                    .hasValue((SECRET + "\r\n").getBytes(StandardCharsets.US_ASCII));
            Document fresh = upload(store, "20250415093013", "202407,131001,0000012345,20250501");
            assertThat(store.exchange().content(HOME_HELP, fresh.id())).hasValue(valid("20250501"));
        }
    }

    @Test
    void aNodeWithoutTheSharedKeyRefusesToStartInsteadOfMakingItsOwn() throws Exception {
        Assumptions.assumeTrue(database == TestDatabase.POSTGRESQL, "only a shared database has other nodes");
        StoreFixture fixture = new StoreFixture(dir, database);
        try (JdbcStore store = fixture.open()) {
            StoreFixture.registerOffices(store);
            upload(store, "20250415093012", SECRET);
        }
        Path otherNodesKey = dir.resolve("other-node").resolve("store.key");
        StoreConfig otherNode = fixture.config().withKeys(otherNodesKey, List.of());

        assertThatThrownBy(() -> fixture.open(otherNode)).isInstanceOf(StoreException.class)
                .hasMessageContaining(otherNodesKey.toString()).hasMessageContaining("same key");
        assertThat(otherNodesKey).doesNotExist();
    }

    @Test
    void ciphertextMovedToAnotherDocumentFailsAuthentication() throws Exception {
        StoreFixture fixture = new StoreFixture(dir, database);
        try (JdbcStore store = fixture.open()) {
            StoreFixture.registerOffices(store);
            Document a = upload(store, "20250415093012", SECRET);
            Document b = upload(store, "20250415093013", SECRET);
            try (Connection c = fixture.jdbc(); Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE contents SET nonce = (SELECT nonce FROM contents WHERE document_id = '"
                        + a.id() + "'), ciphertext = (SELECT ciphertext FROM contents WHERE document_id = '"
                        + a.id() + "') WHERE document_id = '" + b.id() + "'");
            }
            assertThatThrownBy(() -> store.exchange().content(HOME_HELP, b.id()))
                    .isInstanceOf(StoreException.class).hasMessageContaining("fails authentication");
        }
    }

    @Test
    void aKeyFileOfTheWrongLengthIsRefused() throws Exception {
        Files.write(dir.resolve("store.key"), new byte[16]);

        assertThatThrownBy(() -> new StoreFixture(dir, database).open()).isInstanceOf(StoreException.class)
                .hasMessageContaining("exactly 32 bytes");
    }

    @Test
    void retentionPurgesOldContentKeepsMetadataAndExpiresUndownloadedDocuments() throws Exception {
        StoreFixture fixture = new StoreFixture(dir, database);
        try (JdbcStore store = fixture.open(fixture.config().withRetention(Duration.ofDays(400)))) {
            StoreFixture.registerOffices(store);
            Document unread = upload(store, "20250415093012", SECRET);
            Document read = upload(store, "20250415093013", SECRET);
            store.exchange().content(HOME_HELP, read.id());
            fixture.clock.advance(Duration.ofDays(399));
            Document young = upload(store, "20250415093014", SECRET);

            assertThat(store.purgeExpired()).isZero();
            fixture.clock.advance(Duration.ofDays(2));
            assertThat(store.purgeExpired()).isEqualTo(2);
            assertThat(store.purgeExpired()).isZero();

            Document expired = store.exchange().document(HOME_HELP, unread.id()).orElseThrow();
            assertThat(expired.state()).isEqualTo(DocumentState.EXPIRED);
            assertThat(expired.contentPurged()).isTrue();
            assertThat(expired.sha256()).isEqualTo(unread.sha256());
            Document downloaded = store.exchange().document(HOME_HELP, read.id()).orElseThrow();
            assertThat(downloaded.state()).isEqualTo(DocumentState.DOWNLOADED);
            assertThat(downloaded.contentPurged()).isTrue();
            assertThatThrownBy(() -> store.exchange().content(HOME_HELP, read.id()))
                    .isInstanceOf(ContentPurgedException.class);
            assertThat(store.exchange().content(HOME_HELP, young.id())).isPresent();
            assertThat(fixture.count("contents")).isEqualTo(1);
        }
    }

    @Test
    void theAuditChainVerifiesAndRecordsEveryAction() throws Exception {
        StoreFixture fixture = new StoreFixture(dir, database);
        try (JdbcStore store = fixture.open()) {
            StoreFixture.registerOffices(store);
            Document d = upload(store, "20250415093012", SECRET);
            store.exchange().content(HOME_HELP, d.id());
            store.exchange().receipt(HOME_HELP, d.id(), true, null);
            store.exchange().upload(CARE, plan(HOME_HELP, "20250415093013"), invalid(), "x");
            store.registry().recordCertificate(new IssuedCertificate("0a1b", CARE, Role.OFFICE,
                    Instant.parse("2025-04-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"), null, "PEM"));
            assertThat(store.registry().revoke("0a1b", Instant.parse("2025-05-01T00:00:00Z"))).isTrue();
            assertThat(store.registry().revoke("0a1b", Instant.parse("2025-05-02T00:00:00Z"))).isFalse();
            store.registry().audit(CARE, "login", "0a1b", "{}");

            Store.AuditVerification v = store.verifyAudit();
            assertThat(v.intact()).as(v.message()).isTrue();
            assertThat(v.entries()).isEqualTo(3 + 1 + 1 + 1 + 1 + 1 + 1 + 1);
            List<String> actions = new ArrayList<>();
            try (Connection c = fixture.jdbc();
                 var r = c.createStatement().executeQuery("SELECT action FROM audit ORDER BY seq")) {
                while (r.next()) {
                    actions.add(r.getString(1));
                }
            }
            assertThat(String.join(" ", actions)).isEqualTo("register register register upload download receipt"
                    + " reject certificate.issue certificate.revoke login");
        }
    }

    @Test
    void theAuditLogRefusesUpdatesAndTheChainCatchesEditsThatBypassThat() throws Exception {
        StoreFixture fixture = new StoreFixture(dir, database);
        try (JdbcStore store = fixture.open()) {
            StoreFixture.registerOffices(store);
            try (Connection c = fixture.jdbc(); Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.executeUpdate("UPDATE audit SET actor = 'x' WHERE seq = 2"))
                        .hasMessageContaining("append-only");
                s.execute(fixture.dropTrigger("audit_no_update", "audit"));
                s.executeUpdate("UPDATE audit SET detail = '{\"kinds\":\"99\"}' WHERE seq = 2");
            }
            Store.AuditVerification v = store.verifyAudit();
            assertThat(v.intact()).isFalse();
            assertThat(v.brokenAt()).isEqualTo(2);
            assertThat(v.message()).contains("entry 2 was changed");
        }
    }

    @Test
    void theAuditChainCatchesRemovedAndReorderedEntries() throws Exception {
        StoreFixture fixture = new StoreFixture(dir, database);
        try (JdbcStore store = fixture.open()) {
            StoreFixture.registerOffices(store);
            store.registry().audit(CARE, "login", "s", "{}");
            try (Connection c = fixture.jdbc(); Statement s = c.createStatement()) {
                s.execute(fixture.dropTrigger("audit_no_delete", "audit"));
                s.execute(fixture.dropTrigger("audit_no_update", "audit"));
                s.executeUpdate("DELETE FROM audit WHERE seq = 2");
                assertThat(store.verifyAudit().brokenAt()).isEqualTo(2);
                assertThat(store.verifyAudit().message()).contains("missing");
                s.executeUpdate("UPDATE audit SET seq = 2 WHERE seq = 3");
                assertThat(store.verifyAudit().brokenAt()).isEqualTo(2);
                assertThat(store.verifyAudit().message()).contains("does not link");
            }
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
