package jp.renkei.gateway.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.renkei.gateway.mailbox.Office;

/** Offices, certificates and audit entries over SQLite. Reads are never cached, so revocation is immediate. */
final class JdbcRegistry implements Registry {

    private static final String CERTIFICATE = "SELECT serial, subject, role, not_before, not_after, revoked_at, pem"
            + " FROM certificates ";

    private final GroupCommitWriter writer;
    private final Reads reads;
    private final Clock clock;

    JdbcRegistry(GroupCommitWriter writer, Reads reads, Clock clock) {
        this.writer = writer;
        this.reads = reads;
        this.clock = clock;
    }

    @Override
    public Office registerOffice(Office office) {
        Instant now = now();
        return writer.execute(c -> {
            if (OfficeRows.insert(c, office, now)) {
                AuditLog.append(c, now, "operator", "register", office.number(), AuditLog.detail(Map.of(
                        "kinds", String.join(",", office.kinds()), "deliveryMode", office.deliveryMode())));
            }
            return OfficeRows.find(c, office.number()).orElseThrow();
        });
    }

    @Override
    public Optional<Office> office(String number) {
        return reads.readOne(c -> OfficeRows.find(c, number));
    }

    @Override
    public List<Office> offices() {
        return reads.read(OfficeRows::all);
    }

    @Override
    public void recordCertificate(IssuedCertificate cert) {
        Instant now = now();
        writer.execute(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO certificates (serial, subject, role,"
                    + " not_before, not_after, revoked_at, pem) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                s.setString(1, cert.serial());
                s.setString(2, cert.subject());
                s.setString(3, cert.role().name());
                s.setLong(4, cert.notBefore().toEpochMilli());
                s.setLong(5, cert.notAfter().toEpochMilli());
                s.setObject(6, cert.revokedAt() == null ? null : cert.revokedAt().toEpochMilli());
                s.setString(7, cert.pem());
                s.executeUpdate();
            }
            AuditLog.append(c, now, "operator", "certificate.issue", cert.serial(), AuditLog.detail(Map.of(
                    "subject", cert.subject(), "role", cert.role().name(), "notAfter", cert.notAfter().toString())));
            return null;
        });
    }

    @Override
    public Optional<IssuedCertificate> certificate(String serial) {
        return reads.readOne(c -> certificates(c, "WHERE serial = ?", serial).stream().findFirst());
    }

    @Override
    public List<IssuedCertificate> certificates(String subject) {
        return reads.read(c -> certificates(c, "WHERE subject = ? ORDER BY not_before, serial", subject));
    }

    @Override
    public boolean revoke(String serial, Instant at) {
        Instant now = now();
        return writer.execute(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE certificates SET revoked_at = ?"
                    + " WHERE serial = ? AND revoked_at IS NULL")) {
                s.setLong(1, at.toEpochMilli());
                s.setString(2, serial);
                if (s.executeUpdate() == 0) {
                    return false;
                }
            }
            AuditLog.append(c, now, "operator", "certificate.revoke", serial, AuditLog.detail(Map.of(
                    "revokedAt", at.toString())));
            return true;
        });
    }

    @Override
    public void audit(String actor, String action, String subject, String detail) {
        Instant now = now();
        writer.execute(c -> {
            AuditLog.append(c, now, actor, action, subject, detail == null ? "" : detail);
            return null;
        });
    }

    private static List<IssuedCertificate> certificates(Connection c, String where, String value)
            throws SQLException {
        List<IssuedCertificate> found = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(CERTIFICATE + where)) {
            s.setString(1, value);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long revoked = r.getLong(6);
                    Instant revokedAt = r.wasNull() ? null : Instant.ofEpochMilli(revoked);
                    found.add(new IssuedCertificate(r.getString(1), r.getString(2), Role.valueOf(r.getString(3)),
                            Instant.ofEpochMilli(r.getLong(4)), Instant.ofEpochMilli(r.getLong(5)), revokedAt,
                            r.getString(7)));
                }
            }
        }
        return found;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
