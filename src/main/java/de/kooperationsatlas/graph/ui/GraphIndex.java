package de.kooperationsatlas.graph.ui;

import de.kooperationsatlas.graph.NetworkGraph;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The drawn picture's actors by id with their number of cooperations, for the panel and the tables. */
record GraphIndex(Map<String, NetworkGraph.Node> nodes, Map<String, Integer> degrees) {

    static final GraphIndex EMPTY = new GraphIndex(Map.of(), Map.of());

    static GraphIndex of(NetworkGraph graph) {
        Map<String, NetworkGraph.Node> nodes = new HashMap<>();
        graph.nodes().forEach(n -> nodes.put(n.id(), n));
        Map<String, Integer> degrees = new HashMap<>();
        for (var e : graph.edges()) {
            degrees.merge(e.source(), 1, Integer::sum);
            degrees.merge(e.target(), 1, Integer::sum);
        }
        return new GraphIndex(Map.copyOf(nodes), Map.copyOf(degrees));
    }

    NetworkGraph.@Nullable Node node(@Nullable String id) {
        return id == null ? null : nodes.get(id);
    }

    int degree(String id) {
        return degrees.getOrDefault(id, 0);
    }

    /** The actor's name, or its id when it is not in the picture. */
    String name(String id) {
        var node = nodes.get(id);
        return node == null ? id : node.name();
    }

    /** Betweenness with three decimals in the page's language. */
    static String number(double value, Locale locale) {
        var format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(3);
        format.setMaximumFractionDigits(3);
        return format.format(value);
    }
}
