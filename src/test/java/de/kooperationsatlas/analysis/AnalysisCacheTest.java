package de.kooperationsatlas.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import de.kooperationsatlas.base.StoreVersion;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The cache of expensive results: valid for one store version and at most the time to live. */
class AnalysisCacheTest {

    private final StoreVersion version = new StoreVersion();
    private final AtomicLong clock = new AtomicLong();
    private final AtomicInteger computed = new AtomicInteger();
    private final AnalysisCache cache = new AnalysisCache(version, Duration.ofSeconds(60), clock::get);

    private Object compute() {
        computed.incrementAndGet();
        return new Object();
    }

    @Test
    void a_repeated_request_gets_the_same_result_without_computing_again() {
        var first = cache.get("brokers", "01051", this::compute);
        assertThat(cache.get("brokers", "01051", this::compute)).isSameAs(first);
        assertThat(computed).hasValue(1);
        // Another key or kind is another result.
        assertThat(cache.get("brokers", "01001", this::compute)).isNotSameAs(first);
        assertThat(cache.get("districts", "01051", this::compute)).isNotSameAs(first);
    }

    @Test
    void peek_answers_only_a_valid_result_and_a_refresh_during_a_computation_drops_it() {
        assertThat((Object) cache.peek("suggestions", "")).isNull();
        var first = cache.get("suggestions", "", this::compute);
        assertThat((Object) cache.peek("suggestions", "")).isSameAs(first);
        version.bump();
        assertThat((Object) cache.peek("suggestions", "")).isNull();
        // A refresh while computing (the store read may predate a Bolt write): the result is not kept.
        cache.get("suggestions", "", () -> {
            cache.clear();
            return compute();
        });
        assertThat((Object) cache.peek("suggestions", "")).isNull();
        assertThat(cache.enabled()).isTrue();
        assertThat(new AnalysisCache(version, Duration.ZERO).enabled()).isFalse();
    }

    @Test
    void a_new_store_version_makes_the_result_stale() {
        var first = cache.get("districts", "01", this::compute);
        version.bump();
        assertThat(cache.get("districts", "01", this::compute)).isNotSameAs(first);
        assertThat(computed).hasValue(2);
    }

    @Test
    void outside_writes_show_after_the_time_to_live() {
        var first = cache.get("districts", "", this::compute);
        clock.addAndGet(Duration.ofSeconds(59).toNanos());
        assertThat(cache.get("districts", "", this::compute)).isSameAs(first);
        clock.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(cache.get("districts", "", this::compute)).isNotSameAs(first);
    }

    @Test
    void an_explicit_refresh_forgets_everything() {
        var first = cache.get("brokers", "15", this::compute);
        cache.clear();
        assertThat(cache.get("brokers", "15", this::compute)).isNotSameAs(first);
    }

    @Test
    void a_time_to_live_of_zero_turns_the_cache_off() {
        var off = new AnalysisCache(version, Duration.ZERO, clock::get);
        off.get("brokers", "15", this::compute);
        off.get("brokers", "15", this::compute);
        assertThat(computed).hasValue(2);
    }

    @Test
    void the_cache_holds_a_bounded_number_of_results() {
        var first = cache.get("brokers", "key-0", this::compute);
        for (int i = 1; i <= AnalysisCache.MAX_ENTRIES; i++) {
            cache.get("brokers", "key-" + i, this::compute);
        }
        assertThat(cache.get("brokers", "key-0", this::compute)).isNotSameAs(first);
    }
}
