package de.kooperationsatlas.graph;

import de.kooperationsatlas.actor.ActorType;
import de.kooperationsatlas.actor.CooperationKind;
import de.kooperationsatlas.base.AsOfQuery;
import de.kooperationsatlas.base.Dates;
import de.kooperationsatlas.base.LifePhase;
import de.kooperationsatlas.base.QueryParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The network picture's payload over HTTP, the same JSON the browser component draws:
 * {@code GET /api/graph?region=15085&phase=&topic=&type=&kind=&asOf=} (or {@code network=} or
 * {@code chain=} instead of {@code region=}); as of {@code asOf} (default today): only actors,
 * cooperations and memberships active then; with {@code compare=} (an earlier date) the union of both
 * dates' pictures, each node and edge marked added, ended or same.
 */
@RestController
@Tag(name = "Network picture", description = "The cooperation network of a region, network or chain as one payload")
class GraphController {

    private final GraphService graphs;

    GraphController(GraphService graphs) {
        this.graphs = graphs;
    }

    @GetMapping(value = "/api/graph", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "The cooperation network of a region, a network, a prevention chain or an actor's ego network",
            description = "Nodes are actors (type, seat, phases, topics, betweenness, isolated, and the structure"
                    + " figures of the scope's whole graph: sector, community, separates, partners, effective size,"
                    + " constraint, cross-sector brokerage), edges cooperations (kind, intensity, since, until,"
                    + " critical), filtered by phase, topic, actor type and cooperation kind; as of"
                    + " asOf: only actors, cooperations and memberships active then. Above atlas.graph.max-nodes"
                    + " only the counts are sent (tooLarge). With compare (an earlier date): what is active at either"
                    + " date, each node and edge marked added, ended or same.")
    @ApiResponse(
            responseCode = "200",
            description = "The picture's nodes and edges",
            content =
                    @io.swagger.v3.oas.annotations.media.Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = NetworkGraph.class)))
    @ApiResponse(responseCode = "404", description = "Unknown region, network, chain or actor")
    String graph(
            @Parameter(description = "Region key (AGS)", example = "15085") @RequestParam(required = false) @Nullable
                    String region,
            @Parameter(description = "Network id (instead of region)") @RequestParam(required = false) @Nullable
                    String network,
            @Parameter(description = "Prevention chain id (instead of region)", example = "GERA-PK")
                    @RequestParam(required = false)
                    @Nullable
                    String chain,
            @Parameter(description = "Actor id: its ego network (instead of region)", example = "HZ-GA")
                    @RequestParam(required = false)
                    @Nullable
                    String actor,
            @Parameter(description = "Depth of the ego network, 1 to 3 (default 2)", example = "2")
                    @RequestParam(required = false)
                    @Nullable
                    String depth,
            @Parameter(
                            description = "Only actors active in this life phase (code)",
                            schema = @Schema(implementation = LifePhase.class))
                    @RequestParam(required = false)
                    @Nullable
                    String phase,
            @Parameter(description = "Only actors working on this topic (label)")
                    @RequestParam(required = false)
                    @Nullable
                    String topic,
            @Parameter(description = "Only actors of this type", schema = @Schema(implementation = ActorType.class))
                    @RequestParam(required = false)
                    @Nullable
                    String type,
            @Parameter(
                            description = "Only cooperations of this kind",
                            schema = @Schema(implementation = CooperationKind.class))
                    @RequestParam(required = false)
                    @Nullable
                    String kind,
            @ParameterObject AsOfQuery asOf,
            @Parameter(
                            description = "Compare with this earlier date (same forms as asOf, not after it): the"
                                    + " payload then holds what is active at either date, every node and edge with"
                                    + " change = added (active at asOf only), ended (active at compare only) or same",
                            example = "2023-12-31",
                            schema = @Schema(type = "string"))
                    @RequestParam(required = false)
                    @Nullable
                    String compare) {
        var filter = GraphFilter.parse(phase, topic, type, kind);
        var date = asOf.date();
        var earlier = blankToNull(compare) == null ? null : Dates.parameter("compare", compare);
        var request = new GraphRequest(
                blankToNull(region),
                blankToNull(network),
                blankToNull(chain),
                blankToNull(actor),
                QueryParams.integer("depth", depth, GraphRequest.DEFAULT_DEPTH));
        return graphs.json(graphs.of(request, filter, date, earlier));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
