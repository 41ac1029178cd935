package jp.renkei.gateway.http;

import io.netty.handler.codec.http.HttpMethod;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.renkei.gateway.store.Role;

/**
 * One entry of the route table.
 *
 * @param template the path as in the OpenAPI document, e.g. {@code /v1/documents/{id}}; also the metrics tag
 * @param roles who may call it; empty for a public route that needs no client certificate
 */
record Route(HttpMethod method, String template, Set<Role> roles, Endpoint endpoint) {

    Route {
        roles = Set.copyOf(roles);
    }

    /** The path parameters when {@code path} fits the template, else null. */
    Map<String, String> match(List<String> segments) {
        String[] parts = template.substring(1).split("/");
        if (parts.length != segments.size()) {
            return null;
        }
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (part.startsWith("{") && part.endsWith("}")) {
                params.put(part.substring(1, part.length() - 1), segments.get(i));
            } else if (!part.equals(segments.get(i))) {
                return null;
            }
        }
        return params;
    }
}
