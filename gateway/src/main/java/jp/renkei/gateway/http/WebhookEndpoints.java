package jp.renkei.gateway.http;

import static io.netty.handler.codec.http.HttpResponseStatus.ACCEPTED;
import static io.netty.handler.codec.http.HttpResponseStatus.CONFLICT;
import static io.netty.handler.codec.http.HttpResponseStatus.NO_CONTENT;
import static io.netty.handler.codec.http.HttpResponseStatus.OK;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.handler.codec.http.HttpMethod;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import jp.renkei.gateway.notify.Webhooks;

/** {@code /v1/webhook}: the office's one webhook, its dead letters, and re-sending them. */
final class WebhookEndpoints {

    private final Webhooks webhooks;

    WebhookEndpoints(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    void addTo(Routes routes) {
        routes.add(HttpMethod.PUT, "/v1/webhook", Routes.OFFICE, this::put)
                .add(HttpMethod.GET, "/v1/webhook", Routes.OFFICE, this::get)
                .add(HttpMethod.DELETE, "/v1/webhook", Routes.OFFICE, this::delete)
                .add(HttpMethod.GET, "/v1/webhook/dead-letters", Routes.OFFICE, this::deadLetters)
                .add(HttpMethod.POST, "/v1/webhook/dead-letters/{eventId}/retry", Routes.OFFICE, this::retry);
    }

    private Answer put(Request request) throws BadRequestException {
        ObjectNode body = Json.parseObject(request.body());
        Webhooks.Saved saved = webhooks.put(request.caller().name(), text(body.get("url")), text(body.get("secret")));
        if (saved instanceof Webhooks.Saved.Invalid invalid) {
            throw new BadRequestException("invalid_webhook", String.join("; ", invalid.problems()));
        }
        return Answer.json(OK, webhook(((Webhooks.Saved.Set) saved).webhook()));
    }

    private Answer get(Request request) {
        return webhooks.get(request.caller().name()).map(w -> Answer.json(OK, webhook(w)))
                .orElseGet(WebhookEndpoints::noWebhook);
    }

    private Answer delete(Request request) {
        return webhooks.delete(request.caller().name())
                ? new Answer(NO_CONTENT, Answer.JSON, new byte[0], Map.of()) : noWebhook();
    }

    private Answer deadLetters(Request request) throws BadRequestException {
        long after = request.queryNumber("after", 0, 0, Long.MAX_VALUE);
        int limit = (int) request.queryNumber("limit", MailboxEndpoints.DEFAULT_LIMIT, 1,
                MailboxEndpoints.MAX_LIMIT);
        List<Webhooks.DeadLetter> letters = webhooks.deadLetters(request.caller().name(), after, limit);
        ObjectNode body = Json.object();
        ArrayNode list = body.putArray("deadLetters");
        letters.forEach(d -> list.add(Json.object().put("eventId", d.eventId()).put("type", d.type())
                .put("attempts", d.attempts()).put("lastStatus", d.lastStatus()).put("lastError", d.lastError())
                .put("lastAttemptAt", time(d.lastAttemptAt())).put("failedAt", time(d.failedAt()))
                .put("payload", d.payload())));
        body.put("next", letters.isEmpty() ? after : letters.get(letters.size() - 1).eventId());
        return Answer.json(OK, body);
    }

    private Answer retry(Request request) throws BadRequestException {
        long eventId;
        try {
            eventId = Long.parseLong(request.param("eventId"));
        } catch (NumberFormatException e) {
            throw new BadRequestException("invalid_parameter", "eventId must be an event id (an integer)");
        }
        return switch (webhooks.resend(request.caller().name(), eventId)) {
            case SCHEDULED -> Answer.json(ACCEPTED, Json.object().put("eventId", eventId).put("state", "pending"));
            case NO_WEBHOOK -> new ApiError(CONFLICT, "no_webhook", "set a webhook before re-sending").answer();
            case NOT_FOUND -> ApiError.notFound("dead_letter_not_found", "no dead letter with event id " + eventId)
                    .answer();
        };
    }

    private static ObjectNode webhook(Webhooks.Webhook w) {
        return Json.object().put("url", w.url()).put("createdAt", time(w.createdAt()))
                .put("updatedAt", time(w.updatedAt())).put("pending", w.pending()).put("deadLetters", w.deadLetters());
    }

    private static Answer noWebhook() {
        return ApiError.notFound("no_webhook", "this office has no webhook").answer();
    }

    private static String text(JsonNode node) {
        return node == null || !node.isTextual() ? null : node.asText();
    }

    private static String time(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
