package jp.renkei.tools.bench;

import java.io.IOException;
import java.security.PrivateKey;

/** Makes a key pair and a PKCS#10 request for an office number (as {@code renkei enroll} does). */
@FunctionalInterface
public interface Enroller {

    /** A new private key and the PEM request for its public key. */
    record Request(PrivateKey key, String csrPem) {
    }

    Request request(String officeNumber) throws IOException;
}
