package jp.renkei.gateway.ca;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import jp.renkei.gateway.ca.CertificateAuthority.ServerIdentity;
import jp.renkei.gateway.config.CaConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateAuthorityTest {

    private static final CaConfig CONFIG = new CaConfig(Duration.ofDays(3650), Duration.ofDays(365),
            Duration.ofDays(365));

    @TempDir
    Path dataDir;

    @Test
    void serversStartingTogetherOnOneDataDirectoryShareOneMatchingKeyAndCertificate() throws Exception {
        int nodes = 8;
        CyclicBarrier start = new CyclicBarrier(nodes);
        List<Callable<ServerIdentity>> starts = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            starts.add(() -> {
                CertificateAuthority authority = CertificateAuthority.openOrCreate(dataDir, CONFIG,
                        Clock.systemUTC());
                start.await();
                return authority.serverIdentity(List.of("renkei.example.jp"));
            });
        }
        List<ServerIdentity> identities = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        try {
            for (Future<ServerIdentity> identity : pool.invokeAll(starts)) {
                identities.add(identity.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(identities).extracting(ServerIdentity::certificate).containsOnly(identities.get(0).certificate());
        for (ServerIdentity identity : identities) {
            assertThat(keyMatchesCertificate(identity)).isTrue();
        }
        try (Stream<Path> files = Files.list(dataDir.resolve("ca"))) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .as("no temporary file is left behind")
                    .containsExactlyInAnyOrder("ca.key.pem", "ca.crt.pem", "server.key.pem", "server.crt.pem",
                            "server.lock");
        }
    }

    @Test
    void theServerPairIsKeptUntilTheHostNamesChange() throws Exception {
        CertificateAuthority authority = CertificateAuthority.openOrCreate(dataDir, CONFIG, Clock.systemUTC());
        ServerIdentity first = authority.serverIdentity(List.of("a.example.jp"));

        assertThat(authority.serverIdentity(List.of("a.example.jp")).certificate()).isEqualTo(first.certificate());
        ServerIdentity renamed = authority.serverIdentity(List.of("b.example.jp"));
        assertThat(renamed.certificate()).isNotEqualTo(first.certificate());
        assertThat(renamed.certificate().getSubjectAlternativeNames())
                .anySatisfy(name -> assertThat(name.get(1)).isEqualTo("b.example.jp"));
        assertThat(keyMatchesCertificate(renamed)).isTrue();
    }

    private static boolean keyMatchesCertificate(ServerIdentity identity) throws Exception {
        byte[] data = "renkei".getBytes(StandardCharsets.US_ASCII);
        String algorithm = "SHA256withECDSA"; // CertificateFactory makes EC keys
        Signature signer = Signature.getInstance(algorithm);
        signer.initSign(identity.key());
        signer.update(data);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance(algorithm);
        verifier.initVerify(identity.certificate().getPublicKey());
        verifier.update(data);
        return verifier.verify(signature);
    }
}
