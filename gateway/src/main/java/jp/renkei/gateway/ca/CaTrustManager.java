package jp.renkei.gateway.ca;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.X509TrustManager;

/**
 * Accepts a client chain whose first certificate Renkei's CA signed. Expiry and revocation are deliberately not
 * checked here: the HTTP layer answers them with a precise JSON error, which a TLS alert cannot carry. A chain
 * from any other CA fails the handshake (the client sees a {@code bad_certificate} or {@code unknown_ca} alert).
 */
final class CaTrustManager implements X509TrustManager {

    private final CertificateAuthority authority;

    CaTrustManager(CertificateAuthority authority) {
        this.authority = authority;
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        if (chain == null || chain.length == 0 || !authority.signed(chain[0])) {
            throw new CertificateException("client certificate not issued by the Renkei CA");
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("this trust manager only checks clients");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[] {authority.certificate()};
    }
}
