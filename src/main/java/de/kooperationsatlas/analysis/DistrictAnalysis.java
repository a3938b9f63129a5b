package de.kooperationsatlas.analysis;

import de.kooperationsatlas.base.NotFoundException;
import de.kooperationsatlas.region.RegionLevel;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The district comparison of a state or of all of Germany, cached per state. */
final class DistrictAnalysis {

    private final AnalysisQueries queries;
    private final AnalysisCache cache;

    DistrictAnalysis(AnalysisQueries queries, AnalysisCache cache) {
        this.queries = queries;
        this.cache = cache;
    }

    DistrictComparison districts(@Nullable String state, LocalDate asOf) {
        if (state != null
                && (RegionLevel.ofKey(state).orElse(null) != RegionLevel.STATE
                        || !queries.regions().exists(state))) {
            throw new NotFoundException("state", state);
        }
        return cache.get("districts", (state == null ? "" : state) + "@" + asOf, () -> compareDistricts(state, asOf));
    }

    private DistrictComparison compareDistricts(@Nullable String state, LocalDate asOf) {
        Map<String, Object> params = new HashMap<>();
        params.put("state", state);
        params.put("asOf", asOf.toString());
        var rows = queries.rows(
                "district_comparison",
                params,
                DistrictComparison.District.class,
                r -> new DistrictComparison.District(
                        r.get("ags").asString(),
                        r.get("name").asString(),
                        r.get("actors").asLong(),
                        r.get("actorsPer10k").asDouble(),
                        r.get("cooperations").asLong(),
                        r.get("density").asDouble(),
                        r.get("coveredPhases").asLong(),
                        r.get("bridgedTransitions").asLong(),
                        r.get("isolated").asLong()));
        return new DistrictComparison(state, rows);
    }
}
