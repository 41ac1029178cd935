package jp.renkei.protocol.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import jp.renkei.protocol.render.Entries.Service;

/** Turns weekly services into drawn blocks: midnight split, minimum height and side-by-side lanes (spec §8.4). */
final class Lanes {

    static final int DAY_MINUTES = 1440;
    /** Minimum drawn height in minutes (2.833 mm). */
    static final int MINIMUM = 30;

    /** A drawn piece of a service in one day column, in minutes after the minimum-height extension. */
    record Segment(Service service, int day, int top, int bottom) {
    }

    /** A segment placed in lane {@code lane} of {@code lanes} equal lanes of its cluster. */
    record Block(Segment segment, int lane, int lanes) {
    }

    private static final Comparator<Segment> ORDER = Comparator.comparingInt(Segment::top)
            .thenComparing(Comparator.comparingInt(Segment::bottom).reversed())
            .thenComparingInt(s -> s.service().record());

    private Lanes() {
    }

    /** The blocks of all services, day by day (月…日), each day in drawing order (start, longest first). */
    static List<Block> layout(List<Service> services) {
        List<List<Segment>> days = new ArrayList<>();
        for (int day = 1; day <= 7; day++) {
            days.add(new ArrayList<>());
        }
        for (Service service : services) {
            segments(service).forEach(segment -> days.get(segment.day() - 1).add(segment));
        }
        List<Block> blocks = new ArrayList<>();
        for (List<Segment> day : days) {
            day.sort(ORDER);
            int from = 0;
            while (from < day.size()) {
                int to = clusterEnd(day, from);
                blocks.addAll(cluster(day.subList(from, to)));
                from = to;
            }
        }
        return blocks;
    }

    /** End (exclusive) of the cluster starting at {@code from}: touching (end = start) does not overlap. */
    private static int clusterEnd(List<Segment> sorted, int from) {
        int reach = sorted.get(from).bottom();
        int i = from + 1;
        while (i < sorted.size() && sorted.get(i).top() < reach) {
            reach = Math.max(reach, sorted.get(i).bottom());
            i++;
        }
        return i;
    }

    /** Each segment takes the lowest lane free at its start; all share the width of the lanes used. */
    private static List<Block> cluster(List<Segment> cluster) {
        List<Integer> laneEnds = new ArrayList<>();
        int[] lanes = new int[cluster.size()];
        for (int i = 0; i < cluster.size(); i++) {
            Segment segment = cluster.get(i);
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.get(lane) > segment.top()) {
                lane++;
            }
            if (lane == laneEnds.size()) {
                laneEnds.add(segment.bottom());
            } else {
                laneEnds.set(lane, segment.bottom());
            }
            lanes[i] = lane;
        }
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < cluster.size(); i++) {
            blocks.add(new Block(cluster.get(i), lanes[i], laneEnds.size()));
        }
        return blocks;
    }

    /** One segment, or two when the service crosses midnight (the second in the next day's column; 日 → 月). */
    static List<Segment> segments(Service service) {
        if (service.end() >= service.start()) {
            return List.of(extended(service, service.day(), service.start(), service.end()));
        }
        return List.of(extended(service, service.day(), service.start(), DAY_MINUTES),
                extended(service, service.day() % 7 + 1, 0, service.end()));
    }

    private static Segment extended(Service service, int day, int top, int bottom) {
        if (bottom - top >= MINIMUM) {
            return new Segment(service, day, top, bottom);
        }
        return top + MINIMUM <= DAY_MINUTES ? new Segment(service, day, top, top + MINIMUM)
                : new Segment(service, day, DAY_MINUTES - MINIMUM, DAY_MINUTES);
    }
}
