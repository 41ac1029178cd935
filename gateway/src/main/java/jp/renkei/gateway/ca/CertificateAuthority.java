package jp.renkei.gateway.ca;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.net.ssl.X509TrustManager;
import jp.renkei.gateway.config.CaConfig;
import jp.renkei.gateway.store.Role;
import org.bouncycastle.asn1.x500.X500Name;

/**
 * Renkei's own CA, kept in {@code <data dir>/ca/}: made on first use, reused afterwards. Thread-safe (immutable).
 * Several processes may share one data directory (the gateway and {@code office add}): the CA directory appears
 * atomically, serial numbers are random, so they never collide, and the server's key and certificate are made under
 * a file lock, so nodes starting together all use one pair.
 */
public final class CertificateAuthority {

    private static final String CA_KEY = "ca.key.pem";
    private static final String CA_CERT = "ca.crt.pem";
    private static final String SERVER_KEY = "server.key.pem";
    private static final String SERVER_CERT = "server.crt.pem";
    private static final String SERVER_LOCK = "server.lock";
    /** File locks are per process: threads of one process take this first. */
    private static final Object SERVER_MUTEX = new Object();

    private final Path dir;
    private final CaConfig config;
    private final Clock clock;
    private final CertificateFactory.Signer signer;

    private CertificateAuthority(Path dir, CaConfig config, Clock clock, PrivateKey key, X509Certificate certificate) {
        this.dir = dir;
        this.config = config;
        this.clock = clock;
        this.signer = new CertificateFactory.Signer(
                X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()), key, certificate);
    }

    /** Opens the CA in {@code dataDir/ca}, creating its key and self-signed certificate the first time. */
    public static CertificateAuthority openOrCreate(Path dataDir, CaConfig config, Clock clock) throws IOException {
        Path dir = dataDir.resolve("ca");
        if (!Files.exists(dir.resolve(CA_CERT))) {
            create(dataDir, dir, config, clock);
        }
        PrivateKey key = Pem.privateKey(Files.readString(dir.resolve(CA_KEY)));
        X509Certificate certificate = Pem.certificate(Files.readString(dir.resolve(CA_CERT)));
        return new CertificateAuthority(dir, config, clock, key, certificate);
    }

    public X509Certificate certificate() {
        return signer.certificate();
    }

    /** The CA certificate in PEM, for clients to trust the server ({@code curl --cacert}). */
    public Path certificateFile() {
        return dir.resolve(CA_CERT);
    }

    public Instant now() {
        return clock.instant();
    }

    /**
     * The server's key and certificate, made on first use and renewed when the host names change or less than a
     * tenth of its lifetime remains. Its names are {@code localhost}, {@code 127.0.0.1} and {@code hostNames}.
     */
    public ServerIdentity serverIdentity(List<String> hostNames) throws IOException {
        Set<String> names = new LinkedHashSet<>(List.of("localhost", "127.0.0.1"));
        names.addAll(hostNames);
        // Nodes sharing a data directory start together: one makes the pair while the others wait, then they
        // read it, so no node ever pairs one node's key with another's certificate.
        synchronized (SERVER_MUTEX) {
            try (FileChannel lockFile = FileChannel.open(dir.resolve(SERVER_LOCK), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE)) {
                lockFile.lock(); // released when the channel closes
                return serverIdentity(names);
            }
        }
    }

    private ServerIdentity serverIdentity(Set<String> names) throws IOException {
        Path keyFile = dir.resolve(SERVER_KEY);
        Path certFile = dir.resolve(SERVER_CERT);
        if (Files.exists(certFile) && Files.exists(keyFile)) {
            X509Certificate existing = Pem.certificate(Files.readString(certFile));
            if (stillGood(existing, names)) {
                return new ServerIdentity(Pem.privateKey(Files.readString(keyFile)), existing);
            }
        }
        KeyPair pair = CertificateFactory.newKeyPair();
        X509Certificate made = CertificateFactory.server(pair.getPublic(), new ArrayList<>(names), signer,
                clock.instant(), config.serverValidity());
        PrivateFiles.replace(keyFile, Pem.of(pair.getPrivate()));
        PrivateFiles.replace(certFile, Pem.of(made));
        return new ServerIdentity(pair.getPrivate(), made);
    }

    /** Signs a client certificate for {@code role} and {@code name} (an office number, or the role's own name). */
    public X509Certificate issue(PublicKey key, Role role, String name) {
        return CertificateFactory.client(key, Identity.subject(role, name), signer, clock.instant(),
                config.clientValidity());
    }

    /** True when this CA signed {@code certificate} (validity dates are not checked here: see the trust manager). */
    public boolean signed(X509Certificate certificate) {
        if (!certificate.getIssuerX500Principal().equals(certificate().getSubjectX500Principal())) {
            return false;
        }
        try {
            certificate.verify(certificate().getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** Trusts client certificates this CA signed, expired or not, so that expiry can be answered in HTTP. */
    public X509TrustManager trustManager() {
        return new CaTrustManager(this);
    }

    /** The server's TLS key and certificate. */
    public record ServerIdentity(PrivateKey key, X509Certificate certificate) {
    }

    private boolean stillGood(X509Certificate certificate, Set<String> names) throws IOException {
        Instant notAfter = certificate.getNotAfter().toInstant();
        Duration life = Duration.between(certificate.getNotBefore().toInstant(), notAfter);
        boolean fresh = clock.instant().plus(life.dividedBy(10)).isBefore(notAfter);
        return fresh && signed(certificate) && alternativeNames(certificate).containsAll(names);
    }

    private static Set<String> alternativeNames(X509Certificate certificate) throws IOException {
        Set<String> names = new HashSet<>();
        try {
            if (certificate.getSubjectAlternativeNames() != null) {
                certificate.getSubjectAlternativeNames().forEach(entry -> names.add(String.valueOf(entry.get(1))));
            }
        } catch (CertificateParsingException e) {
            throw new IOException(e);
        }
        return names;
    }

    private static void create(Path dataDir, Path dir, CaConfig config, Clock clock) throws IOException {
        Files.createDirectories(dataDir);
        Path staging = Files.createTempDirectory(dataDir, ".ca-");
        KeyPair pair = CertificateFactory.newKeyPair();
        X509Certificate certificate = CertificateFactory.selfSignedCa(pair,
                new X500Name("CN=Renkei CA,O=Renkei"), clock.instant(), config.caValidity());
        PrivateFiles.write(staging.resolve(CA_KEY), Pem.of(pair.getPrivate()));
        Files.writeString(staging.resolve(CA_CERT), Pem.of(certificate), StandardCharsets.US_ASCII);
        try {
            Files.move(staging, dir);
        } catch (FileAlreadyExistsException e) {
            // another process made the CA first: use theirs
            PrivateFiles.deleteTree(staging);
        }
    }
}
