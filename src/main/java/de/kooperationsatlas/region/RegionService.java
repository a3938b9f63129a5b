package de.kooperationsatlas.region;

import de.kooperationsatlas.base.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Point;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The regions of Germany: states, districts and municipalities, with their parents and children. */
@Service
@Transactional(readOnly = true)
public class RegionService {

    private final Neo4jClient neo4j;

    RegionService(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** One region with parents and children. */
    public Optional<Region> find(String ags) {
        var level = RegionLevel.ofKey(ags);
        if (level.isEmpty()) {
            return Optional.empty();
        }
        return neo4j.query("""
                        MATCH (r) WHERE (r:State OR r:District OR r:Municipality) AND r.ags = $ags
                        OPTIONAL MATCH (p) WHERE (p:State OR p:District) AND size(p.ags) < size(r.ags) AND r.ags STARTS WITH p.ags
                        WITH r, p ORDER BY size(p.ags)
                        WITH r, collect(p {.ags, .name}) AS parents
                        OPTIONAL MATCH (c)-[:IN_DISTRICT|IN_STATE]->(r)
                        WITH r, parents, c ORDER BY c.name, c.ags
                        RETURN r {.ags, .name, .kind, .population, .areaKm2, .postalCode, .location, .associationName} AS region,
                               parents, collect(c {.ags, .name}) AS children""")
                .bind(ags)
                .to("ags")
                .fetchAs(Region.class)
                .mappedBy((types, record) -> {
                    Value r = record.get("region");
                    Value location = r.get("location");
                    Point point = location.isNull() ? null : location.asPoint();
                    return new Region(
                            r.get("ags").asString(),
                            r.get("name").asString(),
                            level.get(),
                            r.get("kind").isNull() ? null : r.get("kind").asString(),
                            r.get("population").asLong(0),
                            r.get("areaKm2").asDouble(0),
                            r.get("postalCode").isNull()
                                    ? null
                                    : r.get("postalCode").asString(),
                            point == null ? null : point.y(),
                            point == null ? null : point.x(),
                            r.get("associationName").isNull()
                                    ? null
                                    : r.get("associationName").asString(),
                            refs(record.get("parents")),
                            refs(record.get("children")));
                })
                .one();
    }

    /** One region, or {@link NotFoundException}. */
    public Region get(String ags) {
        return find(ags).orElseThrow(() -> new NotFoundException("region", ags));
    }

    /** The 16 states by key. */
    public List<RegionRef> states() {
        return List.copyOf(neo4j.query("MATCH (s:State) RETURN s.ags AS ags, s.name AS name ORDER BY ags")
                .fetchAs(RegionRef.class)
                .mappedBy((types, record) -> new RegionRef(
                        record.get("ags").asString(), record.get("name").asString(), RegionLevel.STATE))
                .all());
    }

    /**
     * Regions whose name contains the text (ignoring case) or whose key starts with it; states first,
     * then districts, then municipalities, each by name.
     */
    public List<RegionRef> search(String text, int limit) {
        String query = text.strip();
        if (query.isEmpty()) {
            return List.of();
        }
        return List.copyOf(neo4j.query("""
                        MATCH (r) WHERE (r:State OR r:District OR r:Municipality)
                          AND (r.ags STARTS WITH $query OR toLower(r.name) CONTAINS toLower($query))
                        RETURN r.ags AS ags, r.name AS name
                        ORDER BY size(r.ags), CASE WHEN toLower(r.name) STARTS WITH toLower($query) THEN 0 ELSE 1 END, r.name, r.ags
                        LIMIT $limit""")
                .bindAll(Map.of("query", query, "limit", limit))
                .fetchAs(RegionRef.class)
                .mappedBy((types, record) ->
                        ref(record.get("ags").asString(), record.get("name").asString()))
                .all());
    }

    /** How many states, districts and municipalities the store holds. */
    public java.util.Map<RegionLevel, Long> counts() {
        var counts = new java.util.EnumMap<RegionLevel, Long>(RegionLevel.class);
        neo4j.query("""
                        RETURN COUNT { (:State) } AS STATE, COUNT { (:District) } AS DISTRICT,
                               COUNT { (:Municipality) } AS MUNICIPALITY""")
                .fetch()
                .one()
                .ifPresent(row -> row.forEach((level, n) -> counts.put(RegionLevel.valueOf(level), (Long) n)));
        return counts;
    }

    /** Whether a key names a region of the given levels. */
    public boolean exists(String ags) {
        return RegionLevel.ofKey(ags).isPresent()
                && neo4j.query("""
                                MATCH (r) WHERE (r:State OR r:District OR r:Municipality) AND r.ags = $ags
                                RETURN count(r) > 0""")
                        .bind(ags)
                        .to("ags")
                        .fetchAs(Boolean.class)
                        .one()
                        .orElse(false);
    }

    /**
     * Whether a municipality left the directory: a newer directory no longer lists it, so it stays as a
     * retired region for the actors seated there, but no actor may be newly seated there.
     */
    public boolean retired(String ags) {
        return neo4j.query("MATCH (m:Municipality {ags: $ags}) RETURN coalesce(m.inDirectory, true) = false")
                .bind(ags)
                .to("ags")
                .fetchAs(Boolean.class)
                .one()
                .orElse(false);
    }

    private static List<RegionRef> refs(Value list) {
        return list.asList(v -> ref(v.get("ags").asString(), v.get("name").asString()));
    }

    private static RegionRef ref(String ags, String name) {
        return new RegionRef(ags, name, RegionLevel.ofKey(ags).orElseThrow());
    }
}
