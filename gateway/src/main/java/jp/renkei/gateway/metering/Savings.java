package jp.renkei.gateway.metering;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Savings scaled from the ministry's estimate (savings-model.md): each figure is the per-office-month figure times
 * {@code users / referenceUsers}. Sums over offices stay exact (doubles) and are rounded only when shown: hours and
 * minutes to one decimal, yen to the yen.
 *
 * @param hours staff hours saved
 * @param travelMinutes travel minutes saved (0 unless the office delivered by car or public transport)
 * @param yen total cost saved
 * @param labourYen the labour part of {@code yen}
 */
public record Savings(double hours, double travelMinutes, double yen, double labourYen) {

    public static final Savings ZERO = new Savings(0, 0, 0, 0);

    /** What {@code users} linked users saved an office whose delivery mode is {@code deliveryMode}. */
    public static Savings of(long users, String deliveryMode, MeteringConfig p) {
        double share = users / p.referenceUsers();
        return new Savings((p.hoursBefore() - p.hoursAfter()) * share, p.travelMinutes(deliveryMode) * share,
                p.yenPerMonth() * share, p.labourYenPerMonth() * share);
    }

    public Savings plus(Savings other) {
        return new Savings(hours + other.hours, travelMinutes + other.travelMinutes, yen + other.yen,
                labourYen + other.labourYen);
    }

    /** Hours as shown: one decimal, half up (34.3 for the reference office). */
    public BigDecimal shownHours() {
        return round(hours, 1);
    }

    public BigDecimal shownTravelMinutes() {
        return round(travelMinutes, 1);
    }

    public BigDecimal shownYen() {
        return round(yen, 0);
    }

    public BigDecimal shownLabourYen() {
        return round(labourYen, 0);
    }

    private static BigDecimal round(double value, int scale) {
        // through the shortest decimal string, so 34.29999999999999 (52.4 - 18.1) rounds as 34.3
        return new BigDecimal(Double.toString(value)).setScale(scale, RoundingMode.HALF_UP);
    }
}
