package jp.renkei.gateway.metering;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeMap;

/** The JSON shapes of the metering API (documented in {@code openapi.json} and {@code docs/metering.md}). */
public final class MeteringJson {

    /** Said beside every savings figure. */
    public static final String ESTIMATE_NOTE = "Savings are estimates: the ministry's figures for a typical office"
            + " (52.4 h -> 18.1 h of staff time, travel, 68,368 yen per month for 89 users) scaled to the users"
            + " actually linked through Renkei. They are not measurements.";

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private MeteringJson() {
    }

    /** {@code GET /v1/usage}: one office's own figures. */
    public static ObjectNode usage(OfficeMonth o, MeteringConfig p) {
        ObjectNode node = F.objectNode().put("office", o.office()).put("month", o.month()).put("role", o.role())
                .put("deliveryMode", o.deliveryMode());
        OfficeMonth.Counts c = o.counts();
        ObjectNode documents = node.putObject("documents").put("sent", c.documentsSent())
                .put("received", c.documentsReceived()).put("bytesSent", c.bytesSent())
                .put("bytesReceived", c.bytesReceived()).put("refusedByRecipients", c.refused());
        ObjectNode byKind = documents.putObject("byKind");
        new TreeMap<>(o.kinds()).forEach((kind, k) -> byKind.putObject(kind).put("sent", k.sent())
                .put("received", k.received()).put("bytesSent", k.bytesSent()).put("bytesReceived", k.bytesReceived()));
        node.set("uploads", uploads(o));
        node.putObject("linkedUsers").put("careManagement", c.careUsers()).put("service", c.serviceUsers());
        node.putObject("partners").put("count", c.partners()).put("fiveOrMore", o.fivePartners());
        node.put("firstLinkage", o.firstLinkage() == null ? null
                : DateTimeFormatter.ISO_LOCAL_DATE.withZone(Rollups.ZONE).format(o.firstLinkage()));
        ObjectNode times = node.putObject("times");
        times.set("uploadToDownload", latency(o.toDownload()));
        times.set("uploadToReceipt", latency(o.toReceipt()));
        node.set("saved", savings(o.savings(p)));
        return withModel(withBasis(node), p);
    }

    private static ObjectNode uploads(OfficeMonth o) {
        ObjectNode node = F.objectNode().put("attempts", o.counts().uploads()).put("rejected", o.counts().rejected());
        ObjectNode byRule = node.putObject("rejectedByRule");
        new TreeMap<>(o.rejections()).forEach(byRule::put);
        ArrayNode bySoftware = node.putArray("bySoftware");
        new TreeMap<>(o.software()).forEach((agent, s) -> bySoftware.addObject().put("userAgent", agent)
                .put("uploads", s.uploads()).put("rejected", s.rejected()));
        return node;
    }

    /** Hours and minutes to one decimal, yen to the yen. */
    static ObjectNode savings(Savings s) {
        return F.objectNode().put("hours", s.shownHours()).put("travelMinutes", s.shownTravelMinutes())
                .put("yen", s.shownYen()).put("labourYen", s.shownLabourYen());
    }

    /** Count, median and 90th percentile in seconds (null when no sample), from the histogram. */
    static ObjectNode latency(Latency l) {
        return F.objectNode().put("count", l.count()).put("medianSeconds", round(l.median()))
                .put("p90Seconds", round(l.p90()));
    }

    /** Says which month each figure counts: activity figures and user figures use different months. */
    static ObjectNode withBasis(ObjectNode node) {
        node.putObject("basis").put("documents", "uploads made in the month (Japan time); partners, uploads and"
                + " elapsed times too").put("linkedUsers", "users of 予定 (UPPLAN) and 実績 (UPJSK) files whose file"
                + " name carries the month as its service month; savings are scaled from these");
        return node;
    }

    /** Adds the estimate note and the model parameters in use. */
    static ObjectNode withModel(ObjectNode node, MeteringConfig p) {
        node.put("estimate", true).put("note", ESTIMATE_NOTE);
        ObjectNode parameters = node.putObject("parameters");
        for (Map.Entry<String, Double> e : p.asMap().entrySet()) {
            parameters.put(e.getKey(), e.getValue());
        }
        return node;
    }

    private static Double round(Double seconds) {
        return seconds == null ? null : Math.round(seconds * 10) / 10.0;
    }
}
