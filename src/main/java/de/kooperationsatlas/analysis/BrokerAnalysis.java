package de.kooperationsatlas.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    Brokers brokers(String region, int limit) {
        queries.requireRegion(region);
        AnalysisQueries.requirePositive("limit", limit);
        // The whole ranking is cached, so that every limit is answered from the one computation.
        List<Brokers.Broker> ranked = cache.get("brokers", region, () -> ranking(region));
        return new Brokers(region, List.copyOf(ranked.subList(0, Math.min(limit, ranked.size()))));
    }

    private List<Brokers.Broker> ranking(String region) {
        var graph = cooperationGraph(region);
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
    CooperationGraph cooperationGraph(String region) {
        var rows = queries.neo4j()
                .query(queries.statement("broker_subgraph"))
                .bind(region)
                .to("region")
                .fetch()
                .all();
        List<ActorRef> nodes = new ArrayList<>(rows.size());
        Map<String, Integer> index = new HashMap<>(rows.size() * 2);
        for (var row : rows) {
            var id = (String) row.get("id");
            index.put(id, nodes.size());
            nodes.add(new ActorRef(id, (String) row.get("name")));
        }
        int edges = rows.stream()
                .mapToInt(r -> ((List<?>) r.get("partners")).size())
                .sum();
        int[] from = new int[edges];
        int[] to = new int[edges];
        int e = 0;
        for (var row : rows) {
            int a = index.get((String) row.get("id"));
            for (Object partner : (List<?>) row.get("partners")) {
                // Partners outside the region are not rows: the graph is the one induced by the region.
                Integer b = index.get((String) partner);
                if (b != null) {
                    from[e] = a;
                    to[e] = b;
                    e++;
                }
            }
        }
        return new CooperationGraph(
                List.copyOf(nodes), Betweenness.Graph.of(nodes.size(), Arrays.copyOf(from, e), Arrays.copyOf(to, e)));
    }

    /** The induced cooperation graph of a region and the actors behind its node indexes. */
    record CooperationGraph(List<ActorRef> actors, Betweenness.Graph graph) {}
}
