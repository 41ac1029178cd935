package jp.renkei.gateway.http;

import static io.netty.handler.codec.http.HttpResponseStatus.UNAUTHORIZED;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import jp.renkei.gateway.ca.Identity;
import jp.renkei.gateway.store.IssuedCertificate;
import jp.renkei.gateway.store.Registry;

/**
 * Turns the TLS peer certificate into an {@link Identity}, answering each bad credential precisely. The registry is
 * read on every request, with no cache: a revocation (made here, by another process or by another gateway node on a
 * shared database) takes effect on the very next request. The lookup is one primary-key read. Blocking: runs on the
 * {@code db} executor. Thread-safe.
 */
final class Authenticator {

    /** Identities parsed before, by certificate: beyond this many the map starts afresh (bounded memory). */
    private static final int KNOWN_LIMIT = 10_000;

    private final Registry registry;
    private final Clock clock;
    /**
     * A certificate's identity never changes, and parsing its subject was a fifth of a small request's cost: it is
     * parsed once. Registration, revocation and validity are still read from the registry on every request.
     */
    private final Map<X509Certificate, Optional<Identity>> known = new ConcurrentHashMap<>();

    Authenticator(Registry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    /** The outcome of authentication. */
    sealed interface Result {
        record Authenticated(Identity identity) implements Result {
        }

        record Refused(ApiError error, Identity claimed) implements Result {
        }
    }

    Result authenticate(X509Certificate peer) {
        if (peer == null) {
            return refuse("client_certificate_required",
                    "this endpoint needs a client certificate issued by the Renkei CA", null);
        }
        Optional<Identity> identity = identity(peer);
        if (identity.isEmpty()) {
            return refuse("certificate_unrecognised", "the certificate's subject names no office or role", null);
        }
        Optional<IssuedCertificate> issued = registry.certificate(identity.get().serial());
        if (issued.isEmpty() || !matches(issued.get(), identity.get())) {
            return refuse("certificate_unknown", "the certificate is not in the registry", identity.get());
        }
        return check(issued.get(), identity.get());
    }

    private Optional<Identity> identity(X509Certificate peer) {
        Optional<Identity> identity = known.get(peer);
        if (identity == null) {
            if (known.size() >= KNOWN_LIMIT) {
                known.clear();
            }
            identity = Identity.of(peer);
            known.put(peer, identity);
        }
        return identity;
    }

    private Result check(IssuedCertificate issued, Identity identity) {
        Instant now = clock.instant();
        if (issued.revoked()) {
            return refuse("certificate_revoked", "the certificate was revoked at " + issued.revokedAt(), identity);
        }
        if (now.isAfter(issued.notAfter())) {
            return refuse("certificate_expired", "the certificate expired at " + issued.notAfter(), identity);
        }
        if (now.isBefore(issued.notBefore())) {
            return refuse("certificate_not_yet_valid", "the certificate is valid from " + issued.notBefore(),
                    identity);
        }
        return new Result.Authenticated(identity);
    }

    private static boolean matches(IssuedCertificate issued, Identity identity) {
        return issued.role() == identity.role() && issued.subject().equals(identity.name());
    }

    private static Result refuse(String code, String message, Identity claimed) {
        return new Result.Refused(new ApiError(UNAUTHORIZED, code, message), claimed);
    }
}
