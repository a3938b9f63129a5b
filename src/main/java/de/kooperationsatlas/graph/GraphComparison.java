package de.kooperationsatlas.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Two pictures of one scope at two dates merged into one: everything active at either date, each node
 * and edge marked {@code added}, {@code ended} or {@code same} (the network picture's comparison).
 */
final class GraphComparison {

    private GraphComparison() {}

    /** The union of both pictures, each node and edge marked with how it changed from before to after. */
    static NetworkGraph of(NetworkGraph before, NetworkGraph after) {
        if (before.tooLarge() || after.tooLarge()) {
            int matching = Math.max(before.matchingActors(), after.matchingActors());
            int scope = Math.max(before.scopeActors(), after.scopeActors());
            return new NetworkGraph(
                    after.scope(), after.filter(), scope, matching, after.maxNodes(), true, List.of(), List.of());
        }
        Map<String, NetworkGraph.Node> earlier = new LinkedHashMap<>();
        before.nodes().forEach(n -> earlier.put(n.id(), n));
        List<NetworkGraph.Node> nodes = new ArrayList<>();
        Set<String> later = new HashSet<>();
        for (var node : after.nodes()) {
            later.add(node.id());
            nodes.add(node.withChange(earlier.containsKey(node.id()) ? NetworkGraph.SAME : NetworkGraph.ADDED));
        }
        earlier.values().stream()
                .filter(n -> !later.contains(n.id()))
                .forEach(n -> nodes.add(n.withChange(NetworkGraph.ENDED)));
        nodes.sort(Comparator.comparing(NetworkGraph.Node::name).thenComparing(NetworkGraph.Node::id));
        Map<String, NetworkGraph.Edge> earlierEdges = new LinkedHashMap<>();
        before.edges().forEach(e -> earlierEdges.put(e.key(), e));
        List<NetworkGraph.Edge> edges = new ArrayList<>();
        Set<String> laterEdges = new HashSet<>();
        for (var edge : after.edges()) {
            laterEdges.add(edge.key());
            edges.add(edge.withChange(earlierEdges.containsKey(edge.key()) ? NetworkGraph.SAME : NetworkGraph.ADDED));
        }
        earlierEdges.values().stream()
                .filter(e -> !laterEdges.contains(e.key()))
                .forEach(e -> edges.add(e.withChange(NetworkGraph.ENDED)));
        edges.sort(Comparator.comparing(NetworkGraph.Edge::source).thenComparing(NetworkGraph.Edge::target));
        return new NetworkGraph(
                after.scope(),
                after.filter(),
                Math.max(nodes.size(), Math.max(before.scopeActors(), after.scopeActors())),
                nodes.size(),
                after.maxNodes(),
                false,
                nodes,
                edges);
    }
}
