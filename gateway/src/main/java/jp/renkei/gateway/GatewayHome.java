package jp.renkei.gateway;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import jp.renkei.gateway.ca.CertificateAuthority;
import jp.renkei.gateway.ca.Credentials;
import jp.renkei.gateway.ca.Enrollment;
import jp.renkei.gateway.config.GatewayConfig;
import jp.renkei.gateway.mailbox.Office;
import jp.renkei.gateway.store.IssuedCertificate;
import jp.renkei.gateway.store.Role;
import jp.renkei.gateway.store.JdbcStore;
import jp.renkei.gateway.store.Store;

/**
 * One data directory opened for work: its store, its CA and the enrollment over both. Used by every command;
 * several processes may open the same directory at once (the store and the CA are multi-process safe).
 */
final class GatewayHome implements AutoCloseable {

    /** Credentials closer than this to expiry are replaced instead of reused. */
    private static final Duration RENEW_BEFORE = Duration.ofDays(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final GatewayConfig config;
    private final JdbcStore store;
    private final Enrollment enrollment;
    private final Clock clock;

    private GatewayHome(GatewayConfig config, JdbcStore store, Enrollment enrollment, Clock clock) {
        this.config = config;
        this.store = store;
        this.enrollment = enrollment;
        this.clock = clock;
    }

    static GatewayHome open(GatewayConfig config, Clock clock) throws IOException {
        JdbcStore store = JdbcStore.open(config.store(), clock);
        try {
            CertificateAuthority authority = CertificateAuthority.openOrCreate(config.dataDir(), config.ca(), clock);
            return new GatewayHome(config, store, new Enrollment(authority, store.registry()), clock);
        } catch (IOException | RuntimeException e) {
            store.close();
            throw e;
        }
    }

    GatewayConfig config() {
        return config;
    }

    Store store() {
        return store;
    }

    Enrollment enrollment() {
        return enrollment;
    }

    Path caCertificate() {
        return enrollment.authority().certificateFile();
    }

    /** Registers the office; an office already registered is returned unchanged. */
    Office registerOffice(Office office) {
        return store.registry().registerOffice(office);
    }

    /** Makes sure {@code DIR/offices/N/} holds valid credentials of the office. */
    CredentialFiles officeCredentials(String number) throws IOException {
        return credentials(config.dataDir().resolve("offices").resolve(number), Role.OFFICE, number);
    }

    CredentialFiles roleCredentials(Role role) throws IOException {
        String name = role.name().toLowerCase(Locale.ROOT);
        return credentials(config.dataDir().resolve(name), role, name);
    }

    /** Reuses the credentials in {@code dir} while registered, unrevoked and not near expiry; else issues new ones. */
    private CredentialFiles credentials(Path dir, Role role, String name) throws IOException {
        String serial = Credentials.serialIn(dir);
        Optional<IssuedCertificate> existing = Optional.ofNullable(serial).flatMap(store.registry()::certificate)
                .filter(c -> !c.revoked() && c.role() == role && c.subject().equals(name))
                .filter(c -> clock.instant().plus(RENEW_BEFORE).isBefore(c.notAfter()));
        Path passwordFile = dir.resolve(Credentials.PASSWORD);
        if (existing.isPresent() && Files.exists(passwordFile)) {
            return new CredentialFiles(dir, serial, Files.readString(passwordFile).strip(), true);
        }
        String password = newPassword();
        Credentials issued = enrollment.issueKeyPair(role, name);
        issued.write(dir, enrollment.authority().certificate(), password);
        return new CredentialFiles(dir, issued.issued().serial(), password, false);
    }

    private static String newPassword() {
        byte[] bytes = new byte[15];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public void close() {
        store.close();
    }
}
