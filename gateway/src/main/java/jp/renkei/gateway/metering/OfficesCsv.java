package jp.renkei.gateway.metering;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.renkei.gateway.store.Transactions;
import jp.renkei.protocol.FileKind;

/**
 * {@code offices.csv}: one row per office registered before the month's end or with figures in the month, in
 * office-number order, as UTF-8 with
 * a byte-order mark (so Excel reads the Japanese names) and CRLF line ends. Produced a page at a time, each page in
 * its own short read transaction, so memory stays bounded whatever the number of offices. Not thread-safe: one
 * export, one caller at a time.
 */
public final class OfficesCsv {

    /** The columns, in order (documented in {@code docs/metering.md}); then sent_KIND and received_KIND per kind. */
    public static final List<String> FIXED_COLUMNS = List.of("office", "name", "prefecture", "role",
            "delivery_mode", "registered_on", "active", "documents_sent", "documents_received", "bytes_sent",
            "bytes_received", "uploads", "rejected_uploads", "refused_by_recipients", "linked_users_care",
            "linked_users_service", "partners", "five_or_more_partners", "first_linkage", "downloads",
            "download_median_s", "download_p90_s", "receipts", "receipt_median_s", "receipt_p90_s", "hours_saved",
            "travel_minutes_saved", "yen_saved", "labour_yen_saved");
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(Rollups.ZONE);

    private final Transactions store;
    private final String month;
    private final Instant monthEnd;
    private final MeteringConfig parameters;
    private final int pageSize;
    private String after = "";
    private boolean started;
    private boolean finished;

    OfficesCsv(Transactions store, String month, Instant monthEnd, MeteringConfig parameters, int pageSize) {
        this.store = store;
        this.month = month;
        this.monthEnd = monthEnd;
        this.parameters = parameters;
        this.pageSize = pageSize;
    }

    /** Every column name, in order. */
    public static List<String> columns() {
        List<String> all = new ArrayList<>(FIXED_COLUMNS);
        Arrays.stream(FileKind.values()).forEach(k -> all.add("sent_" + k.prefix()));
        Arrays.stream(FileKind.values()).forEach(k -> all.add("received_" + k.prefix()));
        return all;
    }

    /** The next chunk (the first holds the BOM and the header), or null when the export is complete. Blocks. */
    public byte[] next() {
        if (finished) {
            return null;
        }
        boolean first = !started;
        started = true;
        StringBuilder text = new StringBuilder();
        if (first) {
            line(text, columns());
        }
        List<OfficeMonth> page = store.read(c -> OfficeMonthRows.page(c, month, monthEnd, after, pageSize));
        page.forEach(o -> line(text, row(o)));
        if (page.size() < pageSize) {
            finished = true;
        } else {
            after = page.get(page.size() - 1).office();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() * 3 / 2 + BOM.length);
        if (first) {
            out.writeBytes(BOM);
        }
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private List<String> row(OfficeMonth o) {
        OfficeMonth.Counts c = o.counts();
        Savings s = o.savings(parameters);
        List<String> row = new ArrayList<>(List.of(o.office(), o.name(), o.office().substring(0, 2), o.role(),
                o.deliveryMode(), DATE.format(o.registeredAt()), flag(c.active()), n(c.documentsSent()),
                n(c.documentsReceived()), n(c.bytesSent()), n(c.bytesReceived()), n(c.uploads()), n(c.rejected()),
                n(c.refused()), n(c.careUsers()), n(c.serviceUsers()), n(c.partners()), flag(o.fivePartners()),
                o.firstLinkage() == null ? "" : DATE.format(o.firstLinkage())));
        latency(row, o.toDownload());
        latency(row, o.toReceipt());
        row.addAll(List.of(s.shownHours().toPlainString(), s.shownTravelMinutes().toPlainString(),
                s.shownYen().toPlainString(), s.shownLabourYen().toPlainString()));
        for (FileKind k : FileKind.values()) {
            row.add(n(o.kinds().containsKey(k.prefix()) ? o.kinds().get(k.prefix()).sent() : 0));
        }
        for (FileKind k : FileKind.values()) {
            row.add(n(o.kinds().containsKey(k.prefix()) ? o.kinds().get(k.prefix()).received() : 0));
        }
        return row;
    }

    private static void latency(List<String> row, Latency l) {
        row.add(n(l.count()));
        row.add(l.median() == null ? "" : String.valueOf(Math.round(l.median() * 10) / 10.0));
        row.add(l.p90() == null ? "" : String.valueOf(Math.round(l.p90() * 10) / 10.0));
    }

    private static void line(StringBuilder text, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            text.append(i == 0 ? "" : ",").append(field(fields.get(i)));
        }
        text.append("\r\n");
    }

    /**
     * Quotes a field that holds a comma, quote or line break (RFC 4180); a text that Excel would take for a formula
     * (starting with = + - @) is prefixed with an apostrophe so that opening the file never runs one.
     */
    static String field(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
        return quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    private static String n(long value) {
        return Long.toString(value);
    }

    private static String flag(boolean value) {
        return value ? "1" : "0";
    }
}
