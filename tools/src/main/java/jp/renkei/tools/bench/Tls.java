package jp.renkei.tools.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** TLS contexts for the bench's identities: the operator's PKCS#12 file, offices' in-memory keys, one CA trusted. */
final class Tls {

    private static final char[] IN_MEMORY = "bench".toCharArray();

    private final KeyStore trust;

    Tls(Path caPem) throws IOException {
        try (InputStream pem = Files.newInputStream(caPem)) {
            trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            int i = 0;
            for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(pem)) {
                trust.setCertificateEntry("ca" + i++, c);
            }
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot read the CA certificate " + caPem + ": " + e.getMessage(), e);
        }
    }

    SSLContext pkcs12(Path file, char[] password) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(in, password);
            return context(keys, password);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** A context for a key made here and the certificate chain (PEM) the operator API issued for it. */
    SSLContext issued(PrivateKey key, String chainPem) throws IOException {
        try {
            Certificate[] chain = CertificateFactory.getInstance("X.509").generateCertificates(
                    new ByteArrayInputStream(chainPem.getBytes(StandardCharsets.US_ASCII))).toArray(new Certificate[0]);
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(null, null);
            keys.setKeyEntry("office", key, IN_MEMORY, chain);
            return context(keys, IN_MEMORY);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot use the issued certificate: " + e.getMessage(), e);
        }
    }

    private SSLContext context(KeyStore keys, char[] password) throws GeneralSecurityException {
        KeyManagerFactory km = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        km.init(keys, password);
        TrustManagerFactory tm = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tm.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(km.getKeyManagers(), tm.getTrustManagers(), null);
        return context;
    }
}
