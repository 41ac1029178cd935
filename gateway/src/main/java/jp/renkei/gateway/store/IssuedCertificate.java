package jp.renkei.gateway.store;

import java.time.Instant;

/**
 * A certificate issued by Renkei's CA.
 *
 * @param serial lower-case hex serial number
 * @param subject the office number for {@link Role#OFFICE}, else a name such as {@code operator}
 * @param revokedAt null while valid
 * @param pem the certificate in PEM
 */
public record IssuedCertificate(
        String serial, String subject, Role role, Instant notBefore, Instant notAfter, Instant revokedAt, String pem) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
