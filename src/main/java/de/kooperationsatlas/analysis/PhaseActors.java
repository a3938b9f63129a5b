package de.kooperationsatlas.analysis;

import de.kooperationsatlas.base.CypherScripts;
import de.kooperationsatlas.base.Dates;
import de.kooperationsatlas.base.LifePhase;
import de.kooperationsatlas.base.NotFoundException;
import de.kooperationsatlas.base.ParameterException;
import de.kooperationsatlas.chain.ChainService;
import de.kooperationsatlas.region.RegionService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is active in each life phase (Akteure je Lebensphase): the lists behind the counts of
 * {@link AnalysisService#coverage}, shown when a phase of the chain picture is clicked. Here rather
 * than in the network picture's service, so the chain picture (an analysis view) needs no feature
 * above analysis.
 */
@Service
@Transactional(readOnly = true)
public class PhaseActors {

    private final Neo4jClient neo4j;
    private final String statement;
    private final RegionService regions;
    private final ChainService chains;

    PhaseActors(Neo4jClient neo4j, CypherScripts scripts, RegionService regions, ChainService chains) {
        this.neo4j = neo4j;
        this.statement = scripts.statements("graph/phase_actors.cypher").getFirst();
        this.regions = regions;
        this.chains = chains;
    }

    /**
     * Per life phase (in life-phase order) the actors active in it, in name order, for a region or a
     * chain's contributors (within the region when both are given).
     */
    public Map<LifePhase, List<ActorRef>> of(@Nullable String region, @Nullable String chain) {
        return of(region, chain, Dates.today());
    }

    /** The same as of a date: the actors (or contributors) active then. */
    public Map<LifePhase, List<ActorRef>> of(@Nullable String region, @Nullable String chain, LocalDate asOf) {
        if (region == null && chain == null) {
            throw new ParameterException("region", "Give the parameter region or chain", "api.param.regionOrChain");
        }
        if (region != null && !regions.exists(region)) {
            throw new NotFoundException("region", region);
        }
        if (chain != null && !chains.exists(chain)) {
            throw new NotFoundException("chain", chain);
        }
        Map<String, Object> params = new HashMap<>();
        params.put("region", region);
        params.put("chain", chain);
        params.put("asOf", asOf.toString());
        Map<LifePhase, List<ActorRef>> result = new LinkedHashMap<>();
        for (var row : neo4j.query(statement).bindAll(params).fetch().all()) {
            var phase = LifePhase.ofCode((String) row.get("phase")).orElseThrow();
            List<ActorRef> actors = new ArrayList<>();
            for (Object o : (List<?>) row.get("actors")) {
                var m = (Map<?, ?>) o;
                actors.add(new ActorRef((String) m.get("id"), (String) m.get("name")));
            }
            result.put(phase, List.copyOf(actors));
        }
        return result;
    }
}
