package de.kooperationsatlas.analysis;

import de.kooperationsatlas.base.StoreVersion;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Results of the expensive analyses (brokers, district comparison; the structure analyses' region
 * graphs) per kind and key, valid while the
 * {@link StoreVersion} is the one they were computed under and for at most the time to live. The time
 * to live is what lets writes made outside the app (Bolt clients) show up; {@link #clear()} is the
 * explicit refresh. A time to live of zero turns the cache off.
 */
public final class AnalysisCache {

    /** Enough for every state and the districts a few coordinators work on at once. */
    static final int MAX_ENTRIES = 256;

    private record Key(String kind, String key) {}

    private record Cached(long version, long computedAt, Object value) {}

    /** Answers from the cache and computations, for the metrics (see {@link AnalysisMetrics}). */
    private final java.util.concurrent.atomic.AtomicLong hits = new java.util.concurrent.atomic.AtomicLong();

    private final java.util.concurrent.atomic.AtomicLong misses = new java.util.concurrent.atomic.AtomicLong();

    /** Raised by {@link #clear()}: a result computed across a refresh is not kept. */
    private long generation;

    private final StoreVersion version;
    private final long ttlNanos;
    private final LongSupplier clock;
    private final Map<Key, Cached> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Cached> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    public AnalysisCache(StoreVersion version, Duration ttl) {
        this(version, ttl, System::nanoTime);
    }

    AnalysisCache(StoreVersion version, Duration ttl, LongSupplier clock) {
        this.version = version;
        this.ttlNanos = ttl.isNegative() ? 0 : ttl.toNanos();
        this.clock = clock;
    }

    /**
     * The cached result, or a new one. Two requests for the same missing key may both compute it; the
     * results are equal, and a lock here would make every other analysis wait for betweenness.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(String kind, String key, Supplier<T> compute) {
        if (ttlNanos == 0) {
            return compute.get();
        }
        var cacheKey = new Key(kind, key);
        // The version is read before computing: a write committed meanwhile makes the new entry stale.
        long current = version.current();
        long now = clock.getAsLong();
        long started;
        synchronized (entries) {
            started = generation;
            var entry = entries.get(cacheKey);
            if (entry != null && entry.version() == current && now - entry.computedAt() < ttlNanos) {
                hits.incrementAndGet();
                return (T) entry.value();
            }
        }
        misses.incrementAndGet();
        T value = compute.get();
        synchronized (entries) {
            if (generation == started) {
                entries.put(cacheKey, new Cached(current, now, value));
            }
        }
        return value;
    }

    /** The cached result if it is still valid, else null (nothing is computed). */
    @SuppressWarnings("unchecked")
    <T> @Nullable T peek(String kind, String key) {
        if (ttlNanos == 0) {
            return null;
        }
        long current = version.current();
        long now = clock.getAsLong();
        synchronized (entries) {
            var entry = entries.get(new Key(kind, key));
            if (entry != null && entry.version() == current && now - entry.computedAt() < ttlNanos) {
                return (T) entry.value();
            }
        }
        return null;
    }

    long hits() {
        return hits.get();
    }

    long misses() {
        return misses.get();
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    /** Whether results are kept at all (a time to live above zero). */
    boolean enabled() {
        return ttlNanos > 0;
    }

    /** Forgets every result, so that the next request computes it from the store (an explicit refresh). */
    public void clear() {
        synchronized (entries) {
            entries.clear();
            generation++;
        }
    }
}
