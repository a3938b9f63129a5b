package de.kooperationsatlas.analysis;

import de.kooperationsatlas.base.QueryParams;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Brokers: the region's actors by betweenness ({@link Betweenness}), computed on the cooperation
 * subgraph that {@code broker_subgraph.cypher} fetches; the whole ranking is cached per region.
 */
final class BrokerAnalysis {

    private final AnalysisQueries queries;
    private final AnalysisCache cache;

    BrokerAnalysis(AnalysisQueries queries, AnalysisCache cache) {
        this.queries = queries;
        this.cache = cache;
    }

    Brokers brokers(String region, int limit, LocalDate asOf) {
        queries.requireRegion(region);
        QueryParams.requirePositive("limit", limit);
        // The whole ranking is cached, so that every limit is answered from the one computation.
        List<Brokers.Broker> ranked = cache.get("brokers", region + "@" + asOf, () -> ranking(region, asOf));
        return new Brokers(region, List.copyOf(ranked.subList(0, Math.min(limit, ranked.size()))));
    }

    private List<Brokers.Broker> ranking(String region, LocalDate asOf) {
        var graph = cooperationGraph(region, asOf);
        double[] betweenness = Betweenness.of(graph.graph());
        var ranked = new ArrayList<Brokers.Broker>(graph.actors().size());
        for (int i = 0; i < betweenness.length; i++) {
            var actor = graph.actors().get(i);
            ranked.add(new Brokers.Broker(actor.id(), actor.name(), betweenness[i]));
        }
        ranked.sort(Comparator.comparingDouble(Brokers.Broker::betweenness)
                .reversed()
                .thenComparing(Brokers.Broker::name)
                .thenComparing(Brokers.Broker::id));
        return List.copyOf(ranked);
    }

    /** The region's actors (node index = position, by id) and their cooperations as a CSR graph. */
    CooperationGraph cooperationGraph(String region, LocalDate asOf) {
        var rows = queries.neo4j()
                .query(queries.statement("broker_subgraph"))
                .bindAll(java.util.Map.of("region", region, "asOf", asOf.toString()))
                .fetch()
                .all();
        List<ActorRef> nodes = new ArrayList<>(rows.size());
        for (var row : rows) {
            nodes.add(new ActorRef((String) row.get("id"), (String) row.get("name")));
        }
        var edges = InducedEdges.of(rows);
        return new CooperationGraph(List.copyOf(nodes), Betweenness.Graph.of(nodes.size(), edges.from(), edges.to()));
    }

    /** The induced cooperation graph of a region and the actors behind its node indexes. */
    record CooperationGraph(List<ActorRef> actors, Betweenness.Graph graph) {}
}
