package jp.renkei.gateway.ca;

import java.io.IOException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import jp.renkei.gateway.store.IssuedCertificate;
import jp.renkei.gateway.store.Registry;
import jp.renkei.gateway.store.Role;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.openssl.PEMException;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;

/**
 * Issues and revokes client certificates: signs with the CA, records each certificate in the registry and audits
 * the act (the registry writes the audit entry in the same transaction). An office may hold any number of valid
 * certificates at once (rotation). Blocking (registry writes):
 * call from the {@code db} executor or a command. Thread-safe.
 */
public final class Enrollment {

    private final CertificateAuthority authority;
    private final Registry registry;

    public Enrollment(CertificateAuthority authority, Registry registry) {
        this.authority = authority;
        this.registry = registry;
    }

    public CertificateAuthority authority() {
        return authority;
    }

    /** Generates a key pair and issues a certificate for it. */
    public Credentials issueKeyPair(Role role, String name) {
        KeyPair pair = CertificateFactory.newKeyPair();
        X509Certificate certificate = authority.issue(pair.getPublic(), role, name);
        return new Credentials(record(certificate, role, name), certificate, pair.getPrivate());
    }

    /** Issues a certificate for the key in a PKCS#10 request; the request's own subject is ignored. */
    public IssuedCertificate issueFromCsr(Role role, String name, String csrPem)
            throws InvalidCsrException {
        PublicKey key = verifiedKey(csrPem);
        return record(authority.issue(key, role, name), role, name);
    }

    /** Revokes at once; false when the serial is unknown or already revoked. */
    public boolean revoke(String serial) {
        return registry.revoke(serial, authority.now());
    }

    private IssuedCertificate record(X509Certificate certificate, Role role, String name) {
        IssuedCertificate issued = new IssuedCertificate(Identity.serialOf(certificate), name, role,
                certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant(), null,
                Pem.of(certificate));
        registry.recordCertificate(issued);
        return issued;
    }

    private static PublicKey verifiedKey(String csrPem) throws InvalidCsrException {
        PKCS10CertificationRequest csr = Pem.csr(csrPem);
        if (csr == null) {
            throw new InvalidCsrException("the body is not a PEM certificate signing request (PKCS#10)");
        }
        try {
            // the PEM converter maps the key's algorithm OID to a JDK name (EC, RSA); the JDK alone cannot
            PublicKey key = new JcaPEMKeyConverter().getPublicKey(csr.getSubjectPublicKeyInfo());
            if (!csr.isSignatureValid(new JcaContentVerifierProviderBuilder().build(key))) {
                throw new InvalidCsrException("the request's signature does not match its public key");
            }
            return key;
        } catch (OperatorCreationException | PKCSException | PEMException e) {
            throw new InvalidCsrException("unusable certificate signing request: " + e.getMessage());
        }
    }

    /** Reads the certificate in PEM text, for callers holding only the registry's record. */
    public static X509Certificate parse(String pem) throws IOException {
        return Pem.certificate(pem);
    }
}
