package jp.renkei.gateway.metering;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters of the savings model ({@code shared/design/savings-model.md}), checked in full at construction.
 * Every figure the API shows is scaled from these, and the values in use are returned beside it.
 *
 * @param referenceUsers users (利用者) of the typical office the ministry's estimate describes
 * @param hoursBefore staff hours per office-month spent sharing 提供票 on paper or FAX
 * @param hoursAfter the same with data linkage
 * @param travelMinutesCar travel minutes per office-month saved by an office that delivered by car
 * @param travelMinutesTransit the same for an office that delivered by public transport
 * @param yenPerMonth total cost saved per office-month
 * @param labourYenPerMonth the labour part of {@code yenPerMonth}
 */
public record MeteringConfig(
        double referenceUsers,
        double hoursBefore,
        double hoursAfter,
        double travelMinutesCar,
        double travelMinutesTransit,
        double yenPerMonth,
        double labourYenPerMonth) {

    public MeteringConfig {
        List<String> problems = new ArrayList<>();
        if (!(referenceUsers > 0)) {
            problems.add("referenceUsers must be positive");
        }
        nonNegative(problems, "hoursBefore", hoursBefore);
        nonNegative(problems, "hoursAfter", hoursAfter);
        nonNegative(problems, "travelMinutesCar", travelMinutesCar);
        nonNegative(problems, "travelMinutesTransit", travelMinutesTransit);
        nonNegative(problems, "yenPerMonth", yenPerMonth);
        nonNegative(problems, "labourYenPerMonth", labourYenPerMonth);
        if (hoursAfter > hoursBefore) {
            problems.add("hoursAfter must not exceed hoursBefore");
        }
        if (labourYenPerMonth > yenPerMonth) {
            problems.add("labourYenPerMonth must not exceed yenPerMonth");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid metering configuration: " + String.join("; ", problems));
        }
    }

    /** The ministry's figures: 89 users, 52.4 h → 18.1 h, 265 / 77.5 travel minutes, 68,368 yen (62,000 labour). */
    public static MeteringConfig defaults() {
        return new MeteringConfig(89, 52.4, 18.1, 265, 77.5, 68_368, 62_000);
    }

    /** Travel minutes per office-month for a delivery mode: {@code car}, {@code transit}, else 0. */
    public double travelMinutes(String deliveryMode) {
        return switch (deliveryMode == null ? "none" : deliveryMode) {
            case "car" -> travelMinutesCar;
            case "transit" -> travelMinutesTransit;
            default -> 0;
        };
    }

    /** The parameters by their documented names, in the model's order (returned with every figure). */
    public Map<String, Double> asMap() {
        Map<String, Double> map = new LinkedHashMap<>();
        map.put("referenceUsers", referenceUsers);
        map.put("hoursBefore", hoursBefore);
        map.put("hoursAfter", hoursAfter);
        map.put("travelMinutesCar", travelMinutesCar);
        map.put("travelMinutesTransit", travelMinutesTransit);
        map.put("yenPerMonth", yenPerMonth);
        map.put("labourYenPerMonth", labourYenPerMonth);
        return map;
    }

    private static void nonNegative(List<String> problems, String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            problems.add(name + " must be a finite number >= 0");
        }
    }
}
