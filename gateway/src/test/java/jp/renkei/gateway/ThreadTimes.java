package jp.renkei.gateway;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a process's threads did between two snapshots, from Linux's {@code /proc/PID/task/TID/schedstat}: time on a
 * CPU and time runnable but waiting for one (run-queue wait), summed by thread name without its trailing number.
 * Run-queue wait is what CPU contention costs a thread; a thread that is late while its wait is small was late for
 * another reason. Empty where {@code /proc} has no schedstat.
 */
final class ThreadTimes {

    /** On-CPU and run-queue nanoseconds, and of the CPU time the kernel's part (system time), by thread group. */
    record Times(long cpu, long queued, long system) {
    }

    /** Clock ticks of {@code /proc/.../stat}: 100 a second on every Linux this runs on. */
    private static final long NANOS_PER_TICK = 10_000_000;

    private final Map<String, Times> byGroup;

    private ThreadTimes(Map<String, Times> byGroup) {
        this.byGroup = byGroup;
    }

    static ThreadTimes of(long pid) {
        Map<String, Times> groups = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            tasks.forEach(task -> {
                try {
                    String name = Files.readString(task.resolve("comm")).strip().replaceAll("[-#]?[0-9]+$", "");
                    String[] stat = Files.readString(task.resolve("schedstat")).strip().split(" ");
                    String[] ticks = Files.readString(task.resolve("stat")).replaceFirst(".*\\) ", "").split(" ");
                    Times t = new Times(Long.parseLong(stat[0]), Long.parseLong(stat[1]),
                            Long.parseLong(ticks[12]) * NANOS_PER_TICK);
                    groups.merge(name, t, (a, b) -> new Times(a.cpu + b.cpu, a.queued + b.queued,
                            a.system + b.system));
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile, or no schedstat here
                }
            });
        } catch (IOException e) {
            // not Linux
        }
        return new ThreadTimes(groups);
    }

    /** One line per thread group that ran at least 1 ms since {@code before}, busiest first. */
    String since(ThreadTimes before, String label, double seconds) {
        StringBuilder out = new StringBuilder();
        long[] total = new long[3];
        byGroup.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), minus(e.getValue(), before.byGroup.get(e.getKey()))))
                .filter(e -> e.getValue().cpu >= 1_000_000)
                .sorted((a, b) -> Long.compare(b.getValue().cpu, a.getValue().cpu))
                .forEach(e -> {
                    total[0] += e.getValue().cpu;
                    total[1] += e.getValue().queued;
                    total[2] += e.getValue().system;
                    out.append(line(label, e.getKey(), e.getValue(), seconds));
                });
        out.append(line(label, "all threads", new Times(total[0], total[1], total[2]), seconds));
        return out.toString();
    }

    private static String line(String label, String group, Times t, double seconds) {
        return String.format("    %-8s %-24s cpu %6.0f ms (%3.0f %% of a core, %3.0f %% of it in the kernel),"
                + " run-queue wait %6.0f ms%n", label, group, t.cpu / 1e6, t.cpu / 1e7 / seconds,
                100.0 * t.system / Math.max(1, t.cpu), t.queued / 1e6);
    }

    private static Times minus(Times now, Times then) {
        return then == null ? now
                : new Times(now.cpu - then.cpu, now.queued - then.queued, now.system - then.system);
    }
}
