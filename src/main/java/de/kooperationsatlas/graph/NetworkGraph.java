package de.kooperationsatlas.graph;

import de.kooperationsatlas.actor.ActorType;
import de.kooperationsatlas.actor.CooperationKind;
import de.kooperationsatlas.base.LifePhase;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
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
@Schema(name = "NetworkGraph")
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
    @Schema(name = "GraphNode")
    public record Node(
            String id,
            String name,
            @Schema(implementation = ActorType.class) String type,
            @Nullable String seatAgs,
            @Nullable String seatName,

            @ArraySchema(schema = @Schema(implementation = LifePhase.class))
            List<String> phases,

            List<String> topics,
            double betweenness,
            boolean isolated) {}

    /** A cooperation between two actors of the picture, {@code source} the smaller id. */
    @Schema(name = "GraphEdge")
    public record Edge(
            String source,
            String target,

            @Schema(implementation = CooperationKind.class) @Nullable
            String kind,

            @Nullable Long intensity,
            @Nullable String since) {}
}
