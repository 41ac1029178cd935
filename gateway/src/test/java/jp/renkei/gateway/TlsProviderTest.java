package jp.renkei.gateway;

import static jp.renkei.gateway.AuthenticationTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import jp.renkei.gateway.store.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** Both TLS providers (BoringSSL when it loads, the JDK otherwise) give the same answers. */
class TlsProviderTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "openssl preferred: {0}")
    @ValueSource(booleans = {true, false})
    void answersACertifiedAndAnAnonymousClientAlikeOnEitherProvider(boolean openSsl) throws Exception {
        try (TestGateway gateway = TestGateway.start(dir.resolve("p" + openSsl), limits -> limits, openSsl)) {
            assertThat(gateway.server.description()).contains(openSsl ? "openssl" : "jdk");
            var office = gateway.client(gateway.issue(Role.OFFICE, TestGateway.TSUSHO));
            assertThat(gateway.get(office, "/v1/inbox").statusCode()).isEqualTo(200);
            assertError(gateway.get(gateway.anonymousClient(), "/v1/inbox"), 401, "client_certificate_required");
        }
    }
}
