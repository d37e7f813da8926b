package dev.quicksilver.benchmarks.support;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.management.MemoryPoolMXBean;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler for the heap a benchmark holds on to: before each iteration a full collection gives the
 * baseline (heap used after it); during the iteration every collection reports the heap still used after it;
 * the result {@code heap.retained.peak} is the largest of those minus the baseline, in MB (the most the
 * benchmark kept reachable at a collection, not the garbage it made). Run with a bounded heap
 * ({@code -Xmx512m}) so that collections come often. Loaded by JMH in the benchmark's JVM
 * ({@code addProfiler(HeapProfiler.class)}); one benchmark per JVM.
 */
public final class HeapProfiler implements InternalProfiler {

    private static final double MEGABYTE = 1024.0 * 1024.0;
    private static final AtomicLong PEAK_AFTER_COLLECTION = new AtomicLong();
    private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
            .collect(Collectors.toUnmodifiableSet());

    static {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    GarbageCollectionNotificationInfo info =
                            GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                    long used = heapUsed(info.getGcInfo().getMemoryUsageAfterGc());
                    PEAK_AFTER_COLLECTION.accumulateAndGet(used, Math::max);
                }
            }, null, null);
        }
    }

    private long baseline;

    /** JMH builds it by reflection. */
    public HeapProfiler() {
    }

    private static long heapUsed(Map<String, MemoryUsage> usageByPool) {
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool : usageByPool.entrySet()) {
            if (HEAP_POOLS.contains(pool.getKey())) {
                used += pool.getValue().getUsed();
            }
        }
        return used;
    }

    @Override
    public String getDescription() {
        return "Peak heap still used after a collection during the iteration, over the heap after a full collection before it";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        System.gc();
        baseline = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        PEAK_AFTER_COLLECTION.set(baseline);
    }

    @Override
    @SuppressWarnings("rawtypes") // JMH's interface declares the raw type
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                       IterationResult result) {
        double retained = Math.max(0, PEAK_AFTER_COLLECTION.get() - baseline) / MEGABYTE;
        return List.of(new ScalarResult("heap.retained.peak", retained, "MB", AggregationPolicy.MAX));
    }
}
