package de.kooperationsatlas.analysis;

import de.kooperationsatlas.base.CypherScripts;
import de.kooperationsatlas.base.LifePhase;
import de.kooperationsatlas.base.NotFoundException;
import de.kooperationsatlas.base.ParameterException;
import de.kooperationsatlas.base.Topics;
import de.kooperationsatlas.region.RegionService;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * What every analysis family shares: the statements of {@code cypher/analysis/*.cypher} (loaded once by
 * name), the checks of the common parameters (region, chain, limit, phase, topic, radius) and the
 * mapping of common values.
 */
final class AnalysisQueries {

    private final Neo4jClient neo4j;
    private final CypherScripts scripts;
    private final RegionService regions;
    private final Map<String, String> statements = new ConcurrentHashMap<>();

    AnalysisQueries(Neo4jClient neo4j, CypherScripts scripts, RegionService regions) {
        this.neo4j = neo4j;
        this.scripts = scripts;
        this.regions = regions;
    }

    Neo4jClient neo4j() {
        return neo4j;
    }

    RegionService regions() {
        return regions;
    }

    /** The one statement of {@code cypher/analysis/<name>.cypher}. */
    String statement(String name) {
        return statements.computeIfAbsent(name, n -> {
            var found = scripts.statements("analysis/" + n + ".cypher");
            if (found.size() != 1) {
                throw new IllegalStateException("cypher/analysis/" + n + ".cypher must hold exactly one statement");
            }
            return found.getFirst();
        });
    }

    /** The rows of {@code cypher/analysis/<name>.cypher} with {@code parameters}, each mapped by {@code row}. */
    <T> List<T> rows(String name, Map<String, ?> parameters, Class<T> type, Function<Record, T> row) {
        return List.copyOf(neo4j.query(statement(name))
                .bindAll(new HashMap<>(parameters))
                .fetchAs(type)
                .mappedBy((types, r) -> row.apply(r))
                .all());
    }

    /** Who an analysis works on: a region's actors, or a chain's contributors (optionally within a region). */
    record Scope(String region, Map<String, Object> parameters) {}

    Scope scope(@Nullable String region, @Nullable String chain, LocalDate asOf) {
        if (region == null && chain == null) {
            throw new ParameterException("region", "Give the parameter region or chain", "api.param.regionOrChain");
        }
        if (region != null) {
            requireRegion(region);
        }
        String echo = region;
        if (chain != null) {
            var chainRegion = neo4j.query("""
                            MATCH (c:PreventionChain {id: $chain})
                            OPTIONAL MATCH (c)-[:FOR_REGION]->(r)
                            RETURN coalesce(r.ags, '') AS region LIMIT 1""")
                    .bind(chain)
                    .to("chain")
                    .fetchAs(String.class)
                    .mappedBy((types, r) -> r.get("region").asString())
                    .one()
                    .orElseThrow(() -> new NotFoundException("chain", chain));
            if (echo == null) {
                echo = chainRegion;
            }
        }
        Map<String, Object> params = new HashMap<>();
        params.put("region", region);
        params.put("chain", chain);
        params.put("asOf", asOf.toString());
        return new Scope(echo, params);
    }

    void requireRegion(String region) {
        if (!regions.exists(region)) {
            throw new NotFoundException("region", region);
        }
    }

    static @Nullable String phaseCode(@Nullable String phase) {
        if (phase == null || phase.isBlank()) {
            return null;
        }
        return LifePhase.ofCode(phase.strip())
                .map(LifePhase::name)
                .orElseThrow(() -> new ParameterException(
                        "phase",
                        "Unknown life phase '" + phase + "' in parameter phase",
                        "api.param.unknownPhase",
                        phase));
    }

    @Nullable
    String topicCode(@Nullable String topic) {
        if (topic == null || topic.isBlank()) {
            return null;
        }
        String code = Topics.slug(topic);
        boolean known = neo4j.query("MATCH (t:Topic {code: $code}) RETURN count(t) > 0")
                .bind(code)
                .to("code")
                .fetchAs(Boolean.class)
                .one()
                .orElse(false);
        if (!known) {
            throw new ParameterException(
                    "topic", "Unknown topic '" + topic + "' in parameter topic", "api.param.unknownTopic", topic);
        }
        return code;
    }

    static @Nullable Double radius(@Nullable Double radiusKm) {
        if (radiusKm != null && (radiusKm.isNaN() || radiusKm.isInfinite() || radiusKm < 0)) {
            throw new ParameterException(
                    "radiusKm",
                    "The parameter radiusKm must be a number of km ≥ 0, not " + radiusKm,
                    "api.param.radius",
                    String.valueOf(radiusKm));
        }
        return radiusKm;
    }

    static @Nullable Double distance(Value value) {
        return value.isNull() ? null : value.asDouble();
    }

    static ActorRef actorRef(org.neo4j.driver.Record record) {
        return new ActorRef(record.get("id").asString(), record.get("name").asString());
    }
}
