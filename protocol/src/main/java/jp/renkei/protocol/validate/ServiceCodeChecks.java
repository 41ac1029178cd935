package jp.renkei.protocol.validate;

import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.layout.Format;
import jp.renkei.protocol.layout.ServiceKinds.Membership;

/**
 * Checks on the サービスコード of 第6表 and 第7表 rows: its kind against the lists of spec §5.10 (CODE-002/003) and
 * the 福祉用具 items (EQP-001, 002, 003, 005; EQP-004 is an item check). EQP rules are v4-only, except the
 * 明細判別コード part of EQP-003, which v3 第6表 has too. Invalid service codes are left to ITEM-001/003.
 */
final class ServiceCodeChecks {

    private static final String GRAND_TOTAL = "999999";
    private static final int KIND_CHARS = 36;

    private final FileContext ctx;
    private final int serviceCode;
    private final int tais;
    private final int notification;
    private final int equipmentName;
    private final int detailNo;
    private final int[] equipmentItems;
    private final Membership[] memberships = new Membership[KIND_CHARS * KIND_CHARS];

    ServiceCodeChecks(FileContext ctx) {
        this.ctx = ctx;
        Schema s = ctx.schema();
        this.serviceCode = s.no("serviceCode");
        this.tais = s.no("taisCode");
        this.notification = s.no("equipmentNotificationCode");
        this.equipmentName = s.no("equipmentName");
        this.detailNo = ctx.kind() == FileKind.UPSIKYU ? 0 : s.no("detailNo");
        this.equipmentItems = ctx.v4() ? new int[] {tais, notification, equipmentName, detailNo} : new int[] {detailNo};
    }

    /** {@code special}: a 第7表 subtotal or grand-total row (§4.9.2), not a detail row. */
    void check(Row row, boolean special) {
        String code = row.value(serviceCode);
        if (!FormatCheck.fits(Format.SVC, code, false)) {
            return;
        }
        if (!GRAND_TOTAL.equals(code)) {
            serviceKind(row, code);
        }
        boolean equipment = (code.charAt(0) == '1' || code.charAt(0) == '6') && code.charAt(1) == '7';
        String kind = equipment ? code.substring(0, 2) : null;
        if (equipment && !special && ctx.v4() && !row.filled(tais) && !row.filled(notification)) {
            boolean rental = code.startsWith(kind + "10");
            ctx.row(row, rental ? Rule.EQP_001 : Rule.EQP_005, "service code " + code + (rental
                    ? " is a rental item: TAISコード or 福祉用具届出コード is required"
                    : " of kind " + kind + " has neither TAISコード nor 福祉用具届出コード"), "サービスコード " + code
                    + (rental ? " は福祉用具の貸与品目のため TAISコード または 福祉用具届出コード が必要です"
                    : " に TAISコード・福祉用具届出コード のいずれもありません"));
        }
        if (ctx.v4() && row.filled(tais) && row.filled(notification)) {
            ctx.item(row, notification, Rule.EQP_002, "both TAISコード and 福祉用具届出コード are set; give one",
                    "TAISコード と 福祉用具届出コード の両方があります（いずれか一方）");
        }
        if (!equipment) {
            misplaced(row, code);
        }
    }

    /** CODE-002/003 on the kind part of a valid service code; memberships are cached per kind code. */
    private void serviceKind(Row row, String code) {
        int slot = kindIndex(code.charAt(0)) * KIND_CHARS + kindIndex(code.charAt(1));
        Membership m = memberships[slot];
        if (m == null) {
            m = ctx.serviceKinds().membership(code.substring(0, 2));
            memberships[slot] = m;
        }
        if (m == Membership.TARGET) {
            return;
        }
        String kind = code.substring(0, 2);
        if (m == Membership.NON_TARGET) {
            ctx.item(row, serviceCode, Rule.CODE_002, "service kind " + kind + " is outside the linkage list "
                    + "(対象外): such services are not sent", "サービス種類 " + kind + " は連携対象外です（レコードを送らない種類）");
        } else if (m == Membership.UNLISTED) {
            ctx.item(row, serviceCode, Rule.CODE_003, "service kind " + kind + " is in neither the linkage list nor "
                    + "the non-target list", "サービス種類 " + kind + " は連携対象・対象外のどちらの一覧にもありません");
        }
    }

    /** EQP-003: equipment items on a record whose kind is not 17/67. */
    private void misplaced(Row row, String code) {
        for (int no : equipmentItems) {
            if (row.filled(no)) {
                ctx.item(row, no, Rule.EQP_003, "set on service code " + code + ", whose kind is not 17 or 67 "
                        + "(福祉用具貸与)", "福祉用具貸与（種類 17・67）ではないサービスコード " + code + " のレコードに記載があります");
            }
        }
    }

    /** 0-9 then A-Z: the characters of a valid kind code. */
    private static int kindIndex(char c) {
        return c <= '9' ? c - '0' : c - 'A' + 10;
    }
}
