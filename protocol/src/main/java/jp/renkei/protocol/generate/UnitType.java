package jp.renkei.protocol.generate;

/** The unit types of spec §7.2 that the generator makes. */
public enum UnitType {
    /** U1 計画書: UP1KYO, UP2KYO, UP3KYO (v4), UPHOSOKU with MONTH 000000. */
    PLAN,
    /** U2 利用票: UPPLAN, UPSIKYU, UPHOSOKU of one month. */
    SERVICE_USE,
    /** U3: DLT1KYO alone. */
    PLAN_DELETION,
    /** U4: DLTPLAN alone. */
    SERVICE_USE_DELETION,
    /** U5: UPJSK alone, from the service office back to the 居宅. */
    ACTUALS,
    /** U6: DLTJSK alone. */
    ACTUALS_DELETION
}
