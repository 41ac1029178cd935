package jp.renkei.protocol.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The entries of one plan key, sorted into what the grid can draw and what only the notes can list (spec §4.5.1).
 *
 * @param createdOn 週間サービス計画表作成年月日 (No.4) of the plan's first record
 * @param services complete W groups with a valid 曜日 and times, exact duplicates removed
 * @param activities complete A groups with valid times, exact duplicates removed
 * @param nonWeekly No.13 of every record, in record order, exact duplicates removed
 * @param unplaced incomplete groups (T3-002) and groups with an invalid 曜日 or time
 */
record Entries(PlanKey key, String createdOn, List<Service> services, List<Activity> activities,
        List<String> nonWeekly, List<Unplaced> unplaced) {

    /** UP3KYO items (spec §4.5). */
    static final int ITEMS = 13;

    private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3])[0-5][0-9]");
    private static final Pattern DAY = Pattern.compile("[1-7]");
    private static final int END_OF_DAY = 1440;

    /** A weekly service (shape W); {@code end < start} crosses midnight. {@code record} is 1-based. */
    record Service(int record, int day, int start, int end, String text) {
    }

    /** A daily activity (shape A); {@code end < start} crosses midnight. */
    record Activity(int record, int start, int end, String text) {
    }

    /** A group that cannot be placed: the raw No.6–13 and why. */
    record Unplaced(int record, List<String> raw, String reason) {
    }

    /** The rows grouped by plan key in order of first appearance; short rows read as if padded with empties. */
    static List<Entries> byPlan(List<List<String>> rows) {
        Map<PlanKey, List<Integer>> plans = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            plans.computeIfAbsent(new PlanKey(item(row, 2), item(row, 3), item(row, 5)), k -> new ArrayList<>())
                    .add(i);
        }
        List<Entries> result = new ArrayList<>();
        plans.forEach((key, indexes) -> result.add(of(key, rows, indexes)));
        return result;
    }

    private static Entries of(PlanKey key, List<List<String>> rows, List<Integer> indexes) {
        List<Service> services = new ArrayList<>();
        List<Activity> activities = new ArrayList<>();
        Set<String> nonWeekly = new LinkedHashSet<>();
        List<Unplaced> unplaced = new ArrayList<>();
        Set<String> seenServices = new LinkedHashSet<>();
        Set<String> seenActivities = new LinkedHashSet<>();
        for (int index : indexes) {
            List<String> row = rows.get(index);
            int record = index + 1;
            Group.service(row).ifPresentOrElse(reason -> unplaced.add(unplaced(record, row, reason)),
                    () -> addService(services, seenServices, record, row));
            Group.activity(row).ifPresentOrElse(reason -> unplaced.add(unplaced(record, row, reason)),
                    () -> addActivity(activities, seenActivities, record, row));
            if (!item(row, 13).isEmpty()) {
                nonWeekly.add(item(row, 13));
            }
        }
        return new Entries(key, item(rows.get(indexes.get(0)), 4).trim(), List.copyOf(services),
                List.copyOf(activities), List.copyOf(nonWeekly), List.copyOf(unplaced));
    }

    private static void addService(List<Service> services, Set<String> seen, int record, List<String> row) {
        if (item(row, 6).isEmpty()) {
            return;
        }
        Service service = new Service(record, Integer.parseInt(code(row, 7)), start(code(row, 8)),
                end(code(row, 8), code(row, 9)), item(row, 6));
        if (seen.add(service.day() + "/" + service.start() + "/" + service.end() + "/" + service.text())) {
            services.add(service);
        }
    }

    private static void addActivity(List<Activity> activities, Set<String> seen, int record, List<String> row) {
        if (item(row, 10).isEmpty()) {
            return;
        }
        Activity activity = new Activity(record, start(code(row, 11)), end(code(row, 11), code(row, 12)),
                item(row, 10));
        if (seen.add(activity.start() + "/" + activity.end() + "/" + activity.text())) {
            activities.add(activity);
        }
    }

    private static Unplaced unplaced(int record, List<String> row, String reason) {
        List<String> raw = new ArrayList<>();
        for (int no = 6; no <= ITEMS; no++) {
            raw.add(item(row, no));
        }
        return new Unplaced(record, raw, reason);
    }

    /** The value of 1-based item {@code no}, empty when the row is short. */
    static String item(List<String> row, int no) {
        String value = no <= row.size() ? row.get(no - 1) : null;
        return value == null ? "" : value;
    }

    /** A code item: surrounding spaces are not part of the value (spec §3.2, ITEM-005). */
    static String code(List<String> row, int no) {
        return item(row, no).trim();
    }

    private static int start(String hhmm) {
        return Integer.parseInt(hhmm.substring(0, 2)) * 60 + Integer.parseInt(hhmm.substring(2));
    }

    /** {@code 2400} and, after a later start, {@code 0000} both mean the end of the day, not a second segment. */
    private static int end(String startHhmm, String endHhmm) {
        if (endHhmm.equals("2400") || endHhmm.equals("0000") && !startHhmm.equals("0000")) {
            return END_OF_DAY;
        }
        return start(endHhmm);
    }

    /** Checks of one group of a record; each answers the reason it cannot be placed, or empty when it can. */
    private static final class Group {

        private Group() {
        }

        static Optional<String> service(List<String> row) {
            int filled = count(row, 6, 9);
            if (filled == 0) {
                return Optional.empty();
            }
            if (filled < 4) {
                return Optional.of("週間サービスの項目が不足（介護サービス内容・曜日・開始時間・終了時間）");
            }
            if (!DAY.matcher(code(row, 7)).matches()) {
                return Optional.of("曜日コードが不正");
            }
            return times(code(row, 8), code(row, 9));
        }

        static Optional<String> activity(List<String> row) {
            int filled = count(row, 10, 12);
            if (filled == 0) {
                return Optional.empty();
            }
            if (filled < 3) {
                return Optional.of("主な日常生活上の活動の項目が不足（活動・開始時間・終了時間）");
            }
            return times(code(row, 11), code(row, 12));
        }

        private static Optional<String> times(String start, String end) {
            if (!TIME.matcher(start).matches()) {
                return Optional.of("開始時間が不正");
            }
            if (!TIME.matcher(end).matches() && !end.equals("2400")) {
                return Optional.of("終了時間が不正");
            }
            return Optional.empty();
        }

        private static int count(List<String> row, int from, int to) {
            int filled = 0;
            for (int no = from; no <= to; no++) {
                filled += item(row, no).isEmpty() ? 0 : 1;
            }
            return filled;
        }
    }
}
