package de.kooperationsatlas.overview;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts for the start page. */
@Service
@Transactional(readOnly = true)
public class OverviewService {

    private final Neo4jClient neo4j;

    OverviewService(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    public Overview overview() {
        return neo4j.query("""
                        CALL () { MATCH (a:Actor) RETURN count(a) AS actors }
                        CALL () { MATCH ()-[c:COOPERATES_WITH]->() RETURN count(c) AS cooperations }
                        CALL () { MATCH (n:Network) RETURN count(n) AS networks }
                        CALL () { MATCH (c:PreventionChain) RETURN count(c) AS chains }
                        CALL () { MATCH (e:Event) RETURN count(e) AS events }
                        CALL () { MATCH (:Actor)-[:SEATED_IN]->(m:Municipality)
                                  RETURN count(DISTINCT m) AS municipalities, count(DISTINCT substring(m.ags, 0, 5)) AS districts }
                        CALL () { MATCH (s:State)
                                  OPTIONAL MATCH (a:Actor)-[:SEATED_IN]->(m:Municipality) WHERE m.ags STARTS WITH s.ags
                                  WITH s, count(a) AS n ORDER BY s.ags
                                  RETURN collect({ags: s.ags, name: s.name, actors: n}) AS states }
                        RETURN actors, cooperations, networks, chains, events, municipalities, districts, states""")
                .fetchAs(Overview.class)
                .mappedBy((types, r) -> new Overview(
                        r.get("actors").asLong(),
                        r.get("cooperations").asLong(),
                        r.get("networks").asLong(),
                        r.get("chains").asLong(),
                        r.get("events").asLong(),
                        r.get("districts").asLong(),
                        r.get("municipalities").asLong(),
                        r.get("states")
                                .asList(v -> new Overview.StateCount(
                                        v.get("ags").asString(),
                                        v.get("name").asString(),
                                        v.get("actors").asLong()))))
                .one()
                .orElseThrow();
    }
}
