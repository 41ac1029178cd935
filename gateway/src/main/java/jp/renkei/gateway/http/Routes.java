package jp.renkei.gateway.http;

import io.netty.handler.codec.http.HttpMethod;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.renkei.gateway.store.Role;

/**
 * The route table: every path the API serves, in one place. Routes still to come plug in here the same way:
 * {@code GET /v1/documents/{id}/records}, {@code GET /v1/documents/{id}/pdf} (render executor), {@code GET
 * /v1/events}, {@code PUT|GET|DELETE /v1/webhook}, {@code GET /v1/usage}, {@code GET /v1/metrics/summary} and
 * {@code GET /v1/metrics/offices.csv} (ministry role).
 */
final class Routes {

    static final Set<Role> OFFICE = Set.of(Role.OFFICE);
    static final Set<Role> OPERATOR = Set.of(Role.OPERATOR);
    static final Set<Role> ANY_ROLE = Set.of(Role.values());
    static final Set<Role> PUBLIC = Set.of();

    private final List<Route> routes = new ArrayList<>();

    Routes add(HttpMethod method, String template, Set<Role> roles, Endpoint endpoint) {
        routes.add(new Route(method, template, roles, endpoint));
        return this;
    }

    List<Route> all() {
        return List.copyOf(routes);
    }

    /** The route and its path parameters; {@link Match.NoPath} or {@link Match.WrongMethod} when none fits. */
    Match match(HttpMethod method, String path) {
        List<String> segments = Arrays.asList(path.substring(1).split("/", -1));
        boolean pathKnown = false;
        for (Route route : routes) {
            Map<String, String> params = route.match(segments);
            if (params != null && route.method().equals(method)) {
                return new Match.Found(route, params);
            }
            pathKnown |= params != null;
        }
        return pathKnown ? new Match.WrongMethod() : new Match.NoPath();
    }

    /** The result of looking a request up. */
    sealed interface Match {
        record Found(Route route, Map<String, String> params) implements Match {
        }

        record NoPath() implements Match {
        }

        record WrongMethod() implements Match {
        }
    }
}
