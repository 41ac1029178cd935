package jp.renkei.gateway.http;

import static io.netty.handler.codec.http.HttpResponseStatus.FORBIDDEN;
import static io.netty.handler.codec.http.HttpResponseStatus.GONE;
import static io.netty.handler.codec.http.HttpResponseStatus.INTERNAL_SERVER_ERROR;
import static io.netty.handler.codec.http.HttpResponseStatus.SERVICE_UNAVAILABLE;

import java.security.cert.X509Certificate;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import jp.renkei.gateway.ca.Identity;
import jp.renkei.gateway.mailbox.ContentPurgedException;
import jp.renkei.gateway.store.Registry;
import jp.renkei.protocol.render.JapaneseFontNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authenticates, authorises and runs one route on the {@code db} executor, and is the one place where exceptions
 * become statuses ({@link #failure}): nothing else catches them, and no stack trace ever reaches a client.
 */
final class Dispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    private final Authenticator authenticator;
    private final Registry registry;

    Dispatcher(Authenticator authenticator, Registry registry) {
        this.authenticator = authenticator;
        this.registry = registry;
    }

    /**
     * Answers one request. {@code loggedIn} belongs to the connection: the first authenticated request on it is
     * audited as a login, later ones are not (one TLS session, one login).
     */
    Answer dispatch(Route route, Request request, X509Certificate peer, AtomicBoolean loggedIn) {
        try {
            if (route.roles().isEmpty()) {
                return route.endpoint().handle(request);
            }
            Authenticator.Result result = authenticator.authenticate(peer);
            if (result instanceof Authenticator.Result.Authenticated ok) {
                return authorised(route, request, ok.identity(), loggedIn);
            }
            return refuse((Authenticator.Result.Refused) result);
        } catch (Exception e) {
            return failure(e);
        }
    }

    private Answer authorised(Route route, Request request, Identity caller, AtomicBoolean loggedIn)
            throws Exception {
        if (loggedIn.compareAndSet(false, true)) {
            registry.audit(caller.name(), "login", caller.serial(), role(caller));
        }
        if (!route.roles().contains(caller.role())) {
            return new ApiError(FORBIDDEN, "forbidden_role",
                    "a " + role(caller) + " certificate may not call " + route.method() + " " + route.template())
                    .answer();
        }
        return route.endpoint().handle(request.withCaller(caller));
    }

    private Answer refuse(Authenticator.Result.Refused refused) {
        Identity claimed = refused.claimed();
        if (claimed != null) {
            registry.audit(claimed.name(), "login.refused", claimed.serial(), refused.error().code());
        }
        return refused.error().answer();
    }

    /** Turns an exception into an answer: the single mapping of environmental failures to statuses. */
    static Answer failure(Throwable e) {
        if (e instanceof BadRequestException bad) {
            return ApiError.badRequest(bad.code(), bad.getMessage()).answer();
        }
        if (e instanceof ContentPurgedException) {
            return new ApiError(GONE, "content_purged", e.getMessage()).answer();
        }
        if (e instanceof JapaneseFontNotFoundException) {
            LOG.error("cannot render PDFs: {}", e.getMessage());
            return new ApiError(SERVICE_UNAVAILABLE, "pdf_unavailable", e.getMessage()).answer();
        }
        if (e instanceof RejectedExecutionException) {
            return new ApiError(SERVICE_UNAVAILABLE, "busy", "the gateway is at capacity; retry shortly").answer()
                    .withHeader("Retry-After", "1");
        }
        if (databaseUnreachable(e)) {
            LOG.error("the database is unreachable: {}", e.getMessage());
            return new ApiError(SERVICE_UNAVAILABLE, "store_unavailable", "the gateway cannot reach its database;"
                    + " retry shortly (an upload is safe to repeat)").answer().withHeader("Retry-After", "5");
        }
        LOG.error("request failed", e);
        return new ApiError(INTERNAL_SERVER_ERROR, "internal_error",
                "the gateway failed to answer; nothing was changed unless a later read shows otherwise").answer();
    }

    /**
     * A connection that could not be made, was lost or timed out in the pool (SQLSTATE class 08), or the write lock
     * not granted within the store's busy timeout (55P03, another node holding it).
     */
    private static boolean databaseUnreachable(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLTransientConnectionException || c instanceof SQLNonTransientConnectionException
                    || c instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().equals("55P03"))) {
                return true;
            }
        }
        return false;
    }

    private static String role(Identity identity) {
        return identity.role().name().toLowerCase(Locale.ROOT);
    }
}
