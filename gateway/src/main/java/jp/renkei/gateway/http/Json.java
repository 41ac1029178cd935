package jp.renkei.gateway.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import jp.renkei.gateway.mailbox.Document;
import jp.renkei.gateway.mailbox.Office;
import jp.renkei.protocol.validate.BatchReport;
import jp.renkei.protocol.validate.FileReport;
import jp.renkei.protocol.validate.Finding;
import jp.renkei.protocol.validate.UnitReport;

/** The JSON shapes of the API (documented in {@code openapi.json}): explicit, so renaming a field is a visible act. */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unserialisable answer", e);
        }
    }

    /** Parses a JSON object body; a body that is not one is the client's error. */
    static ObjectNode parseObject(byte[] body) throws BadRequestException {
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node instanceof ObjectNode object) {
                return object;
            }
        } catch (IOException e) {
            // answered below
        }
        throw new BadRequestException("invalid_json", "the body must be a JSON object");
    }

    static ObjectNode finding(Finding f) {
        ObjectNode node = object().put("rule", f.rule().id()).put("severity", f.severity().name())
                .put("file", f.file()).put("record", f.record()).put("line", f.line());
        if (f.byteOffset() >= 0) {
            node.put("byteOffset", f.byteOffset());
        }
        return node.put("item", f.item()).put("name", f.itemName()).put("message", f.message())
                .put("messageJa", f.messageJa());
    }

    static ObjectNode document(Document d) {
        ObjectNode node = object().put("id", d.id()).put("cursor", d.cursor()).put("setId", d.setId())
                .put("fileName", d.fileName()).put("kind", d.kind()).put("csvVersion", d.csvVersion())
                .put("month", d.month()).put("sequence", d.sequence()).put("sender", d.sender())
                .put("senderKind", d.senderKind()).put("recipient", d.recipient())
                .put("recipientKind", d.recipientKind()).put("size", d.size()).put("sha256", d.sha256())
                .put("state", d.state().name()).put("createdAt", time(d.createdAt()))
                .put("contentPurged", d.contentPurged());
        ArrayNode history = node.putArray("history");
        d.history().forEach(h -> history.add(object().put("state", h.state().name()).put("at", time(h.at()))
                .put("by", h.by()).put("reason", h.reason())));
        ArrayNode warnings = node.putArray("warnings");
        d.warnings().forEach(w -> warnings.add(finding(w)));
        return node;
    }

    static ObjectNode office(Office o) {
        ObjectNode node = object().put("number", o.number()).put("name", o.name());
        ArrayNode kinds = node.putArray("kinds");
        o.kinds().forEach(kinds::add);
        return node.put("deliveryMode", o.deliveryMode()).put("registeredAt", time(o.registeredAt()));
    }

    static ObjectNode fileReport(FileReport r) {
        ObjectNode node = object().put("file", r.file()).put("kind", r.kind() == null ? null : r.kind().name())
                .put("csvVersion", r.csvVersion()).put("records", r.records()).put("valid", r.valid())
                .put("omitted", r.omitted());
        ArrayNode findings = node.putArray("findings");
        r.findings().forEach(f -> findings.add(finding(f)));
        return node;
    }

    static ObjectNode batchReport(BatchReport r) {
        ObjectNode node = object().put("accepted", r.accepted());
        ArrayNode files = node.putArray("files");
        r.files().forEach(f -> files.add(fileReport(f)));
        ArrayNode units = node.putArray("units");
        r.units().forEach(u -> units.add(unitReport(u)));
        return node;
    }

    private static ObjectNode unitReport(UnitReport u) {
        ObjectNode node = object().put("accepted", u.accepted())
                .put("sequence", u.address() == null ? null : u.address().sequence());
        ArrayNode files = node.putArray("files");
        u.files().forEach(files::add);
        ArrayNode findings = node.putArray("findings");
        u.findings().forEach(f -> findings.add(finding(f)));
        return node;
    }

    private static String time(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
