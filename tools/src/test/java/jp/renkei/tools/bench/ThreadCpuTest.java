package jp.renkei.tools.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** CPU per group of threads of a live process, read from /proc (Linux, as the bench's machine). */
class ThreadCpuTest {

    @Test
    void countsABusyThreadUnderItsNameWithoutItsNumbers() throws Exception {
        Map<Long, ThreadCpu.Sample> before = ThreadCpu.read(ProcessHandle.current());
        assertThat(before).as("/proc/self/task is readable here").isNotEmpty();
        Thread burner = new Thread(() -> {
            long end = System.nanoTime() + 300_000_000L;
            long x = 0;
            while (System.nanoTime() < end) {
                x += x * 31 + 7;
            }
            if (x == 42) {
                System.out.println(x);
            }
        }, "bench-burn-3-12");
        burner.start();
        Thread.sleep(250);  // read while it still runs: an ended thread is not in /proc
        Map<Long, ThreadCpu.Sample> after = ThreadCpu.read(ProcessHandle.current());
        burner.join();

        Map<String, Double> groups = ThreadCpu.between(before, after, 2);
        // about 250 ms of CPU in 10 ms ticks, halved (per = 2); the machine may be busy, so only a floor
        assertThat(groups.get("bench-burn")).isGreaterThanOrEqualTo(20_000.0);
        assertThat(groups.keySet()).noneMatch(name -> name.matches(".*-\\d+$"));
    }

    @Test
    void anUnknownProcessGivesNothing() {
        assertThat(ThreadCpu.read(null)).isEmpty();
        assertThat(ThreadCpu.between(Map.of(), Map.of(), 1)).isEmpty();
    }
}
