package de.kooperationsatlas.structure;

import static de.kooperationsatlas.base.QueryParams.integer;
import static de.kooperationsatlas.base.QueryParams.number;

import de.kooperationsatlas.analysis.RegionQuery;
import de.kooperationsatlas.base.AsOfQuery;
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
 * The structure of a region's network over HTTP, in the contract's JSON shapes; every endpoint takes
 * {@code asOf} (default today): G(R) is then the region's actors and cooperations active at that date.
 */
@RestController
@Tag(name = "Analyses")
class StructureController {

    private final StructureService structure;

    StructureController(StructureService structure) {
        this.structure = structure;
    }

    @GetMapping("/api/analysis/structural-holes")
    @Operation(
            summary = "Structural holes of a region",
            description = "Per actor degree, effective size, efficiency and constraint (Burt) in the region's"
                    + " cooperation graph; lowest constraint first, actors without partners last.")
    @ApiResponse(responseCode = "200", description = "The actors with their figures")
    @ApiResponse(responseCode = "404", description = "Unknown region")
    HolesJson structuralHoles(
            @ParameterObject RegionQuery region, @ParameterObject LimitQuery limit, @ParameterObject AsOfQuery asOf) {
        var result = structure.structuralHoles(region.required(), limit.value(), asOf.date());
        return new HolesJson(
                result.region(),
                result.actors().stream()
                        .map(a -> new HoleJson(a.id(), a.degree(), a.effectiveSize(), a.efficiency(), a.constraint()))
                        .toList());
    }

    @GetMapping("/api/analysis/cut-points")
    @Operation(
            summary = "Cut points and critical cooperations of a region",
            description = "Actors and cooperations whose loss splits the region's network, with how many actors"
                    + " each separates; most separating first.")
    @ApiResponse(responseCode = "200", description = "The cut points and critical cooperations")
    @ApiResponse(responseCode = "404", description = "Unknown region")
    CutPointsJson cutPoints(@ParameterObject RegionQuery region, @ParameterObject AsOfQuery asOf) {
        var result = structure.cutPoints(region.required(), asOf.date());
        return new CutPointsJson(
                result.region(),
                result.actors().stream()
                        .map(a -> new CutPointJson(a.id(), a.separates()))
                        .toList(),
                result.cooperations().stream()
                        .map(c -> new CriticalJson(c.a(), c.b(), c.separates()))
                        .toList());
    }

    @GetMapping("/api/analysis/communities")
    @Operation(
            summary = "Communities of a region",
            description = "A partition of the region's actors by the Leiden algorithm on modularity"
                    + " (deterministic); largest first.")
    @ApiResponse(responseCode = "200", description = "The communities and the partition's modularity")
    @ApiResponse(responseCode = "404", description = "Unknown region")
    Communities communities(
            @ParameterObject RegionQuery region,
            @Parameter(
                            description = "Modularity resolution: higher gives more, smaller communities",
                            schema = @Schema(type = "number", defaultValue = "1.0"))
                    @RequestParam(required = false)
                    @Nullable
                    String resolution,
            @ParameterObject AsOfQuery asOf) {
        return structure.communities(region.required(), number("resolution", resolution, 1.0), asOf.date());
    }

    @GetMapping("/api/analysis/sectors")
    @Operation(
            summary = "Sectors and sector gaps of a region",
            description = "Actors per sector, cooperations and density per pair of sectors, and the pairs of"
                    + " sectors present that never cooperate.")
    @ApiResponse(responseCode = "200", description = "Sectors, pairs and gaps")
    @ApiResponse(responseCode = "404", description = "Unknown region")
    SectorMatrix sectors(@ParameterObject RegionQuery region, @ParameterObject AsOfQuery asOf) {
        return structure.sectors(region.required(), asOf.date());
    }

