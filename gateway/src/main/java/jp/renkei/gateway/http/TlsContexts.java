package jp.renkei.gateway.http;

import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.OpenSsl;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import javax.net.ssl.SSLException;
import jp.renkei.gateway.ca.CertificateAuthority;

/**
 * The server's TLS: TLS 1.3 and 1.2 only, client certificates requested but optional at the TLS level so a missing
 * one is answered in HTTP (401 JSON); a certificate from another CA fails the handshake.
 */
final class TlsContexts {

    private TlsContexts() {
    }

    static SslProvider provider(boolean preferOpenSsl) {
        return preferOpenSsl && OpenSsl.isAvailable() ? SslProvider.OPENSSL : SslProvider.JDK;
    }

    static SslContext server(CertificateAuthority.ServerIdentity identity, CertificateAuthority authority,
            SslProvider provider) throws SSLException {
        return SslContextBuilder.forServer(identity.key(), identity.certificate(), authority.certificate())
                .sslProvider(provider)
                .protocols("TLSv1.3", "TLSv1.2")
                .clientAuth(ClientAuth.OPTIONAL)
                .trustManager(authority.trustManager())
                .build();
    }
}
