package jp.renkei.gateway.http;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ExecutorServiceMetrics;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import jp.renkei.gateway.config.DbConfig;

/**
 * The bounded {@code db} executor: a fixed number of threads (equal to the store's connection pool) and a bounded
 * queue; a task that finds the queue full is rejected at once ({@link java.util.concurrent.RejectedExecutionException}
 * → 503), so overload never piles up unbounded work or memory.
 */
final class DbExecutor {

    private DbExecutor() {
    }

    static ExecutorService create(DbConfig config, MeterRegistry registry) {
        BlockingQueue<Runnable> queue = config.queue() == 0 ? new SynchronousQueue<>()
                : new ArrayBlockingQueue<>(config.queue());
        ThreadPoolExecutor pool = new ThreadPoolExecutor(config.threads(), config.threads(), 0, TimeUnit.SECONDS,
                queue, new DefaultThreadFactory("renkei-db", true), new ThreadPoolExecutor.AbortPolicy());
        return ExecutorServiceMetrics.monitor(registry, pool, "db", "renkei");
    }
}
