package jp.renkei.gateway.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import jp.renkei.protocol.validate.Finding;
import jp.renkei.protocol.validate.Rule;

/** Findings kept with a document, as a JSON array in its row; the rule is stored by its spec id. */
final class FindingsJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FindingsJson() {
    }

    static String write(List<Finding> findings) {
        ArrayNode array = JSON.createArrayNode();
        for (Finding f : findings) {
            ObjectNode o = array.addObject();
            o.put("rule", f.rule().id());
            o.put("file", f.file());
            o.put("record", f.record());
            o.put("line", f.line());
            o.put("byteOffset", f.byteOffset());
            o.put("item", f.item());
            o.put("itemName", f.itemName());
            o.put("message", f.message());
            o.put("messageJa", f.messageJa());
        }
        try {
            return JSON.writeValueAsString(array);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }

    static List<Finding> read(String json) {
        try {
            List<Finding> findings = new ArrayList<>();
            for (JsonNode o : JSON.readTree(json)) {
                Rule.byId(o.path("rule").asText()).ifPresent(rule -> findings.add(finding(rule, o)));
            }
            return findings;
        } catch (JsonProcessingException e) {
            throw new StoreException("stored findings are not JSON: " + e.getMessage(), e);
        }
    }

    private static Finding finding(Rule rule, JsonNode o) {
        return new Finding(rule, text(o, "file"), o.path("record").asInt(), o.path("line").asLong(),
                o.path("byteOffset").asLong(), o.path("item").asInt(), text(o, "itemName"), text(o, "message"),
                text(o, "messageJa"));
    }

    private static String text(JsonNode o, String field) {
        JsonNode n = o.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }
}
