package de.kooperationsatlas.actor;

import de.kooperationsatlas.actor.ActorApiJson.ActorBody;
import de.kooperationsatlas.actor.ActorApiJson.ActorJson;
import de.kooperationsatlas.actor.ActorApiJson.ActorRowJson;
import de.kooperationsatlas.actor.ActorApiJson.CooperationBody;
import de.kooperationsatlas.actor.ActorApiJson.CooperationJson;
import de.kooperationsatlas.base.ApiBodies;
import de.kooperationsatlas.base.ApiPage;
import de.kooperationsatlas.base.LifePhase;
import de.kooperationsatlas.base.NotFoundException;
import de.kooperationsatlas.base.ParameterException;
import de.kooperationsatlas.region.RegionService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/actors}: the actor list with filters and paging, one actor in the contract's shape, and
 * its cooperations. Rights are the services' business: an editor scoped to regions is refused for an
 * actor seated elsewhere however the request was made.
 */
@RestController
@RequestMapping(path = "/api/actors", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Actors", description = "Actors (Akteure) with their areas, phases, topics, networks, cooperations")
class ActorController {

    private final ActorService actors;
    private final CooperationService cooperations;
    private final RegionService regions;

    ActorController(ActorService actors, CooperationService cooperations, RegionService regions) {
        this.actors = actors;
        this.cooperations = cooperations;
        this.regions = regions;
    }

    @GetMapping
    @Operation(
            summary = "Lists actors, filtered and paged",
            description = "Actors ordered by name, then id. Every filter is optional; filters combine with AND.")
    @ApiResponse(responseCode = "200", description = "One page of actors")
    @ApiResponse(responseCode = "400", description = "page or size out of range, or an unknown parameter")
    ApiPage<ActorRowJson> list(
            @Parameter(
                            description = "Region key (AGS, 2/5/8 digits): actors whose seat or served area contains"
                                    + " the region or lies in it",
                            example = "15085")
                    @RequestParam(required = false)
                    @Nullable
                    String region,
            @Parameter(
                            description = "Life-phase code, e.g. EARLY_CHILDHOOD",
                            schema = @Schema(implementation = LifePhase.class))
                    @RequestParam(required = false)
                    @Nullable
                    String phase,
            @Parameter(description = "Topic code or label, e.g. bewegungsfoerderung")
                    @RequestParam(required = false)
                    @Nullable
                    String topic,
            @Parameter(
                            description = "Actor type, e.g. PUBLIC_HEALTH_OFFICE",
                            schema = @Schema(implementation = ActorType.class))
                    @RequestParam(required = false)
                    @Nullable
                    String type,
            @Parameter(description = "Free text, matched in name and id (case-insensitive)")
                    @RequestParam(required = false)
                    @Nullable
                    String q,
            @ParameterObject ApiPage.Query page) {
        var request = page.request();
        var filter = new ActorFilter(region, type, phase, topic, q);
        checkFilter(filter);
        var rows = actors.search(filter, (int) request.offset(), request.size());
        return new ApiPage<>(
                rows.stream().map(ActorRowJson::of).toList(), request.page(), request.size(), actors.count(filter));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One actor with its areas, phases, topics, networks, cooperations and events")
    @ApiResponse(responseCode = "200", description = "The actor")
    @ApiResponse(responseCode = "404", description = "No actor has this id")
    ActorJson get(@Parameter(description = "The actor's id", example = "HZ-GA") @PathVariable String id) {
        return ActorJson.of(actors.get(id));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Creates or changes an actor",
            description = "Takes the fields of GET that an actor's owner may change; networks, cooperations,"
                    + " events and the audit fields are ignored when sent back. Lists replace the stored ones"
                    + " (a missing list is empty). EDITOR for actors seated in the editor's regions (old and new"
                    + " seat), ADMIN everywhere.")
    @ApiResponse(responseCode = "200", description = "The actor was changed")
    @ApiResponse(responseCode = "201", description = "The actor was created")
    @ApiResponse(
            responseCode = "400",
            description = "Broken fields, each listed in errors[] with field and message, or an unreadable body")
    @ApiResponse(responseCode = "403", description = "Not an editor, or the seat lies outside the editor's regions")
    ResponseEntity<ActorJson> put(
            @Parameter(description = "The actor's id (created when it does not exist)", example = "HZ-GA") @PathVariable
                    String id,
            @RequestBody ActorBody body) {
        var draft = body.draft(id);
        if (actors.exists(id)) {
            return ResponseEntity.ok(ActorJson.of(actors.update(id, draft)));
        }
        var created = actors.create(draft);
        return ResponseEntity.created(ApiBodies.location("/api/actors", id)).body(ActorJson.of(created));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Deletes an actor",
            description = "With its cooperations, memberships, contributions and participations; recorded in the"
                    + " change log.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "403", description = "Not an editor, or the seat lies outside the editor's regions")
    @ApiResponse(responseCode = "404", description = "No actor has this id")
    void delete(@Parameter(description = "The actor's id") @PathVariable String id) {
        actors.delete(id);
    }

    @PutMapping(path = "/{id}/cooperations/{other}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Creates or changes the cooperation of two actors",
            description = "One cooperation per unordered pair. Across regions, either end suffices: an editor may"
                    + " create or change a cooperation when at least one of the two actors is seated in the editor's"
                    + " regions, also when the other actor is seated elsewhere (an editor for 15 may change a"
                    + " cooperation between a Saxony-Anhalt and a Thuringian actor, which changes Thuringia's"
                    + " analyses too; cross-border cooperation is real). A cooperation with neither end in the"
                    + " editor's regions is a 403.")
    @ApiResponse(responseCode = "200", description = "The cooperation was changed")
    @ApiResponse(responseCode = "201", description = "The cooperation was created")
    @ApiResponse(responseCode = "400", description = "Unknown kind, bad since or intensity, or an actor with itself")
    @ApiResponse(
            responseCode = "403",
            description = "Neither actor is seated in the editor's regions (one end in them suffices)")
    @ApiResponse(responseCode = "404", description = "One of the actors does not exist")
    ResponseEntity<CooperationJson> putCooperation(
            @Parameter(description = "One actor's id", example = "HZ-GA") @PathVariable String id,
            @Parameter(description = "The other actor's id", example = "HZ-KV") @PathVariable String other,
            @RequestBody CooperationBody body) {
        boolean created = cooperations.save(id, other, body.draft());
        var json = cooperation(id, other);
        return created ? ResponseEntity.status(HttpStatus.CREATED).body(json) : ResponseEntity.ok(json);
    }

    @DeleteMapping("/{id}/cooperations/{other}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Deletes the cooperation of two actors",
            description = "Recorded in the change log. As for changes, either end in the editor's regions suffices:"
                    + " an editor for 15 may delete a cooperation between a Saxony-Anhalt and a Thuringian actor,"
                    + " not one between two Thuringian actors (403).")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(
            responseCode = "403",
            description = "Neither actor is seated in the editor's regions (one end in them suffices)")
    @ApiResponse(responseCode = "404", description = "An actor or the cooperation does not exist")
    void deleteCooperation(
            @Parameter(description = "One actor's id") @PathVariable String id,
            @Parameter(description = "The other actor's id") @PathVariable String other) {
        cooperations.delete(id, other);
    }

    /** An unknown region is a 404, an unknown phase or type a 400, each naming it (the contract's rule). */
    private void checkFilter(ActorFilter filter) {
        if (filter.region() != null
                && !filter.region().isBlank()
                && !regions.exists(filter.region().strip())) {
            throw new NotFoundException("region", filter.region().strip());
        }
        if (filter.phase() != null
                && !filter.phase().isBlank()
                && LifePhase.ofCode(filter.phase().strip()).isEmpty()) {
            throw new ParameterException(
                    "phase",
                    "Unknown life phase '" + filter.phase() + "' in the parameter phase",
                    "api.param.unknownPhase",
                    filter.phase());
        }
        if (filter.type() != null
                && !filter.type().isBlank()
                && ActorType.ofCode(filter.type().strip()).isEmpty()) {
            throw new ParameterException(
                    "type",
                    "Unknown actor type '" + filter.type() + "' in the parameter type",
                    "api.param.unknownType",
                    filter.type());
        }
    }

    private CooperationJson cooperation(String id, String other) {
        return actors.get(id).cooperations().stream()
                .filter(c -> c.actor().equals(other))
                .findFirst()
                .map(CooperationJson::of)
                .orElseThrow();
    }
}