    @GetMapping("/api/analysis/brokerage")
    @Operation(
            summary = "Brokerage between sectors in a region",
            description = "Gould-Fernandez roles for undirected ties (coordinator, consultant, representative,"
                    + " liaison) per actor; most cross-sector brokering first.")
    @ApiResponse(responseCode = "200", description = "The actors with their counts")
    @ApiResponse(responseCode = "404", description = "Unknown region")
    BrokerageJson brokerage(
            @ParameterObject RegionQuery region, @ParameterObject LimitQuery limit, @ParameterObject AsOfQuery asOf) {
        var result = structure.brokerage(region.required(), limit.value(), asOf.date());
        return new BrokerageJson(
                result.region(),
                result.actors().stream()
                        .map(b -> new BrokerageActorJson(
                                b.id(),
                                b.sector(),
                                b.coordinator(),
                                b.consultant(),
                                b.representative(),
                                b.liaison(),
                                b.crossSector(),
                                b.total()))
                        .toList());
    }

    @GetMapping("/api/actors/{id}/network")
    @Tag(name = "Actors")
    @Operation(
            summary = "Ego network of an actor",
            description = "Every actor of the whole store active at asOf within depth cooperations active then,"
                    + " with its distance, and the active cooperations among them.")
    @ApiResponse(responseCode = "200", description = "The actors and cooperations")
    @ApiResponse(responseCode = "404", description = "Unknown actor, or not active at asOf")
    EgoJson network(
            @Parameter(description = "The actor's id", example = "HZ-GA") @PathVariable String id,
            @Parameter(
                            description = "Steps from the actor, 1 to 3",
                            schema = @Schema(type = "integer", defaultValue = "1"))
                    @RequestParam(required = false)
                    @Nullable
                    String depth,
            @ParameterObject AsOfQuery asOf) {
        var result = structure.egoNetwork(id, integer("depth", depth, 1), asOf.date());
        return new EgoJson(
                result.actor(),
                result.depth(),
                result.actors().stream()
                        .map(m -> new EgoActorJson(m.id(), m.distance()))
                        .toList(),
                result.cooperations());
    }

    @GetMapping("/api/actors/{id}/paths/{other}")
    @Tag(name = "Actors")
    @Operation(
            summary = "Shortest paths between two actors",
            description = "The shortest chains of cooperations active at asOf in the whole store from the actor"
                    + " to the other, ordered by their lists of ids; distance null when they are not connected.")
    @ApiResponse(responseCode = "200", description = "The distance and the paths")
    @ApiResponse(responseCode = "404", description = "Unknown actor, or not active at asOf")
    ActorPaths paths(
            @Parameter(description = "The actor's id", example = "HZ-GA") @PathVariable String id,
            @Parameter(description = "The other actor's id", example = "HZ-KSB") @PathVariable String other,
            @Parameter(description = "At most this many paths", schema = @Schema(type = "integer", defaultValue = "10"))
                    @RequestParam(required = false)
                    @Nullable
                    String limit,
            @ParameterObject AsOfQuery asOf) {
        return structure.paths(id, other, integer("limit", limit, StructureService.DEFAULT_LIMIT), asOf.date());
    }

    record HolesJson(String region, List<HoleJson> actors) {}

    record HoleJson(
            String id,
            int degree,
            @Nullable Double effectiveSize,
            @Nullable Double efficiency,
            @Nullable Double constraint) {}

    record CutPointsJson(String region, List<CutPointJson> actors, List<CriticalJson> cooperations) {}

    record CutPointJson(String id, int separates) {}

    record CriticalJson(String a, String b, int separates) {}

    record BrokerageJson(String region, List<BrokerageActorJson> actors) {}

    record BrokerageActorJson(
            String id,
            String sector,
            long coordinator,
            long consultant,
            long representative,
            long liaison,
            long crossSector,
            long total) {}

    record EgoJson(String actor, int depth, List<EgoActorJson> actors, List<List<String>> cooperations) {}

    record EgoActorJson(String id, int distance) {}

    /** How many actors a ranking lists (default 10). */
    record LimitQuery(
            @Parameter(
                    description = "At most this many actors",
                    schema = @Schema(type = "integer", defaultValue = "10"))
            @Nullable
            String limit) {

        int value() {
            return integer("limit", limit, StructureService.DEFAULT_LIMIT);
        }
    }
}
