package jp.renkei.protocol.validate;

import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.name.FileName;

/** The unit types of spec §7.2, as far as a file's kind (and, for UPHOSOKU, its MONTH) decides them. */
enum UnitType {
    PLAN("U1 計画書"),
    SERVICE_USE("U2 利用票"),
    ACTUALS("U5 実績"),
    BASIC_INFO("U7 利用者基本情報"),
    PREVENTIVE_PLAN("U8 支援計画書"),
    DELETION("U3/U4/U6/U9/U10 削除");

    private final String label;

    UnitType(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    static UnitType of(FileKind kind, FileName name) {
        return switch (kind) {
            case UP1KYO, UP2KYO, UP3KYO -> PLAN;
            case UPHOSOKU -> name != null && UnitCheck.PLAN_SET_MONTH.equals(name.month()) ? PLAN : SERVICE_USE;
            case UPPLAN, UPSIKYU -> SERVICE_USE;
            case UPJSK -> ACTUALS;
            case UPKIHON, UPKIHON_SUB1, UPKIHON_SUB2, UPKIHON_IMAGE -> BASIC_INFO;
            case UPYOBO, UPYOBO_SUB -> PREVENTIVE_PLAN;
            case DLT1KYO, DLTPLAN, DLTJSK, DLTKIHON, DLTYOBO -> DELETION;
        };
    }
}
