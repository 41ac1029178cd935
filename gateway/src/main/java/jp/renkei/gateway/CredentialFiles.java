package jp.renkei.gateway;

import java.nio.file.Path;
import jp.renkei.gateway.ca.Credentials;

/**
 * Where one holder's credentials live: {@code cert.pem}, {@code key.pem}, {@code cert.p12} and the PKCS#12
 * password, as written by {@link Credentials#write}.
 */
record CredentialFiles(Path dir, String serial, String password, boolean reused) {

    Path certificate() {
        return dir.resolve(Credentials.CERTIFICATE);
    }

    Path key() {
        return dir.resolve(Credentials.KEY);
    }

    Path pkcs12() {
        return dir.resolve(Credentials.PKCS12);
    }
}
