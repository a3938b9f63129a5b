package de.kooperationsatlas.analysis;

import static de.kooperationsatlas.base.QueryParams.clean;
import static de.kooperationsatlas.base.QueryParams.decimal;
import static de.kooperationsatlas.base.QueryParams.integer;

import de.kooperationsatlas.base.AsOfQuery;
import de.kooperationsatlas.base.Dates;
import de.kooperationsatlas.base.LifePhase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The analyses over HTTP, exactly in the contract's JSON shapes. Numbers arrive as text and are parsed
 * here, so that a bad value is a 400 naming the parameter rather than a conversion error.
 */
@RestController
@Tag(name = "Analyses", description = "Gaps, peers, brokers, suggestions and comparisons as the contract defines them")
class AnalysisController {

    private final AnalysisService analyses;

    AnalysisController(AnalysisService analyses) {
        this.analyses = analyses;
    }

    @GetMapping("/api/analysis/coverage")
    @Operation(
            summary = "Phase coverage of a region or chain",
            description = "Per life phase the number of the region's actors active in it; gaps are the phases with"
                    + " none, in life-phase order.")
    @ApiResponse(responseCode = "200", description = "Coverage and gaps")
    @ApiResponse(responseCode = "404", description = "Unknown region or chain")
    CoverageJson coverage(@ParameterObject ScopeQuery scope, @ParameterObject AsOfQuery asOf) {
        var result = analyses.coverage(clean(scope.region()), clean(scope.chain()), asOf.date());
        return new CoverageJson(
                result.region(),
                result.phases().stream()
                        .map(p -> new PhaseJson(p.code(), p.actors()))
                        .toList(),
                result.gaps());
    }

    @GetMapping("/api/analysis/transitions")
    @Operation(
            summary = "Transition coverage of a region or chain",
            description = "Per transition p→q whether it is bridged, the actors active in both, the cooperating"
                    + " pairs; gaps are the open transitions.")
    @ApiResponse(responseCode = "200", description = "Transitions and gaps")
    @ApiResponse(responseCode = "404", description = "Unknown region or chain")
    TransitionsJson transitions(@ParameterObject ScopeQuery scope, @ParameterObject AsOfQuery asOf) {
        var result = analyses.transitions(clean(scope.region()), clean(scope.chain()), asOf.date());
        return new TransitionsJson(
                result.region(),
                result.transitions().stream()
                        .map(t -> new TransitionJson(
                                t.from(),
                                t.to(),
                                t.bridged(),
                                t.actors().stream().map(ActorRef::id).toList(),
                                t.pairs().stream()
                                        .map(p -> List.of(p.a().id(), p.b().id()))
                                        .toList()))
                        .toList(),
                result.gaps());
    }

    @GetMapping("/api/analysis/unconnected-peers")
    @Operation(
            summary = "Unconnected peers of a region",
            description = "Pairs of the region's actors sharing a life phase, not cooperating and in no common"
                    + " network; score = shared phases + shared topics, highest first.")
    @ApiResponse(responseCode = "200", description = "The pairs")
    @ApiResponse(responseCode = "404", description = "Unknown region")
    PeersJson unconnectedPeers(
            @ParameterObject RegionQuery region,
            @Parameter(description = "At most this many pairs", schema = @Schema(type = "integer", defaultValue = "50"))
                    @RequestParam(required = false)
                    @Nullable
                    String limit,
            @ParameterObject AsOfQuery asOf) {
        var result = analyses.unconnectedPeers(region.required(), integer("limit", limit, 50), asOf.date());
        return new PeersJson(
                result.region(),
                result.pairs().stream()
                        .map(p -> new PeerJson(p.a().id(), p.b().id(), p.sharedPhases(), p.sharedTopics(), p.score()))
                        .toList());
    }

    @GetMapping("/api/analysis/isolated")
    @Operation(summary = "Isolated actors of a region", description = "The region's actors without any cooperation.")
    @ApiResponse(responseCode = "200", description = "The actors' ids")
    @ApiResponse(responseCode = "404", description = "Unknown region")
    IsolatedJson isolated(@ParameterObject RegionQuery region, @ParameterObject AsOfQuery asOf) {
        var result = analyses.isolated(region.required(), asOf.date());
        return new IsolatedJson(
                result.region(), result.actors().stream().map(ActorRef::id).toList());
    }

