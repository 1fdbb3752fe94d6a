package dev.emailsecurity.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time per operation of the client side, from the JVM's per-thread CPU clocks: every thread of the benchmark
 * JVM except the {@link PageServer}'s (its executor and the HttpServer's dispatcher), whose rendering of the page is the same for every variant and is not the
 * client's work. For the raw variants, the producer and the generic route that is the calling thread; for the
 * consumer it is the consumer's scheduler thread. Unlike wall time it does not count the time a thread waits for
 * the CPU, so it holds on a machine others are using. GC threads are not Java threads and are not counted (the
 * allocation is measured separately by {@code -prof gc}).
 * <p>
 * JMH tears a trial's state down before the profilers see its last iteration, and a thread that has ended has no CPU
 * clock: so each tear-down calls {@link #retireThreads()} first, and a thread gone since the iteration began counts
 * with its CPU time at that moment (without it, the consumer's scheduler thread, stopped with its Camel context, made
 * the consumer's last iteration of every fork read ~0 us per page).
 */
public final class ThreadCpuProfiler implements InternalProfiler {

    static final String METRIC = "cpu.time.norm";
    /** The page server's executor and the JDK HttpServer's dispatcher (accepts and selects). */
    private static final Set<String> SERVER_THREADS = Set.of(PageServer.THREAD_NAME, "HTTP-Dispatcher");

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** The CPU time of each thread when a state was last torn down, for the threads that end with it. */
    private static final Map<Long, Long> RETIRED = new ConcurrentHashMap<>();

    private Map<Long, Long> before = Map.of();

    /** Records the CPU time of every thread now: called by each state's tear-down, before it stops threads. */
    static void retireThreads() {
        RETIRED.putAll(snapshot());
    }

    @Override
    public String getDescription() {
        return "CPU time per operation of all threads but the page server's";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        before = snapshot();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
                                                       IterationParams iterationParams, IterationResult result) {
        Map<Long, Long> now = snapshot();
        long nanos = 0;
        for (Map.Entry<Long, Long> thread : now.entrySet()) {
            nanos += thread.getValue() - before.getOrDefault(thread.getKey(), 0L);
        }
        for (Map.Entry<Long, Long> thread : before.entrySet()) {
            Long last = now.containsKey(thread.getKey()) ? null : RETIRED.get(thread.getKey());
            if (last != null) {
                nanos += last - thread.getValue();
            }
        }
        long ops = Math.max(1, result.getMetadata().getAllOps());
        return List.of(new ScalarResult(METRIC, nanos / 1000.0 / ops, "us/op", AggregationPolicy.AVG));
    }

    private static Map<Long, Long> snapshot() {
        Map<Long, Long> cpu = new HashMap<>();
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info == null || SERVER_THREADS.contains(info.getThreadName())) {
                continue;
            }
            long nanos = THREADS.getThreadCpuTime(info.getThreadId());
            if (nanos >= 0) {
                cpu.put(info.getThreadId(), nanos);
            }
        }
        return cpu;
    }
}
