package de.kooperationsatlas.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import de.kooperationsatlas.base.ApiBodies;
import de.kooperationsatlas.base.ApiPage;
import de.kooperationsatlas.base.KeyedEndpoints;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/events}: events (ADMIN changes them) and their participants (EDITOR for participants
 * seated in the editor's regions), as the admin pages offer them.
 */
@RestController
@RequestMapping(path = "/api/events", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Events", description = "Events (Veranstaltungen) and the actors that took part")
class EventController {

    private final EventService events;

    EventController(EventService events) {
        this.events = events;
    }

    @GetMapping
    @Operation(summary = "Lists events, the latest first, paged")
    @ApiResponse(responseCode = "200", description = "One page of events")
    ApiPage<EventRowJson> list(@ParameterObject ApiPage.Query query) {
        return ApiPage.of(events.list(), query.request(), EventRowJson::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One event with its place and participants")
    @ApiResponse(responseCode = "200", description = "The event")
    @ApiResponse(responseCode = "404", description = "No event has this id")
    EventJson get(@Parameter(description = "The event's id", example = "HZ-GK-2023-11-23") @PathVariable String id) {
        return EventJson.of(events.get(id));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Creates or changes an event (ADMIN)")
    @ApiResponse(responseCode = "200", description = "The event was changed")
    @ApiResponse(responseCode = "201", description = "The event was created")
    @ApiResponse(
            responseCode = "400",
            description = "Broken fields, each listed in errors[] with field and message; a date that is no ISO date")
    @ApiResponse(responseCode = "403", description = "Not an administrator")
    ResponseEntity<EventJson> put(
            @Parameter(description = "The event's id (created when it does not exist)") @PathVariable String id,
            @RequestBody EventBody body) {
        var draft = new EventDraft(
                ApiBodies.key(body.id(), id, "event.error.idChanged"),
                ApiBodies.text(body.name()),
                body.date(),
                ApiBodies.text(body.municipalityAgs()));
        return KeyedEndpoints.put(events, "/api/events", id, draft, EventJson::of);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Deletes an event with its participations (ADMIN)")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "403", description = "Not an administrator")
    @ApiResponse(responseCode = "404", description = "No event has this id")
    void delete(@Parameter(description = "The event's id") @PathVariable String id) {
        events.delete(id);
    }

    @PutMapping("/{id}/participants/{actor}")
    @Operation(
            summary = "Records that an actor took part",
            description = "No body. EDITOR for actors seated in the editor's regions, ADMIN everywhere.")
    @ApiResponse(responseCode = "200", description = "The participation was there already")
    @ApiResponse(responseCode = "201", description = "The participation was created")
    @ApiResponse(responseCode = "403", description = "The actor is seated outside the editor's regions")
    @ApiResponse(responseCode = "404", description = "The event or the actor does not exist")
    ResponseEntity<ParticipantJson> putParticipant(
            @Parameter(description = "The event's id") @PathVariable String id,
            @Parameter(description = "The actor's id") @PathVariable String actor) {
        boolean created = events.addParticipant(id, actor);
        return KeyedEndpoints.link(created, events.get(id).participants(), actor, ParticipantJson::of);
    }

    @DeleteMapping("/{id}/participants/{actor}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Removes an actor's participation", description = "Recorded in the change log.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "403", description = "The actor is seated outside the editor's regions")
    @ApiResponse(responseCode = "404", description = "The event, the actor or the participation does not exist")
    void deleteParticipant(
            @Parameter(description = "The event's id") @PathVariable String id,
            @Parameter(description = "The actor's id") @PathVariable String actor) {
        events.removeParticipant(id, actor);
    }

    record EventRowJson(
            String id,
            String name,
            @Nullable LocalDate date,

            @Schema(description = "Where it was held (8-digit AGS)") @Nullable
            String municipalityAgs,

            @Schema(description = "Number of participants") long participants) {
        static EventRowJson of(EventRow row) {
            return new EventRowJson(
                    row.id(),
                    row.name(),
                    row.date(),
                    row.municipality() == null ? null : row.municipality().ags(),
                    row.participants());
        }
    }

    record EventJson(
            String id,
            String name,
            @Nullable LocalDate date,

            @Schema(description = "Where it was held (8-digit AGS)") @Nullable
            String municipalityAgs,

            List<ParticipantJson> participants,
            @Nullable OffsetDateTime createdAt,
            @Nullable String createdBy,
            @Nullable OffsetDateTime updatedAt,
            @Nullable String updatedBy) {
        static EventJson of(EventDetails e) {
            return new EventJson(
                    e.id(),
                    e.name(),
                    e.date(),
                    e.municipality() == null ? null : e.municipality().ags(),
                    e.participants().stream().map(ParticipantJson::of).toList(),
                    ApiBodies.offset(e.createdAt()),
                    e.createdBy(),
                    ApiBodies.offset(e.updatedAt()),
                    e.updatedBy());
        }
    }

    record ParticipantJson(
            @Schema(description = "The actor's id") String actor,
            @Schema(description = "The actor's name") String name,

            @Schema(description = "The actor's seat (8-digit AGS)")
            String seatAgs) {
        static ParticipantJson of(EventDetails.Participant p) {
            return new ParticipantJson(p.actorId(), p.actorName(), p.seatAgs());
        }
    }

    /** What PUT of an event takes; participants are changed one by one. */
    @JsonIgnoreProperties(
            value = {"participants", "createdAt", "createdBy", "updatedAt", "updatedBy"},
            allowGetters = true)
    record EventBody(
            @Schema(description = "Optional; must equal the id in the path") @Nullable
            String id,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "1. Gesundheitskonferenz Harz") @Nullable
            String name,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "ISO date", example = "2023-11-23")
            @Nullable
            LocalDate date,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "Where it was held (8-digit AGS)",
                    example = "15085135")
            @Nullable
            String municipalityAgs) {}
}
