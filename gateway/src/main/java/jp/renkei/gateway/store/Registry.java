package jp.renkei.gateway.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.renkei.gateway.mailbox.Office;

/**
 * Offices, certificates and the audit log. Blocking (JDBC): call from the {@code db} executor or a command.
 * Reads see writes made by other processes on the same store (an {@code office add} while the gateway runs).
 */
public interface Registry {

    /** Registers an office; returns the existing one unchanged when the number is already registered. */
    Office registerOffice(Office office);

    Optional<Office> office(String number);

    List<Office> offices();

    void recordCertificate(IssuedCertificate certificate);

    Optional<IssuedCertificate> certificate(String serial);

    List<IssuedCertificate> certificates(String subject);

    /** Revokes at once; false when no such certificate exists or it was already revoked. */
    boolean revoke(String serial, Instant at);

    /**
     * Appends an entry to the hash-chained, append-only audit log.
     *
     * @param actor who acted: an office number, {@code operator}, {@code system}
     * @param action e.g. {@code upload}, {@code reject}, {@code download}, {@code receipt}, {@code register},
     *     {@code certificate.issue}, {@code certificate.revoke}, {@code login}
     * @param subject what it acted on (document id, office number, certificate serial)
     * @param detail a short JSON or text detail without personal data
     */
    void audit(String actor, String action, String subject, String detail);
}
