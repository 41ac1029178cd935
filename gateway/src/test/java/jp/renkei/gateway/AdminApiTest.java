package jp.renkei.gateway;

import static jp.renkei.gateway.AuthenticationTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import jp.renkei.gateway.ca.Credentials;
import jp.renkei.gateway.store.Role;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operator registers an office, issues it a certificate from its CSR, and revokes it. */
class AdminApiTest {

    @TempDir
    static Path dir;

    private static TestGateway gateway;
    private static HttpClient operator;

    @BeforeAll
    static void start() throws Exception {
        gateway = TestGateway.start(dir);
        operator = gateway.client(gateway.issue(Role.OPERATOR, "operator"));
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void registersAnOfficeIssuesItACertificateFromItsCsrAndRevokesIt() throws Exception {
        HttpResponse<String> registered = post("/v1/admin/offices",
                "{\"number\":\"1330000011\",\"name\":\"新しい訪問介護\",\"kinds\":[\"11\"],\"deliveryMode\":\"car\"}");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        assertThat(post("/v1/admin/offices", "{\"number\":\"1330000011\",\"name\":\"x\",\"kinds\":[\"11\"]}")
                .statusCode()).isEqualTo(200);

        KeyPair pair = KeyPairGenerator.getInstance("EC").generateKeyPair();
        HttpResponse<String> issued = post("/v1/admin/offices/1330000011/certificates", csr(pair));
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        String serial = issued.headers().firstValue("X-Renkei-Certificate-Serial").orElseThrow();
        X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(issued.body().getBytes(StandardCharsets.US_ASCII)));
        assertThat(certificate.getSubjectX500Principal().getName()).contains("CN=1330000011").contains("OU=office");

        HttpClient office = gateway.client(new Credentials(null, certificate, pair.getPrivate()));
        assertThat(gateway.get(office, "/v1/inbox").statusCode()).isEqualTo(200);

        HttpResponse<String> revoked = operator.send(HttpRequest.newBuilder(
                gateway.uri("/v1/admin/offices/1330000011/certificates/" + serial)).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
        assertError(gateway.get(office, "/v1/inbox"), 401, "certificate_revoked");
    }

    @Test
    void refusesACsrWhoseSignatureDoesNotMatchItsKey() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("EC").generateKeyPair();
        String pem = csr(pair);
        String body = pem.substring(pem.indexOf('\n') + 1, pem.lastIndexOf("-----END"));
        char[] chars = body.toCharArray();
        int i = chars.length - 10;
        chars[i] = chars[i] == 'A' ? 'B' : 'A';
        String tampered = "-----BEGIN CERTIFICATE REQUEST-----\n" + new String(chars)
                + "-----END CERTIFICATE REQUEST-----\n";
        assertError(post("/v1/admin/offices/" + TestGateway.HOMON + "/certificates", tampered), 400, "invalid_csr");
        assertError(post("/v1/admin/offices/" + TestGateway.HOMON + "/certificates", "hello"), 400, "invalid_csr");
    }

    @Test
    void refusesACertificateForAnUnregisteredOffice() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("EC").generateKeyPair();
        assertError(post("/v1/admin/offices/1399999999/certificates", csr(pair)), 404, "unknown_office");
    }

    @Test
    void refusesAnInvalidOfficeWithEveryProblemNamed() throws Exception {
        var body = assertError(post("/v1/admin/offices", "{\"number\":\"12\",\"kinds\":[]}"), 400, "invalid_office");
        assertThat(body.path("message").asText()).contains("number").contains("name").contains("kinds");
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return operator.send(HttpRequest.newBuilder(gateway.uri(path)).POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csr(KeyPair pair) throws Exception {
        var request = new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=ignored"), pair.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate()));
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(request);
        }
        return text.toString();
    }
}
