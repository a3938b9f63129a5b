package de.kooperationsatlas.analysis;

import de.kooperationsatlas.base.QueryParams;
import java.time.LocalDate;
import java.util.Map;
import org.neo4j.driver.Value;

/** Unconnected peers and isolated actors of a region. */
final class PeerAnalysis {

    private final AnalysisQueries queries;

    PeerAnalysis(AnalysisQueries queries) {
        this.queries = queries;
    }

    /**
     * The region's actor profiles come from {@code unconnected_peers_subgraph.cypher}; the pairs are
     * ranked in Java ({@link PeerRanking}), as Cypher alone takes minutes for a large state.
     */
    UnconnectedPeers unconnectedPeers(String region, int limit, LocalDate asOf) {
        queries.requireRegion(region);
        QueryParams.requirePositive("limit", limit);
        var profiles = queries.rows(
                "unconnected_peers_subgraph",
                Map.of("region", region, "asOf", asOf.toString()),
                PeerRanking.Profile.class,
                r -> new PeerRanking.Profile(
                        r.get("id").asString(),
                        r.get("name").asString(),
                        r.get("phases").asList(Value::asString),
                        r.get("topics").asList(Value::asString),
                        r.get("networks").asList(Value::asString),
                        r.get("partners").asList(Value::asString)));
        return new UnconnectedPeers(region, PeerRanking.rank(profiles, limit));
    }

    IsolatedActors isolated(String region, LocalDate asOf) {
        queries.requireRegion(region);
        var found = queries.rows(
                "isolated_actors",
                Map.of("region", region, "asOf", asOf.toString()),
                ActorRef.class,
                r -> AnalysisQueries.actorRef(r));
        return new IsolatedActors(region, found);
    }
}
