package de.kooperationsatlas.graph;

import com.fasterxml.jackson.annotation.JsonInclude;
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
 * <p>With a comparison date ({@code compare}, before {@code asOf}) the picture holds the union of what
 * is active at {@code compare} or at {@code asOf}, and every node and edge says how it changed: {@link
 * #ADDED} (active at {@code asOf}, not at {@code compare}), {@link #ENDED} (the reverse) or {@link
 * #SAME}. Without a comparison {@code change} is left out of the JSON.
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

    /** Active at {@code asOf}, not at {@code compare}. */
    public static final String ADDED = "added";

    /** Active at {@code compare}, not at {@code asOf}. */
    public static final String ENDED = "ended";

    /** Active at both dates. */
    public static final String SAME = "same";

    /** How many cooperations changed this way ({@link #ADDED}, {@link #ENDED} or {@link #SAME}). */
    public long edgesChanged(String change) {
        return edges.stream().filter(e -> change.equals(e.change())).count();
    }

    /** How many actors changed this way ({@link #ADDED}, {@link #ENDED} or {@link #SAME}). */
    public long nodesChanged(String change) {
        return nodes.stream().filter(n -> change.equals(n.change())).count();
    }

    /**
     * An actor in the picture.
     *
     * @param phases its life phases; for a chain the phases it contributes
     * @param betweenness normalised betweenness in the scope's whole cooperation graph (unfiltered):
     *     for a region the brokers analysis, for a network or chain the graph among its actors
     * @param isolated no cooperation at all, with anyone (the contract's isolated actors)
     * @param sector the contract's sector of its type
     * @param community its community in the scope's whole cooperation graph (unfiltered; for a region
     *     G(R) at resolution 1, numbered as the communities analysis lists them: 0 the largest)
     * @param separates as a cut point of that graph, how many actors it separates (0: no cut point)
     * @param partners its partners in that graph
     * @param effectiveSize Burt's effective size in that graph (null without partners)
     * @param constraint Burt's constraint in that graph (null without partners)
     * @param crossSector its Gould–Fernandez brokerage between sectors in that graph
     * @param change with a comparison: added, ended or same; otherwise null (left out)
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
            boolean isolated,
            String sector,
            int community,
            int separates,
            int partners,
            @Nullable Double effectiveSize,
            @Nullable Double constraint,
            long crossSector,

            @Schema(allowableValues = {ADDED, ENDED, SAME}) @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable
            String change) {

        /** The same actor marked with how it changed. */
        public Node withChange(@Nullable String value) {
            return new Node(
                    id,
                    name,
                    type,
                    seatAgs,
                    seatName,
                    phases,
                    topics,
                    betweenness,
                    isolated,
                    sector,
                    community,
                    separates,
                    partners,
                    effectiveSize,
                    constraint,
                    crossSector,
                    value);
        }
    }

    /**
     * A cooperation between two actors of the picture, {@code source} the smaller id.
     *
     * @param since its start as stored (a year or an ISO date)
     * @param until its end as stored
     * @param critical the only bridge between two parts of the scope's whole cooperation graph (a
     *     critical cooperation of the cut points analysis)
     * @param change with a comparison: added, ended or same; otherwise null (left out)
     */
    @Schema(name = "GraphEdge")
    public record Edge(
            String source,
            String target,

            @Schema(implementation = CooperationKind.class) @Nullable
            String kind,

            @Nullable Long intensity,
            @Nullable String since,
            @Nullable String until,
            boolean critical,

            @Schema(allowableValues = {ADDED, ENDED, SAME}) @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable
            String change) {

        /** The same cooperation marked with how it changed. */
        public Edge withChange(@Nullable String value) {
            return new Edge(source, target, kind, intensity, since, until, critical, value);
        }

        /** The pair as one key. */
        public String key() {
            return source + "\u2194" + target;
        }

        /** The same cooperation, marked critical or not. */
        Edge withCritical(boolean value) {
            return new Edge(source, target, kind, intensity, since, until, value, change);
        }
    }
}