    @GetMapping("/api/analysis/brokers")
    @Operation(
            summary = "Brokers of a region",
            description = "Normalised betweenness centrality on the cooperation graph of the region's actors,"
                    + " highest first.")
    @ApiResponse(responseCode = "200", description = "The actors with their betweenness")
    @ApiResponse(responseCode = "404", description = "Unknown region")
    BrokersJson brokers(
            @ParameterObject RegionQuery region,
            @Parameter(
                            description = "At most this many actors",
                            schema = @Schema(type = "integer", defaultValue = "10"))
                    @RequestParam(required = false)
                    @Nullable
                    String limit,
            @ParameterObject AsOfQuery asOf,
            @ParameterObject RefreshQuery refresh) {
        refreshIfAsked(refresh);
        var result = analyses.brokers(
                region.required(), integer("limit", limit, AnalysisService.DEFAULT_BROKERS), asOf.date());
        return new BrokersJson(
                result.region(),
                result.actors().stream()
                        .map(b -> new BrokerJson(b.id(), b.betweenness()))
                        .toList());
    }

    @GetMapping("/api/actors/{id}/suggestions")
    @Tag(name = "Actors")
    @Operation(
            summary = "Collaborator suggestions for an actor",
            description = "Actors not yet cooperating with it, scored 3·shared topics + 2·shared phases + common"
                    + " partners + common events + 1 if same district; each says why.")
    @ApiResponse(responseCode = "200", description = "The suggestions, highest score first")
    @ApiResponse(responseCode = "404", description = "Unknown actor")
    SuggestionsJson suggestions(
            @Parameter(description = "The actor's id", example = "HZ-GA") @PathVariable String id,
            @ParameterObject FilterQuery filter,
            @Parameter(
                            description = "At most this many suggestions",
                            schema = @Schema(type = "integer", defaultValue = "20"))
                    @RequestParam(required = false)
                    @Nullable
                    String limit,
            @ParameterObject AsOfQuery asOf) {
        var result = analyses.suggestions(
                id,
                filter.phaseOrNull(),
                filter.topicOrNull(),
                filter.radius(),
                integer("limit", limit, 20),
                asOf.date());
        return new SuggestionsJson(
                result.actor(),
                result.suggestions().stream()
                        .map(s -> new SuggestionJson(
                                s.id(),
                                s.score(),
                                s.distanceKm(),
                                s.sharedPhases(),
                                s.sharedTopics(),
                                s.commonPartners(),
                                s.commonEvents(),
                                s.sameDistrict()))
                        .toList());
    }

    @GetMapping("/api/municipalities/{ags}/collaborators")
    @Tag(name = "Regions")
    @Operation(
            summary = "Collaborators for a municipality",
            description = "Actors active in the phase and/or working on the topic (at least one) that serve the"
                    + " municipality or are seated within the radius; nearest first.")
    @ApiResponse(responseCode = "200", description = "The actors with distance and whether they serve it")
    @ApiResponse(responseCode = "404", description = "Unknown municipality")
    CollaboratorsJson collaborators(
            @Parameter(description = "Municipality key (8 digits)", example = "15085135") @PathVariable String ags,
            @ParameterObject FilterQuery filter,
            @ParameterObject AsOfQuery asOf) {
        var result =
                analyses.collaborators(ags, filter.phaseOrNull(), filter.topicOrNull(), filter.radius(), asOf.date());
        return new CollaboratorsJson(
                result.municipality(),
                result.actors().stream()
                        .map(c -> new CollaboratorJson(c.id(), c.distanceKm(), c.serves()))
                        .toList());
    }

    @GetMapping("/api/analysis/districts")
    @Operation(
            summary = "District comparison of a state",
            description = "Per district actors, actors per 10,000 inhabitants, cooperations, density, covered phases,"
                    + " bridged transitions, isolated actors; without state all 401 districts.")
    @ApiResponse(responseCode = "200", description = "The districts")
    @ApiResponse(responseCode = "404", description = "Unknown state")
    DistrictsJson districts(
            @Parameter(description = "State key (2 digits)", example = "15") @RequestParam(required = false) @Nullable
                    String state,
            @ParameterObject AsOfQuery asOf,
            @ParameterObject RefreshQuery refresh) {
        refreshIfAsked(refresh);
        var result = analyses.districts(clean(state), asOf.date());
        return new DistrictsJson(result.state(), result.districts());
    }

