package de.kooperationsatlas.map;

import de.kooperationsatlas.base.NotFoundException;
import de.kooperationsatlas.map.MunicipalityMap.Municipality;
import de.kooperationsatlas.map.MunicipalityMap.Seat;
import de.kooperationsatlas.map.MunicipalityMap.SeatedActor;
import de.kooperationsatlas.region.RegionLevel;
import de.kooperationsatlas.region.RegionService;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The municipality level of the map: per municipality of a state the actors seated there and the
 * actors belonging to it (seated there or serving it, its district or its state: the contract's rule
 * for a municipality), and the actor seats as markers, all counting only the actors active at a
 * date (the contract's {@code asOf}). A map read model, not one of the contract's analyses, so its
 * Cypher lives here rather than in {@code cypher/analysis/}.
 */
@Service
@Transactional(readOnly = true)
public class MapService {

    private static final String MUNICIPALITY_FIGURES = """
            MATCH (m:Municipality)-[:IN_DISTRICT]->(d:District)-[:IN_STATE]->(s:State {ags: $state})
            CALL (m) {
              OPTIONAL MATCH (a:Actor)-[:SEATED_IN]->(m)
              WHERE (a.since IS NULL OR a.since <= left(toString($asOf), size(a.since)))
                AND (a.until IS NULL OR a.until >= left(toString($asOf), size(a.until)))
              RETURN count(a) AS seated
            }
            CALL (m, d, s) {
              UNWIND [m, d, s] AS area
              OPTIONAL MATCH (a:Actor)-[:SEATED_IN|SERVES]->(area)
              WHERE (a.since IS NULL OR a.since <= left(toString($asOf), size(a.since)))
                AND (a.until IS NULL OR a.until >= left(toString($asOf), size(a.until)))
              RETURN count(DISTINCT a) AS belonging
            }
            RETURN m.ags AS ags, m.name AS name, coalesce(m.population, 0) AS population, seated, belonging
            ORDER BY ags""";

    private static final String SEATS = """
            MATCH (a:Actor)-[:SEATED_IN]->(m:Municipality)
            WHERE m.ags STARTS WITH $state AND m.location IS NOT NULL
              AND (a.since IS NULL OR a.since <= left(toString($asOf), size(a.since)))
              AND (a.until IS NULL OR a.until >= left(toString($asOf), size(a.until)))
            WITH m, a ORDER BY a.name, a.id
            RETURN m.ags AS ags, m.name AS name, m.location.latitude AS latitude,
                   m.location.longitude AS longitude, collect({id: a.id, name: a.name}) AS actors
            ORDER BY ags""";

    private final Neo4jClient neo4j;
    private final RegionService regions;

    MapService(Neo4jClient neo4j, RegionService regions) {
        this.neo4j = neo4j;
        this.regions = regions;
    }

    /**
     * The municipality figures and actor seats of a state ({@code state}: two-digit AGS), of the actors
     * active at {@code asOf}.
     */
    public MunicipalityMap municipalities(String state, LocalDate asOf) {
        if (RegionLevel.ofKey(state).orElse(null) != RegionLevel.STATE || !regions.exists(state)) {
            throw new NotFoundException("state", state);
        }
        List<Municipality> municipalities = List.copyOf(neo4j.query(MUNICIPALITY_FIGURES)
                .bindAll(Map.of("state", state, "asOf", asOf.toString()))
                .fetchAs(Municipality.class)
                .mappedBy((types, r) -> new Municipality(
                        r.get("ags").asString(),
                        r.get("name").asString(),
                        r.get("population").asLong(),
                        r.get("seated").asLong(),
                        r.get("belonging").asLong()))
                .all());
        List<Seat> seats = List.copyOf(neo4j.query(SEATS)
                .bindAll(Map.of("state", state, "asOf", asOf.toString()))
                .fetchAs(Seat.class)
                .mappedBy((types, r) -> new Seat(
                        r.get("ags").asString(),
                        r.get("name").asString(),
                        r.get("latitude").asDouble(),
                        r.get("longitude").asDouble(),
                        r.get("actors")
                                .asList(v -> new SeatedActor(
                                        v.get("id").asString(), v.get("name").asString()))))
                .all());
        return new MunicipalityMap(state, municipalities, seats);
    }
}
