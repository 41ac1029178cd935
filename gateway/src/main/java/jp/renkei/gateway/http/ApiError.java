package jp.renkei.gateway.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.List;
import jp.renkei.protocol.validate.Finding;

/**
 * An error answer: {@code {"error": CODE, "message": TEXT, "findings": [...]}}. Codes are stable snake_case
 * identifiers clients may switch on (listed in {@code docs/operations.md}); messages are for people.
 */
record ApiError(HttpResponseStatus status, String code, String message, List<Finding> findings) {

    ApiError {
        findings = List.copyOf(findings);
    }

    ApiError(HttpResponseStatus status, String code, String message) {
        this(status, code, message, List.of());
    }

    static ApiError badRequest(String code, String message) {
        return new ApiError(HttpResponseStatus.BAD_REQUEST, code, message);
    }

    static ApiError notFound(String code, String message) {
        return new ApiError(HttpResponseStatus.NOT_FOUND, code, message);
    }

    Answer answer() {
        ObjectNode body = Json.object().put("error", code).put("message", message);
        ArrayNode list = body.putArray("findings");
        findings.forEach(f -> list.add(Json.finding(f)));
        return Answer.json(status, body);
    }
}
