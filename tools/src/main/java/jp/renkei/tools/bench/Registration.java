package jp.renkei.tools.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;

/**
 * Registers the virtual offices through the operator API ({@code POST /v1/admin/offices}, then a certificate for a
 * request made here): each office has kinds 43 and 11, so any of them may send a 第6表 to any other. Re-running on
 * the same gateway finds the offices registered (200) and issues new certificates.
 */
final class Registration {

    private final HttpConnection operator;
    private final Enroller enroller;
    private final Tls tls;

    Registration(HttpConnection operator, Enroller enroller, Tls tls) {
        this.operator = operator;
        this.enroller = enroller;
        this.tls = tls;
    }

    /** One office of the bench: its number and the TLS context that speaks for it. */
    record BenchOffice(String number, SSLContext tls) {
    }

    List<BenchOffice> offices(String firstNumber, int count) throws IOException {
        List<BenchOffice> offices = new ArrayList<>();
        long first = Long.parseLong(firstNumber);
        for (int i = 0; i < count; i++) {
            offices.add(register(String.format("%010d", first + i)));
        }
        return offices;
    }

    private BenchOffice register(String number) throws IOException {
        String office = "{\"number\":\"" + number + "\",\"name\":\"ベンチ事業所" + number
                + "\",\"kinds\":[\"43\",\"11\"],\"deliveryMode\":\"none\"}";
        expect(operator.send("POST", "/v1/admin/offices", "Content-Type: application/json\r\n",
                office.getBytes(StandardCharsets.UTF_8)), "register office " + number);
        Enroller.Request request = enroller.request(number);
        HttpConnection.Response issued = operator.send("POST", "/v1/admin/offices/" + number + "/certificates",
                "Content-Type: application/x-pem-file\r\n", request.csrPem().getBytes(StandardCharsets.US_ASCII));
        expect(issued, "issue a certificate for " + number);
        return new BenchOffice(number, tls.issued(request.key(), issued.text()));
    }

    private static void expect(HttpConnection.Response response, String what) throws IOException {
        if (response.status() != 200 && response.status() != 201) {
            throw new IOException("cannot " + what + ": " + response.status() + " " + response.text());
        }
    }
}
