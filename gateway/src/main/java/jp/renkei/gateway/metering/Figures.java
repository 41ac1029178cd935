package jp.renkei.gateway.metering;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;

/** The ministry's figures for one region (the nation or one prefecture) and month, summed from roll-up rows. */
final class Figures {

    private final long[] registered = new long[2];
    private final long[] active = new long[2];
    private final long[] users = new long[2];
    private final Map<String, Long> kinds = new TreeMap<>();
    private final Map<String, long[]> software = new TreeMap<>();
    private final Map<String, Long> rules = new TreeMap<>();
    private final Latency receipt = new Latency();
    private Savings savings = Savings.ZERO;
    private long documents;
    private long fivePartners;
    private long uploads;
    private long rejected;

    void registered(String role, long count) {
        registered[role.equals(Rollups.CARE) ? 0 : 1] += count;
    }

    /** The sums of one role and delivery mode. */
    void offices(String role, String mode, long activeCount, long careUsers, long serviceUsers,
            long fivePartnerCount, MeteringConfig p) {
        int i = role.equals(Rollups.CARE) ? 0 : 1;
        active[i] += activeCount;
        users[0] += careUsers;
        users[1] += serviceUsers;
        fivePartners += fivePartnerCount;
        savings = savings.plus(Savings.of(careUsers + serviceUsers, mode, p));
    }

    /** One row of meter_region_details. */
    void detail(String dimension, String item, long amount) {
        switch (dimension) {
            case "kind" -> kind(item, amount);
            case "uploads" -> software(item, amount, 0);
            case "rejected" -> software(item, 0, amount);
            case "rule" -> rules.merge(item, amount, Long::sum);
            case "receipt" -> receipt.add(Integer.parseInt(item), amount);
            default -> throw new IllegalStateException("unknown region dimension " + dimension);
        }
    }

    void kind(String kind, long count) {
        kinds.merge(kind, count, Long::sum);
        documents += count;
    }

    void software(String userAgent, long attempts, long refused) {
        long[] counts = software.computeIfAbsent(userAgent, k -> new long[2]);
        counts[0] += attempts;
        counts[1] += refused;
        uploads += attempts;
        rejected += refused;
    }

    ObjectNode json() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode node = f.objectNode();
        ObjectNode offices = node.putObject("offices");
        offices.putObject("registered").put("careManagement", registered[0]).put("service", registered[1]);
        offices.putObject("active").put("careManagement", active[0]).put("service", active[1]);
        offices.put("withFiveOrMorePartners", fivePartners);
        ObjectNode docs = node.putObject("documents").put("total", documents);
        ObjectNode byKind = docs.putObject("byKind");
        kinds.forEach(byKind::put);
        node.putObject("linkedUsers").put("careManagement", users[0]).put("service", users[1]);
        node.set("saved", MeteringJson.savings(savings));
        node.set("rejections", rejections());
        node.set("timeToReceipt", MeteringJson.latency(receipt));
        return node;
    }

    private ObjectNode rejections() {
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("uploads", uploads).put("rejected", rejected)
                .put("rate", rate(rejected, uploads));
        ArrayNode bySoftware = node.putArray("bySoftware");
        software.forEach((agent, c) -> bySoftware.addObject().put("userAgent", agent).put("uploads", c[0])
                .put("rejected", c[1]).put("rate", rate(c[1], c[0])));
        ArrayNode byRule = node.putArray("byRule");
        rules.forEach((rule, count) -> byRule.addObject().put("rule", rule).put("rejected", count)
                .put("rate", rate(count, uploads)));
        return node;
    }

    /** A share of upload attempts, to four decimals; 0 when there were none. */
    static double rate(long part, long whole) {
        return whole == 0 ? 0 : Math.round(part * 10_000.0 / whole) / 10_000.0;
    }
}
