package jp.renkei.gateway.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Address literals only, so no test depends on the machine's DNS (localhost comes from the hosts file). */
class WebhookTargetsTest {

    private static final WebhookTargets PUBLIC_ONLY = new WebhookTargets(false);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "127.0.0.1        | a loopback address",
        "127.3.4.5        | a loopback address",
        "::1              | a loopback address",
        "0.0.0.0          | the unspecified address",
        "::               | the unspecified address",
        "0.1.2.3          | this network",
        "10.1.2.3         | a private address",
        "172.16.0.1       | a private address",
        "172.31.255.255   | a private address",
        "192.168.1.1      | a private address",
        "169.254.169.254  | a link-local address",
        "fe80::1          | a link-local address",
        "100.64.0.1       | carrier-grade NAT",
        "100.127.255.254  | carrier-grade NAT",
        "192.0.0.8        | protocol assignments",
        "198.18.0.1       | benchmarking",
        "198.19.255.1     | benchmarking",
        "224.0.0.1        | a multicast address",
        "ff02::1          | a multicast address",
        "240.0.0.1        | reserved or broadcast",
        "255.255.255.255  | reserved or broadcast",
        "fc00::1          | a unique local address",
        "fd12:3456::1     | a unique local address",
        "::ffff:127.0.0.1 | a loopback address",
        "::ffff:10.0.0.1  | a private address",
        "64:ff9b::a00:1   | an IPv6 address carrying a private address",
        "2002:c0a8:101::1 | an IPv6 address carrying a private address",
        "::7f00:1         | an IPv6 address carrying a loopback address",
    })
    void nonPublicAddressesAreNamed(String address, String kind) throws Exception {
        assertThat(WebhookTargets.nonPublic(InetAddress.getByName(address))).hasValueSatisfying(
                found -> assertThat(found).contains(kind));
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "172.32.0.1", "172.15.255.255", "100.128.0.1", "100.63.255.255",
        "192.0.1.1", "198.20.0.1", "223.255.255.255", "11.0.0.1", "2001:4860:4860::8888", "2002:808:808::1",
        "64:ff9b::808:808", "2400:cb00::1"})
    void publicAddressesPass(String address) throws Exception {
        assertThat(WebhookTargets.nonPublic(InetAddress.getByName(address))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://127.0.0.1:8443/hook        | the host 127.0.0.1 is a loopback address",
        "https://localhost/hook             | the host localhost resolves to ",
        "http://[::1]/hook                  | a loopback address",
        "https://169.254.169.254/latest     | the host 169.254.169.254 is a link-local address",
    })
    void urlsToNonPublicHostsAreRefusedWithTheReason(String url, String reason) {
        assertThat(PUBLIC_ONLY.refusal(URI.create(url))).hasValueSatisfying(
                found -> assertThat(found).contains(reason));
        assertThat(new WebhookTargets(true).refusal(URI.create(url))).as("allowed by the operator").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://8.8.8.8/hook", "https://[2001:4860:4860::8888]/hook",
        "https://no-such-host.invalid/hook"})
    void publicOrUnresolvableHostsAreNotRefused(String url) {
        assertThat(PUBLIC_ONLY.refusal(URI.create(url))).isEmpty();
    }
}