    @GetMapping("/api/analysis/changes")
    @Operation(
            summary = "What changed in a region or chain between two dates",
            description = "Actors and cooperations added and ended, phase and transition gaps closed and opened,"
                    + " and the key figures at both dates; from and to are ISO dates or years (their 31 December),"
                    + " default today, echoed as given.")
    @ApiResponse(responseCode = "200", description = "The changes")
    @ApiResponse(responseCode = "400", description = "A bad date, or from after to")
    @ApiResponse(responseCode = "404", description = "Unknown region or chain")
    Changes changes(
            @ParameterObject ScopeQuery scope,
            @Parameter(
                            description = "The earlier date (ISO date or year)",
                            example = "2023",
                            schema = @Schema(type = "string"))
                    @RequestParam(required = false)
                    @Nullable
                    String from,
            @Parameter(
                            description = "The later date (ISO date or year)",
                            example = "2025",
                            schema = @Schema(type = "string"))
                    @RequestParam(required = false)
                    @Nullable
                    String to) {
        var fromDate = Dates.parameter("from", from);
        var toDate = Dates.parameter("to", to);
        return analyses.changes(
                clean(scope.region()),
                clean(scope.chain()),
                clean(from) == null ? fromDate.toString() : clean(from),
                fromDate,
                clean(to) == null ? toDate.toString() : clean(to),
                toDate);
    }

    /** {@code ?refresh=true} drops the cached results, for writes made outside the app. */
    private void refreshIfAsked(RefreshQuery refresh) {
        if ("true".equalsIgnoreCase(clean(refresh.refresh()))) {
            analyses.refresh();
        }
    }

    /** Whom coverage and transitions look at: a region's actors, or a chain's contributors. */
    record ScopeQuery(
            @Parameter(
                    description = "Region key (AGS, 2, 5 or 8 digits)",
                    example = "15085",
                    schema = @Schema(type = "string"))
            @Nullable
            String region,

            @Parameter(
                    description = "Prevention chain id; region may then be left out",
                    example = "GERA-PK",
                    schema = @Schema(type = "string"))
            @Nullable
            String chain) {}

    /** {@code ?refresh=true}: the analyses that cache their results can be asked to compute afresh. */
    record RefreshQuery(
            @Parameter(
                    description = "true drops cached results first (after writes made outside the app)",
                    schema = @Schema(type = "string"))
            @Nullable
            String refresh) {}

    /** The filters of the searches for partners: by life phase, topic and distance. */
    record FilterQuery(
            @Parameter(
                    description = "Only actors active in this life phase",
                    schema = @Schema(implementation = LifePhase.class))
            @Nullable
            String phase,

            @Parameter(
                    description = "Only actors working on this topic (code or label)",
                    schema = @Schema(type = "string"))
            @Nullable
            String topic,

            @Parameter(description = "Only actors seated within this many km", schema = @Schema(type = "number"))
            @Nullable
            String radiusKm) {

        @Nullable
        String phaseOrNull() {
            return clean(phase);
        }

        @Nullable
        String topicOrNull() {
            return clean(topic);
        }

        @Nullable
        Double radius() {
            return decimal("radiusKm", radiusKm);
        }
    }

    record CoverageJson(String region, List<PhaseJson> phases, List<String> gaps) {}

    record PhaseJson(String code, long actors) {}

    record TransitionsJson(String region, List<TransitionJson> transitions, List<List<String>> gaps) {}

    record TransitionJson(String from, String to, boolean bridged, List<String> actors, List<List<String>> pairs) {}

    record PeersJson(String region, List<PeerJson> pairs) {}

    record PeerJson(String a, String b, List<String> sharedPhases, List<String> sharedTopics, long score) {}

    record IsolatedJson(String region, List<String> actors) {}

    record BrokersJson(String region, List<BrokerJson> actors) {}

    record BrokerJson(String id, double betweenness) {}

    record SuggestionsJson(String actor, List<SuggestionJson> suggestions) {}

    record SuggestionJson(
            String id,
            long score,
            @Nullable Double distanceKm,
            List<String> sharedPhases,
            List<String> sharedTopics,
            List<String> commonPartners,
            List<String> commonEvents,
            boolean sameDistrict) {}

    record CollaboratorsJson(String municipality, List<CollaboratorJson> actors) {}

    record CollaboratorJson(String id, @Nullable Double distanceKm, boolean serves) {}

    record DistrictsJson(@Nullable String state, List<DistrictComparison.District> districts) {}
}
