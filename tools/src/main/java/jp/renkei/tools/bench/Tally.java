package jp.renkei.tools.bench;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** What one phase counted: successes, failures (with the first failure's description) and its latencies. */
final class Tally {

    final AtomicLong ok = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    final AtomicLong other = new AtomicLong();
    final Latencies latencies;
    private final AtomicReference<String> firstFailure = new AtomicReference<>();
    private final ProcessHandle gateway;
    private long startNanos;
    private long endNanos;
    private long gatewayCpu;
    private long benchCpu;
    private Map<Long, ThreadCpu.Sample> threadsAtStart = Map.of();
    private Map<Long, ThreadCpu.Sample> threadsAtEnd = Map.of();

    /** {@code gateway}: the gateway's process when it runs on this machine and its CPU time is to be counted. */
    Tally(int capacity, ProcessHandle gateway) {
        latencies = new Latencies(capacity);
        this.gateway = gateway;
    }

    void start() {
        gatewayCpu = -cpuNanos(gateway);
        benchCpu = -cpuNanos(ProcessHandle.current());
        threadsAtStart = ThreadCpu.read(gateway);
        startNanos = System.nanoTime();
    }

    void end() {
        endNanos = System.nanoTime();
        gatewayCpu += cpuNanos(gateway);
        benchCpu += cpuNanos(ProcessHandle.current());
        threadsAtEnd = ThreadCpu.read(gateway);
    }

    /** The gateway's CPU per successful request in microseconds by group of threads; empty when not known. */
    Map<String, Double> gatewayThreadMicros() {
        return ok.get() == 0 ? Map.of() : ThreadCpu.between(threadsAtStart, threadsAtEnd, ok.get());
    }

    /** CPU time of the gateway per successful request in microseconds, or -1 when not known. */
    double gatewayCpuMicros() {
        return gateway == null ? -1 : perOk(gatewayCpu);
    }

    /** CPU time of the bench itself (the client side) per successful request in microseconds. */
    double benchCpuMicros() {
        return perOk(benchCpu);
    }

    private double perOk(long nanos) {
        return ok.get() == 0 ? -1 : nanos / 1000.0 / ok.get();
    }

    private static long cpuNanos(ProcessHandle process) {
        return process == null ? 0 : process.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }

    double seconds() {
        return (endNanos - startNanos) / 1e9;
    }

    double perSecond() {
        return ok.get() / seconds();
    }

    void fail(String what) {
        failed.incrementAndGet();
        firstFailure.compareAndSet(null, what);
    }

    String firstFailure() {
        return firstFailure.get();
    }
}
