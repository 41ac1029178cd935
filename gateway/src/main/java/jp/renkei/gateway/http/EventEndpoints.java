package jp.renkei.gateway.http;

import static io.netty.handler.codec.http.HttpResponseStatus.OK;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import java.time.Duration;
import java.util.List;
import jp.renkei.gateway.notify.Notifications;
import jp.renkei.gateway.store.Event;
import jp.renkei.gateway.store.Store;

/**
 * {@code GET /v1/events}: the office's events after a point, as a Server-Sent Event stream or, with {@code Accept:
 * application/json}, as one long-polled batch. The point is {@code Last-Event-ID} (sent by reconnecting SSE clients)
 * or else {@code ?after=}; 0 (the default) means from the first event.
 */
final class EventEndpoints {

    static final int DEFAULT_WAIT_SECONDS = 25;
    static final int MAX_WAIT_SECONDS = 60;

    private final Store store;
    private final Notifications notifications;

    EventEndpoints(Store store, Notifications notifications) {
        this.store = store;
        this.notifications = notifications;
    }

    void addTo(Routes routes) {
        routes.add(HttpMethod.GET, "/v1/events", Routes.OFFICE, this::events);
    }

    private Answer events(Request request) throws BadRequestException {
        String office = request.caller().name();
        long after = after(request);
        if (!wantsJson(request)) {
            return Answer.takeover((channel, reply) -> notifications.stream(channel, office, after));
        }
        int limit = (int) request.queryNumber("limit", MailboxEndpoints.DEFAULT_LIMIT, 1,
                MailboxEndpoints.MAX_LIMIT);
        long wait = request.queryNumber("wait", DEFAULT_WAIT_SECONDS, 0, MAX_WAIT_SECONDS);
        List<Event> now = store.events(office, after, limit);
        if (!now.isEmpty() || wait == 0) {
            return batch(now, after);
        }
        return Answer.takeover((channel, reply) -> notifications.poll(channel, office, after, limit,
                Duration.ofSeconds(wait), events -> reply.accept(batch(events, after))));
    }

    /**
     * {@code {"events": [...], "next": ID}}: {@code next} is the {@code after} of the following poll. The events are
     * the outbox payloads verbatim (already JSON), as on the stream and in webhook calls.
     */
    static Answer batch(List<Event> events, long after) {
        StringBuilder body = new StringBuilder("{\"events\":[");
        for (int i = 0; i < events.size(); i++) {
            body.append(i == 0 ? "" : ",").append(events.get(i).payload());
        }
        long next = events.isEmpty() ? after : events.get(events.size() - 1).id();
        body.append("],\"next\":").append(next).append('}');
        return Answer.text(OK, Answer.JSON, body.toString());
    }

    private static long after(Request request) throws BadRequestException {
        String lastEventId = request.headers().get("Last-Event-ID");
        if (lastEventId != null && !lastEventId.isBlank()) {
            try {
                long id = Long.parseLong(lastEventId.strip());
                if (id >= 0) {
                    return id;
                }
            } catch (NumberFormatException e) {
                // answered below
            }
            throw new BadRequestException("invalid_parameter", "Last-Event-ID must be an event id (an integer >= 0)");
        }
        return request.queryNumber("after", 0, 0, Long.MAX_VALUE);
    }


    private static boolean wantsJson(Request request) {
        String accept = request.headers().get(HttpHeaderNames.ACCEPT);
        return accept != null && accept.contains("application/json") && !accept.contains("text/event-stream");
    }
}
