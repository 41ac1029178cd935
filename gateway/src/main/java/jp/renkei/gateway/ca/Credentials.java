package jp.renkei.gateway.ca;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import jp.renkei.gateway.store.IssuedCertificate;

/**
 * A certificate with the private key generated for it (the {@code office add} and {@code demo} path; a CSR never
 * gives the server a key).
 */
public record Credentials(IssuedCertificate issued, X509Certificate certificate, PrivateKey key) {

    /** File names inside an office's credential directory. */
    public static final String CERTIFICATE = "cert.pem";
    public static final String KEY = "key.pem";
    public static final String PKCS12 = "cert.p12";
    public static final String PASSWORD = "pkcs12-password.txt";

    /**
     * Writes {@code cert.pem}, {@code key.pem}, {@code cert.p12} (key, certificate and CA, alias {@code renkei}) and
     * {@code pkcs12-password.txt} into {@code dir}; key, store and password are readable by the owner only.
     */
    public void write(Path dir, X509Certificate ca, String password) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(CERTIFICATE), issued.pem());
        PrivateFiles.write(dir.resolve(KEY), Pem.of(key));
        PrivateFiles.write(dir.resolve(PKCS12), pkcs12(ca, password.toCharArray()));
        PrivateFiles.write(dir.resolve(PASSWORD), password + "\n");
    }

    private byte[] pkcs12(X509Certificate ca, char[] password) throws IOException {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("renkei", key, password, new Certificate[] {certificate, ca});
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, password);
            return out.toByteArray();
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot write PKCS#12", e);
        }
    }

    /** Reads credentials written by {@link #write}; the caller supplies the registry's record of the certificate. */
    public static Credentials read(Path dir, IssuedCertificate issued) throws IOException {
        return new Credentials(issued, Pem.certificate(Files.readString(dir.resolve(CERTIFICATE))),
                Pem.privateKey(Files.readString(dir.resolve(KEY))));
    }

    /** The serial of the certificate stored in {@code dir}, or null when there is none. */
    public static String serialIn(Path dir) throws IOException {
        Path file = dir.resolve(CERTIFICATE);
        return Files.exists(file) ? Identity.serialOf(Pem.certificate(Files.readString(file))) : null;
    }
}
