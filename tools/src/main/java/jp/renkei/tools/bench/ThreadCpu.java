package jp.renkei.tools.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * CPU time of a local process per group of threads, read from Linux's {@code /proc/PID/task/TID/stat} (user + system
 * ticks). Threads are grouped by name without their number ({@code renkei-db-3} and {@code renkei-db-7} are
 * {@code renkei-db}), so a phase's CPU can be told apart: the store writer, the request threads, the event loops, the
 * JIT, the collector. Empty where {@code /proc} is not there; a thread that ended within the phase is not counted.
 */
final class ThreadCpu {

    /** Linux's USER_HZ: the unit of utime and stime, 100 on every architecture the JDK runs on. */
    private static final double MICROS_PER_TICK = 10_000;
    private static final Pattern NUMBER = Pattern.compile("([-# ]?\\d+)+$");

    private ThreadCpu() {
    }

    /** Ticks per thread id, with each thread's group name; empty when unreadable. */
    static Map<Long, Sample> read(ProcessHandle process) {
        Map<Long, Sample> samples = new TreeMap<>();
        if (process == null) {
            return samples;
        }
        Path tasks = Path.of("/proc", Long.toString(process.pid()), "task");
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(tasks)) {
            for (Path task : dir) {
                Sample s = parse(task.resolve("stat"));
                if (s != null) {
                    samples.put(Long.parseLong(task.getFileName().toString()), s);
                }
            }
        } catch (IOException | RuntimeException e) {
            samples.clear();
        }
        return samples;
    }

    /** Microseconds of CPU per group between two readings, divided by {@code per}, by group name. */
    static Map<String, Double> between(Map<Long, Sample> before, Map<Long, Sample> after, long per) {
        Map<String, Double> groups = new TreeMap<>();
        after.forEach((tid, s) -> {
            Sample b = before.get(tid);
            long ticks = s.ticks() - (b == null ? 0 : b.ticks());
            groups.merge(s.group(), ticks * MICROS_PER_TICK / per, Double::sum);
        });
        return groups;
    }

    private static Sample parse(Path stat) {
        String line;
        try {
            line = Files.readString(stat);
        } catch (IOException e) {
            return null;  // the thread ended between listing and reading
        }
        int open = line.indexOf('(');
        int close = line.lastIndexOf(')');
        String[] rest = line.substring(close + 2).split(" ");
        // rest[0] is field 3 (state); utime and stime are fields 14 and 15
        long ticks = Long.parseLong(rest[11]) + Long.parseLong(rest[12]);
        return new Sample(NUMBER.matcher(line.substring(open + 1, close)).replaceFirst(""), ticks);
    }

    record Sample(String group, long ticks) {
    }
}
