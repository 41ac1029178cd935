package jp.renkei.gateway.http;

import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import java.util.List;
import java.util.Map;
import jp.renkei.gateway.ca.Identity;

/**
 * What an endpoint sees of a request: copied out of Netty's buffers on the event loop, so it is safe to use on any
 * thread. {@code caller} is null only for public routes.
 *
 * @param params the path parameters, e.g. {@code id} for {@code /v1/documents/{id}}
 * @param query decoded query parameters
 */
record Request(
        Identity caller,
        HttpMethod method,
        String path,
        Map<String, String> params,
        Map<String, List<String>> query,
        HttpHeaders headers,
        byte[] body) {

    String param(String name) {
        return params.get(name);
    }

    /** The single value of a query parameter, or null when absent. */
    String queryValue(String name) throws BadRequestException {
        List<String> values = query.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw new BadRequestException("invalid_parameter", name + " is given more than once");
        }
        return values.get(0);
    }

    /** A query parameter that must be an integer from {@code min} to {@code max}; {@code fallback} when absent. */
    long queryNumber(String name, long fallback, long min, long max) throws BadRequestException {
        String value = queryValue(name);
        if (value == null) {
            return fallback;
        }
        try {
            long parsed = Long.parseLong(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadRequestException("invalid_parameter", name + " must be an integer from " + min + " to " + max);
    }

    Request withCaller(Identity identity) {
        return new Request(identity, method, path, params, query, headers, body);
    }
}
