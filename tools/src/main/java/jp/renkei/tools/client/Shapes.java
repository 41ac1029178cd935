package jp.renkei.tools.client;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the API's JSON answers into the client's records. Lenient by design: unknown fields are ignored and missing
 * ones take empty values, so that a newer gateway does not break an older client.
 */
final class Shapes {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Shapes() {
    }

    static JsonNode tree(byte[] body) throws IOException {
        return MAPPER.readTree(body);
    }

    static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalStateException("unserialisable request body", e);
        }
    }

    static Document document(JsonNode n) {
        return new Document(text(n, "id"), n.path("cursor").asLong(), text(n, "setId"), text(n, "fileName"),
                text(n, "kind"), text(n, "csvVersion"), text(n, "month"), text(n, "sequence"), text(n, "sender"),
                text(n, "senderKind"), text(n, "recipient"), text(n, "recipientKind"), n.path("size").asLong(),
                text(n, "sha256"), DocumentState.of(text(n, "state")), time(n, "createdAt"),
                list(n.path("history"), Shapes::change), list(n.path("warnings"), Shapes::finding),
                n.path("contentPurged").asBoolean());
    }

    /** A single upload answers with the document, a set with {@code {"documents": [...]}}. */
    static List<Document> documents(JsonNode n) {
        return n.has("documents") ? list(n.path("documents"), Shapes::document) : List.of(document(n));
    }

    static DocumentPage page(JsonNode n, long after) {
        return new DocumentPage(list(n.path("documents"), Shapes::document), n.path("next").asLong(after));
    }

    static Office office(JsonNode n) {
        return new Office(text(n, "number"), text(n, "name"), list(n.path("kinds"), JsonNode::asText),
                text(n, "deliveryMode"), time(n, "registeredAt"));
    }

    static RemoteFinding finding(JsonNode n) {
        return new RemoteFinding(text(n, "rule"), text(n, "severity"), text(n, "file"), n.path("record").asInt(),
                n.path("line").asLong(), n.path("byteOffset").asLong(-1), n.path("item").asInt(), text(n, "name"),
                text(n, "message"), text(n, "messageJa"));
    }

    /** A batch report ({@code accepted}, {@code files}, {@code units}) or a single file's report. */
    static ValidationReport report(JsonNode n) {
        if (!n.has("files")) {
            ValidationReport.FileResult file = fileResult(n);
            return new ValidationReport(file.valid(), List.of(file), List.of());
        }
        return new ValidationReport(n.path("accepted").asBoolean(), list(n.path("files"), Shapes::fileResult),
                list(n.path("units"), Shapes::unitResult));
    }

    static Usage usage(JsonNode n, String month) {
        Map<String, Object> figures = MAPPER.convertValue(n, new TypeReference<Map<String, Object>>() { });
        return new Usage(n.has("month") ? n.path("month").asText() : month, figures);
    }

    static Event event(long id, String type, String data) throws IOException {
        JsonNode n = data.isEmpty() ? MAPPER.createObjectNode() : MAPPER.readTree(data);
        long eventId = id >= 0 ? id : n.path("id").asLong(-1);
        String eventType = type != null ? type : text(n, "type");
        return new Event(eventId, eventType, time(n, "time"), text(n, "documentId"), text(n, "fileName"), data);
    }

    static EventBatch eventBatch(JsonNode n, long after) throws IOException {
        List<Event> events = new ArrayList<>();
        for (JsonNode e : n.path("events")) {
            events.add(event(-1, null, MAPPER.writeValueAsString(e)));
        }
        return new EventBatch(events, n.path("next").asLong(after));
    }

    static ApiErrorException error(int status, byte[] body) {
        try {
            JsonNode n = MAPPER.readTree(body);
            if (n != null && n.has("error")) {
                return new ApiErrorException(status, text(n, "error"), text(n, "message"),
                        list(n.path("findings"), Shapes::finding));
            }
        } catch (IOException e) {
            // not JSON: described below
        }
        String text = new String(body, 0, Math.min(body.length, 200), java.nio.charset.StandardCharsets.UTF_8);
        return new ApiErrorException(status, "http_" + status, text.isBlank() ? "no error body" : text.strip(),
                List.of());
    }

    private static ValidationReport.FileResult fileResult(JsonNode n) {
        return new ValidationReport.FileResult(text(n, "file"), text(n, "kind"), text(n, "csvVersion"),
                n.path("records").asLong(), n.path("valid").asBoolean(), list(n.path("findings"), Shapes::finding),
                n.path("omitted").asLong());
    }

    private static ValidationReport.UnitResult unitResult(JsonNode n) {
        return new ValidationReport.UnitResult(text(n, "sequence"), list(n.path("files"), JsonNode::asText),
                list(n.path("findings"), Shapes::finding), n.path("accepted").asBoolean());
    }

    static Webhook webhook(JsonNode n) {
        return new Webhook(java.net.URI.create(text(n, "url")), time(n, "createdAt"), time(n, "updatedAt"),
                n.path("pending").asLong(), n.path("deadLetters").asLong());
    }

    static List<DeadLetter> deadLetters(JsonNode n) {
        return list(n.path("deadLetters"), d -> new DeadLetter(d.path("eventId").asLong(), text(d, "type"),
                d.path("attempts").asInt(), d.hasNonNull("lastStatus") ? d.get("lastStatus").asInt() : null,
                text(d, "lastError"), time(d, "lastAttemptAt"), time(d, "failedAt"), text(d, "payload")));
    }

    static Records records(JsonNode n) {
        List<Map<String, String>> rows = list(n.path("records"), r -> {
            Map<String, String> items = new java.util.LinkedHashMap<>();
            r.properties().forEach(e -> items.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
            return java.util.Collections.unmodifiableMap(items);
        });
        return new Records(text(n, "id"), text(n, "kind"), text(n, "csvVersion"), rows);
    }

    private static Document.Change change(JsonNode n) {
        return new Document.Change(DocumentState.of(text(n, "state")), time(n, "at"), text(n, "by"),
                text(n, "reason"));
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> item) {
        List<T> out = new ArrayList<>();
        array.forEach(n -> out.add(item.apply(n)));
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Instant time(JsonNode n, String field) {
        String v = text(n, field);
        try {
            return v == null ? null : Instant.parse(v);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
