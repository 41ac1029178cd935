package jp.renkei.protocol.validate;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.name.FileName;
import jp.renkei.protocol.name.NameForm;

/**
 * 第6表 rules for UPPLAN and UPJSK (spec §4.6): one month (MONTH-001…003), 日割対象日 and times (T6-002, T6-003),
 * the sender's own actuals (T6-004), the recipient's services in each planned user-month (T6-005), duplicates
 * (T6-006), and the service-code checks.
 */
final class SixthTableRules implements FileRules {

    private final FileContext ctx;
    private final MonthRule month;
    private final ServiceCodeChecks codes;
    private final int serviceMonth;
    private final int serviceDate;
    private final int dailyRate;
    private final int start;
    private final int end;
    private final int serviceCode;
    private final int office;
    private final int[] user;
    private final int[] identity;
    private final KeySet records = new KeySet();
    private final Map<Long, Position> withoutRecipient = new LinkedHashMap<>();
    private final KeySet withRecipient = new KeySet();
    /** Records of a user-month are usually adjacent: once one is the recipient's, the rest need no lookup. */
    private long lastOwnUserMonth;

    SixthTableRules(FileContext ctx) {
        this.ctx = ctx;
        this.month = new MonthRule(ctx, "serviceMonth");
        this.codes = new ServiceCodeChecks(ctx);
        Schema s = ctx.schema();
        this.serviceMonth = s.no("serviceMonth");
        this.serviceDate = s.no("serviceDate");
        this.dailyRate = s.no("dailyRateDays");
        this.start = s.no("startTime");
        this.end = s.no("endTime");
        this.serviceCode = s.no("serviceCode");
        this.office = s.no("serviceOfficeCode");
        this.user = s.nos("insurerNumber", "insuredNumber");
        this.identity = s.nos("serviceDate", "startTime", "serviceCode", "detailNo", "serviceOfficeCode",
                "satelliteNo");
    }

    @Override
    public void record(Row row) {
        month.record(row);
        codes.check(row, false);
        serviceDay(row);
        dailyRate(row);
        times(row);
        long userKey = KeySet.of(row, user);
        if (ctx.name() != null) {
            if (ctx.kind() == FileKind.UPJSK) {
                sender(row, ctx.name());
            } else {
                recipient(row, ctx.name(), KeySet.add(userKey, row.value(serviceMonth)));
            }
        }
        if (!records.add(KeySet.continued(userKey, row, identity))) {
            ctx.row(row, Rule.T6_006, "another record of this file has the same user, day, start time, service code, "
                    + "明細判別コード, office and satellite", "同じ利用者・利用日・開始時刻・サービスコード・明細判別コード・事業者・"
                    + "サテライトのレコードがファイル内に既にあります");
        }
    }

    @Override
    public void finish() {
        for (Position p : withoutRecipient.values()) {
            FileName n = ctx.name();
            String kind = n.form() == NameForm.V4 ? " of kind " + n.recipientKind() : "";
            String kindJa = n.form() == NameForm.V4 ? "（種類 " + n.recipientKind() + "）" : "";
            ctx.at(p, 0, Rule.T6_005, "this user-month has no service of the recipient office " + n.recipient() + kind,
                    "この利用者・対象年月に送信先の事業所 " + n.recipient() + kindJa + " のサービスがありません");
        }
    }

    /** MONTH-003: サービス利用日 inside 対象年月. */
    private void serviceDay(Row row) {
        String day = row.value(serviceDate);
        String m = row.value(serviceMonth);
        if (FormatCheck.date(day) && FormatCheck.month(m) && !day.startsWith(m)) {
            ctx.item(row, serviceDate, Rule.MONTH_003, "service day is outside the month " + m
                    + ctx.got(row, serviceDate),
                    "サービス利用日が対象年月 " + m + " の外です" + ctx.gotJa(row, serviceDate));
        }
    }

    /** T6-002: no 日割 day after the month's end, and not all zero. */
    private void dailyRate(Row row) {
        String days = row.value(dailyRate);
        if (!FormatCheck.days31(days)) {
            return;
        }
        if (days.indexOf('1') < 0) {
            ctx.item(row, dailyRate, Rule.T6_002, "all 31 days are 0; leave the item empty when no day is billed 日割",
                    "31日すべて 0 です（日割でない場合は空にすること）");
            return;
        }
        String m = row.value(serviceMonth);
        if (FormatCheck.month(m)) {
            int last = FormatCheck.daysInMonth(FormatCheck.number(m, 0, 4), FormatCheck.number(m, 4, 6));
            int late = days.indexOf('1', last);
            if (late >= 0) {
                ctx.item(row, dailyRate, Rule.T6_002, "day " + (late + 1) + " is marked 1 but month " + m + " has "
                        + last + " days", m + " は " + last + " 日までのところ " + (late + 1) + " 日目が 1 です");
            }
        }
    }

    /** T6-003: 9999 (no time) in both time fields or in neither. */
    private void times(Row row) {
        boolean s = "9999".equals(row.value(start));
        boolean e = "9999".equals(row.value(end));
        if (s != e) {
            int other = s ? end : start;
            ctx.item(row, other, Rule.T6_003, "only one of the start and end times is 9999 (no time); give both or "
                    + "neither", "開始・終了時刻の一方だけが 9999（時刻なし）です（両方またはどちらも記載しない）");
        }
    }

    /** T6-004: 実績 are the sending office's own. */
    private void sender(Row row, FileName n) {
        String o = row.value(office);
        if (!o.isEmpty() && !o.equals(n.sender())) {
            ctx.item(row, office, Rule.T6_004, "expected the sender's office number " + n.sender()
                    + ctx.got(row, office),
                    "送信元の事業所番号 " + n.sender() + " であること" + ctx.gotJa(row, office));
        }
        String code = row.value(serviceCode);
        if (n.form() == NameForm.V4 && code.length() == 6 && !code.startsWith(n.senderKind())) {
            String kind = code.substring(0, 2);
            ctx.item(row, serviceCode, Rule.T6_004, "service kind " + kind + " differs from the sender's kind "
                    + n.senderKind() + " in the file name", "サービス種類 " + kind + " がファイル名の送信元の種類 "
                    + n.senderKind() + " と異なります");
        }
    }

    /** Collects T6-005: whether each user-month of a 予定 has a service of the recipient. */
    private void recipient(Row row, FileName n, long key) {
        if (key == lastOwnUserMonth) {
            return;
        }
        boolean own = row.value(office).equals(n.recipient())
                && (n.form() != NameForm.V4 || row.value(serviceCode).startsWith(n.recipientKind()));
        if (own) {
            lastOwnUserMonth = key;
            withRecipient.add(key);
            withoutRecipient.remove(key);
        } else if (!withRecipient.contains(key)) {
            withoutRecipient.putIfAbsent(key, Position.of(row));
        }
    }
}
