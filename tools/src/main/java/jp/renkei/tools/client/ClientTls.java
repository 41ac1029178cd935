package jp.renkei.tools.client;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** Builds the client's TLS context from a PKCS#12 or PEM credential and the CA certificate to trust (JDK only). */
final class ClientTls {

    private static final char[] IN_MEMORY = "renkei".toCharArray();
    private static final List<String> KEY_ALGORITHMS = List.of("EC", "RSA", "Ed25519");

    private ClientTls() {
    }

    static SSLContext context(KeyStore credential, char[] password, Path caPem) throws IOException {
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(credential, password);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trustStore(caPem));
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot set up TLS: " + e.getMessage(), e);
        }
    }

    static KeyStore pkcs12(Path file, char[] password) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return store;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot read PKCS#12 " + file + ": " + e.getMessage(), e);
        }
    }

    /** A key store holding the PEM key and certificate chain, protected by {@link #inMemoryPassword()}. */
    static KeyStore pem(Path certificate, Path key) throws IOException {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            Certificate[] chain = certificates(certificate).toArray(new Certificate[0]);
            store.setKeyEntry("renkei", privateKey(key), IN_MEMORY, chain);
            return store;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot use " + certificate + " with " + key + ": " + e.getMessage(), e);
        }
    }

    /** The subject of the credential's certificate (RFC 2253), or null when the store holds no key entry. */
    static String subject(KeyStore credential) throws IOException {
        try {
            for (String alias : java.util.Collections.list(credential.aliases())) {
                if (credential.isKeyEntry(alias)
                        && credential.getCertificate(alias) instanceof java.security.cert.X509Certificate x509) {
                    return x509.getSubjectX500Principal().getName();
                }
            }
            return null;
        } catch (GeneralSecurityException e) {
            throw new IOException("unreadable credential: " + e.getMessage(), e);
        }
    }

    static char[] inMemoryPassword() {
        return IN_MEMORY.clone();
    }

    private static KeyStore trustStore(Path caPem) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        int i = 0;
        for (Certificate ca : certificates(caPem)) {
            store.setCertificateEntry("ca" + i++, ca);
        }
        return store;
    }

    private static Collection<? extends Certificate> certificates(Path pem) throws IOException {
        try (InputStream in = Files.newInputStream(pem)) {
            Collection<? extends Certificate> all = CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (all.isEmpty()) {
                throw new IOException("no certificate in " + pem);
            }
            return all;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot read certificates from " + pem + ": " + e.getMessage(), e);
        }
    }

    /** An unencrypted PKCS#8 key ({@code BEGIN PRIVATE KEY}), as the gateway and {@code renkei enroll} write. */
    static PrivateKey privateKey(Path pem) throws IOException {
        String text = Files.readString(pem, StandardCharsets.US_ASCII);
        if (!text.contains("-----BEGIN PRIVATE KEY-----")) {
            throw new IOException(pem + " holds no unencrypted PKCS#8 key (BEGIN PRIVATE KEY); convert it with "
                    + "'openssl pkcs8 -topk8 -nocrypt'");
        }
        String body = text.substring(text.indexOf("-----BEGIN PRIVATE KEY-----") + 27, text.indexOf("-----END"));
        PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(body));
        for (String algorithm : KEY_ALGORITHMS) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(spec);
            } catch (GeneralSecurityException e) {
                // try the next algorithm
            }
        }
        throw new IOException(pem + " holds a key of an unsupported algorithm (EC, RSA and Ed25519 are supported)");
    }
}
