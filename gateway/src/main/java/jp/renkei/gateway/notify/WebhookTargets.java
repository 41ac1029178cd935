package jp.renkei.gateway.notify;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Where webhooks may go: by default only public internet addresses, so that an office cannot make the gateway call
 * its own management port, a cloud metadata service or another host of the operator's network (server-side request
 * forgery). The host is checked when a webhook is set and again, resolved afresh, before every call; the JDK keeps a
 * resolved name for 30 s, so the call connects to the addresses just checked. Redirects are never followed. Thread-safe
 * (immutable).
 */
final class WebhookTargets {

    private final boolean privateAllowed;

    WebhookTargets(boolean privateAllowed) {
        this.privateAllowed = privateAllowed;
    }

    /**
     * Why {@code url}'s host may not receive webhooks, or empty when it may. A name that does not resolve is not
     * refused here: the call fails (and is retried) like any unreachable receiver.
     */
    Optional<String> refusal(URI url) {
        if (privateAllowed) {
            return Optional.empty();
        }
        String host = url.getHost();
        if (host == null) {
            return Optional.of("the url names no host");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
        for (InetAddress address : addresses) {
            Optional<String> kind = nonPublic(address);
            if (kind.isPresent()) {
                return Optional.of("the host " + host + (host.equals(address.getHostAddress()) ? "" : " resolves to "
                        + address.getHostAddress() + ", which") + " is " + kind.get());
            }
        }
        return Optional.empty();
    }

    /** What kind of non-public address {@code address} is, or empty for a public unicast address. */
    static Optional<String> nonPublic(InetAddress address) {
        if (address.isAnyLocalAddress()) {
            return Optional.of("the unspecified address");
        }
        if (address.isLoopbackAddress()) {
            return Optional.of("a loopback address");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("a link-local address");
        }
        if (address.isSiteLocalAddress()) {
            return Optional.of("a private address");
        }
        if (address.isMulticastAddress()) {
            return Optional.of("a multicast address");
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return reservedV4(b);
        }
        if (address instanceof Inet6Address) {
            return reservedV6(b);
        }
        return Optional.empty();
    }

    private static Optional<String> reservedV4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (first == 0) {
            return Optional.of("in 0.0.0.0/8 (this network)");
        }
        if (first == 100 && (second & 0xc0) == 64) {
            return Optional.of("a shared address (100.64.0.0/10, carrier-grade NAT)");
        }
        if (first == 192 && second == 0 && (b[2] & 0xff) == 0) {
            return Optional.of("in 192.0.0.0/24 (protocol assignments)");
        }
        if (first == 198 && (second & 0xfe) == 18) {
            return Optional.of("in 198.18.0.0/15 (benchmarking)");
        }
        if (first >= 240) {
            return Optional.of("a reserved or broadcast address (240.0.0.0/4)");
        }
        return Optional.empty();
    }

    private static Optional<String> reservedV6(byte[] b) {
        if ((b[0] & 0xfe) == 0xfc) {
            return Optional.of("a unique local address (fc00::/7)");
        }
        // IPv4 carried inside IPv6: NAT64 (64:ff9b::/96), 6to4 (2002::/16) and IPv4-compatible (::/96)
        if (b[0] == 0x00 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && zero(b, 4, 12)) {
            return embedded(b, 12);
        }
        if (b[0] == 0x20 && b[1] == 0x02) {
            return embedded(b, 2);
        }
        if (zero(b, 0, 12)) {
            return embedded(b, 12);
        }
        return Optional.empty();
    }

    private static Optional<String> embedded(byte[] b, int at) {
        byte[] v4 = {b[at], b[at + 1], b[at + 2], b[at + 3]};
        try {
            return nonPublic(InetAddress.getByAddress(v4)).map(kind -> "an IPv6 address carrying " + kind);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }

    private static boolean zero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
