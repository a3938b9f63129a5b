package de.kooperationsatlas.graph;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One network picture as a single payload: the actors (nodes) and cooperations (edges) of a scope
 * after the filter. When more actors pass the filter than {@code maxNodes}, the picture is
 * {@code tooLarge}: it then holds no nodes and edges, only the counts, so the view can ask for a
 * narrower filter instead of freezing the browser.
 *
 * @param scopeActors the actors of the scope before the filter
 * @param matchingActors the actors that pass the filter (the nodes, unless too large)
 * @param maxNodes the configured limit ({@code atlas.graph.max-nodes})
 */
public record NetworkGraph(
        GraphScope scope,
        GraphFilter filter,
        int scopeActors,
        int matchingActors,
        int maxNodes,
        boolean tooLarge,
        List<Node> nodes,
        List<Edge> edges) {

    /**
     * An actor in the picture.
     *
     * @param phases its life phases; for a chain the phases it contributes
     * @param betweenness normalised betweenness in the scope's whole cooperation graph (unfiltered):
     *     for a region the brokers analysis, for a network or chain the graph among its actors
     * @param isolated no cooperation at all, with anyone (the contract's isolated actors)
     */
    public record Node(
            String id,
            String name,
            String type,
            @Nullable String seatAgs,
            @Nullable String seatName,
            List<String> phases,
            List<String> topics,
            double betweenness,
            boolean isolated) {}

    /** A cooperation between two actors of the picture, {@code source} the smaller id. */
    public record Edge(
            String source,
            String target,
            @Nullable String kind,
            @Nullable Long intensity,
            @Nullable String since) {}
}
