package jp.renkei.gateway.metering;

import java.time.Instant;
import java.util.Map;

/**
 * Every figure of one office for one month, as {@code /v1/usage} and each row of {@code offices.csv} show it.
 *
 * @param role {@code care} (a 居宅介護支援 or 介護予防支援 office: kind 43 or 46) or {@code service}
 * @param firstLinkage when the office first sent or received an accepted document (any month), or null
 * @param kinds accepted documents by file kind
 * @param rejections refused uploads by rule id or outcome
 * @param software upload attempts by sending software (User-Agent)
 */
public record OfficeMonth(
        String office,
        String name,
        String role,
        String deliveryMode,
        Instant registeredAt,
        String month,
        Counts counts,
        Instant firstLinkage,
        Map<String, KindCount> kinds,
        Map<String, Long> rejections,
        Map<String, SoftwareCount> software,
        Latency toDownload,
        Latency toReceipt) {

    public OfficeMonth {
        kinds = Map.copyOf(kinds);
        rejections = Map.copyOf(rejections);
        software = Map.copyOf(software);
    }

    /** The counters of meter_office_months (all 0 for a month without activity). */
    public record Counts(long documentsSent, long documentsReceived, long bytesSent, long bytesReceived, long uploads,
            long rejected, long refused, long careUsers, long serviceUsers, long partners) {

        static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        public boolean active() {
            return documentsSent + documentsReceived > 0;
        }
    }

    /** Accepted documents of one kind that the office sent and received. */
    public record KindCount(long sent, long bytesSent, long received, long bytesReceived) {
    }

    public record SoftwareCount(long uploads, long rejected) {
    }

    /** The office saved this by its linked users of both roles (one of them is normally 0). */
    public Savings savings(MeteringConfig parameters) {
        return Savings.of(counts.careUsers(), deliveryMode, parameters)
                .plus(Savings.of(counts.serviceUsers(), deliveryMode, parameters));
    }

    public boolean fivePartners() {
        return counts.partners() >= 5;
    }

    /** The role from the office's service kinds: 居宅介護支援 (43) and 介護予防支援 (46) manage care. */
    static String role(String kinds) {
        String list = "," + kinds + ",";
        return list.contains(",43,") || list.contains(",46,") ? Rollups.CARE : Rollups.SERVICE;
    }
}
