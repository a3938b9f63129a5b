package de.kooperationsatlas.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import de.kooperationsatlas.base.ApiBodies;
import de.kooperationsatlas.base.ApiStamps;
import de.kooperationsatlas.base.KeyedController;
import de.kooperationsatlas.base.KeyedEndpoints;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
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
class EventController
        extends KeyedController<
                EventDetails,
                EventDraft,
                EventController.EventBody,
                EventController.EventRowJson,
                EventController.EventJson> {

    private final EventService events;

    EventController(EventService events) {
        super(
                events,
                "/api/events",
                "event",
                () -> events.list().stream().map(EventRowJson::of).toList(),
                EventJson::of,
                EventBody::draft);
        this.events = events;
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
            @JsonUnwrapped ApiStamps stamps) {
        static EventJson of(EventDetails e) {
            return new EventJson(
                    e.id(),
                    e.name(),
                    e.date(),
                    e.municipality() == null ? null : e.municipality().ags(),
                    e.participants().stream().map(ParticipantJson::of).toList(),
                    ApiStamps.of(e));
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
            String municipalityAgs) {

        /** The draft this body stands for, PUT to {@code pathId}. */
        EventDraft draft(String pathId) {
            return new EventDraft(
                    ApiBodies.key(id, pathId, "event.error.idChanged"),
                    ApiBodies.text(name),
                    date,
                    ApiBodies.text(municipalityAgs));
        }
    }
}
