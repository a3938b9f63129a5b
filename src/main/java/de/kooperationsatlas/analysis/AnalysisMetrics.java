package de.kooperationsatlas.analysis;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * The analysis cache in the metrics ({@code /actuator/prometheus}): answers served from it, results
 * computed, and how many results it holds. A low hit share under load means the store changes faster
 * than coordinators read, or the time to live is too short.
 */
@Component
class AnalysisMetrics implements MeterBinder {

    private final AnalysisService analyses;

    AnalysisMetrics(AnalysisService analyses) {
        this.analyses = analyses;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        AnalysisCache cache = analyses.cache();
        FunctionCounter.builder("atlas.analysis.cache.hits", cache, AnalysisCache::hits)
                .description("Analyses answered from the cache")
                .register(registry);
        FunctionCounter.builder("atlas.analysis.cache.misses", cache, AnalysisCache::misses)
                .description("Analyses computed because the cache held no valid result")
                .register(registry);
        Gauge.builder("atlas.analysis.cache.entries", cache, AnalysisCache::size)
                .description("Results held by the analysis cache")
                .register(registry);
    }
}
