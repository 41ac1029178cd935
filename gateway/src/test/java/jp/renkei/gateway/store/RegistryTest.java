package jp.renkei.gateway.store;

import static jp.renkei.gateway.store.StoreFixture.CARE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import jp.renkei.gateway.mailbox.Office;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/** Part of the store's contract: runs on the embedded SQLite store and on PostgreSQL. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class RegistryTest {

    @Parameter
    TestDatabase database;

    @TempDir
    Path dir;

    private static IssuedCertificate certificate(String serial, String subject, Role role, String notBefore) {
        Instant from = Instant.parse(notBefore);
        return new IssuedCertificate(serial, subject, role, from, from.plus(Duration.ofDays(365)), null,
                "PEM " + serial);
    }

    @Test
    void registeringAnOfficeTwiceKeepsTheFirstRegistration() {
        StoreFixture fixture = new StoreFixture(dir, database);
        try (JdbcStore store = fixture.open()) {
            Office first = store.registry().registerOffice(new Office(CARE, "あおば", List.of("43"), "car", null));
            Office again = store.registry().registerOffice(new Office(CARE, "別名", List.of("11"), "none", null));

            assertThat(again).isEqualTo(first);
            assertThat(first.registeredAt()).isEqualTo(fixture.clock.instant());
            assertThat(store.registry().office(CARE)).contains(first);
            assertThat(store.registry().office("1399999999")).isEmpty();
            assertThat(store.verifyAudit().entries()).isEqualTo(1);
        }
    }

    @Test
    void anOfficeHoldsSeveralCertificatesAndRevocationIsSeenAtOnceByAnotherProcess() {
        StoreFixture fixture = new StoreFixture(dir, database);
        try (JdbcStore gateway = fixture.open(); JdbcStore operator = fixture.open()) {
            operator.registry().recordCertificate(certificate("0b", CARE, Role.OFFICE, "2025-04-01T00:00:00Z"));
            operator.registry().recordCertificate(certificate("0a", CARE, Role.OFFICE, "2025-01-01T00:00:00Z"));
            operator.registry().recordCertificate(certificate("0c", "operator", Role.OPERATOR, "2025-01-01T00:00:00Z"));

            assertThat(gateway.registry().certificates(CARE)).extracting(IssuedCertificate::serial)
                    .containsExactly("0a", "0b");
            assertThat(gateway.registry().certificate("0a")).hasValueSatisfying(c -> {
                assertThat(c.revoked()).isFalse();
                assertThat(c.role()).isEqualTo(Role.OFFICE);
                assertThat(c.pem()).isEqualTo("PEM 0a");
            });

            assertThat(operator.registry().revoke("0a", Instant.parse("2025-05-01T00:00:00Z"))).isTrue();

            assertThat(gateway.registry().certificate("0a").orElseThrow().revokedAt())
                    .isEqualTo(Instant.parse("2025-05-01T00:00:00Z"));
            assertThat(gateway.registry().certificate("0b").orElseThrow().revoked()).isFalse();
            assertThat(gateway.registry().revoke("ff", Instant.EPOCH)).isFalse();
        }
    }

    @Test
    void anInvalidConfigurationReportsEveryProblemAtOnce() {
        assertThatThrownBy(() -> new StoreConfig(null, null, List.of(), Duration.ZERO, 0, 0, Duration.ofSeconds(1),
                null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dataDirectory").hasMessageContaining("keyFile")
                .hasMessageContaining("retention").hasMessageContaining("readConnections")
                .hasMessageContaining("batchLimit");
    }
}
