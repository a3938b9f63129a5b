package de.kooperationsatlas.actor;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import de.kooperationsatlas.base.ApiBodies;
import de.kooperationsatlas.base.ApiStamps;
import de.kooperationsatlas.base.LifePhase;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The JSON shapes of {@link ActorController}: what {@code /api/actors} answers and takes, with their OpenAPI
 * descriptions. Kept apart from the controller so its endpoints read on one screen; the schema names are the
 * records' own, so the published API does not change.
 */
final class ActorApiJson {

    private ActorApiJson() {}

    /** An actor as the list shows it. */
    @Schema(name = "ActorRow")
    record ActorRowJson(
            String id,
            String name,
            @Schema(implementation = ActorType.class) String type,
            String seatAgs,
            String seatName,

            @ArraySchema(schema = @Schema(implementation = LifePhase.class))
            List<String> lifePhases) {
        static ActorRowJson of(ActorRow row) {
            return new ActorRowJson(row.id(), row.name(), row.type(), row.seatAgs(), row.seatName(), row.lifePhases());
        }
    }

    /** One actor in the contract's shape. */
    @Schema(name = "Actor")
    record ActorJson(
            @Schema(example = "HZ-GA") String id,

            @Schema(example = "Gesundheitsamt Landkreis Harz")
            String name,

            @Schema(description = "Actor type", example = "PUBLIC_HEALTH_OFFICE", implementation = ActorType.class)
            String type,

            @Schema(description = "Seat municipality (8-digit AGS)", example = "15085135")
            String seatAgs,

            @Schema(description = "Further areas it works for (AGS of any level)")
            List<String> serves,

            @ArraySchema(
                    arraySchema = @Schema(description = "Life-phase codes in life-phase order"),
                    schema = @Schema(implementation = LifePhase.class))
            List<String> lifePhases,

            @Schema(description = "Topic labels") List<String> topics,
            @Nullable String website,
            @Nullable String email,
            @Nullable String phone,
            @Nullable String description,

            @Schema(description = "Active since: a year (2023) or an ISO date (2023-04-24)") @Nullable
            String since,

            @Schema(description = "Active until (closed then): a year or an ISO date") @Nullable
            String until,

            List<NetworkJson> networks,
            List<CooperationJson> cooperations,
            List<EventJson> events,
            @JsonUnwrapped ApiStamps stamps) {

        static ActorJson of(ActorDetails a) {
            return new ActorJson(
                    a.id(),
                    a.name(),
                    a.type(),
                    a.seatAgs(),
                    a.serves().stream().map(ActorDetails.Area::ags).toList(),
                    a.lifePhases(),
                    a.topics(),
                    a.website(),
                    a.email(),
                    a.phone(),
                    a.description(),
                    a.since(),
                    a.until(),
                    a.networks().stream()
                            .map(n -> new NetworkJson(n.id(), n.name(), n.role(), n.since(), n.until()))
                            .toList(),
                    a.cooperations().stream().map(CooperationJson::of).toList(),
                    a.events().stream()
                            .map(e -> new EventJson(e.id(), e.name(), e.date()))
                            .toList(),
                    ApiStamps.of(a));
        }
    }

    /** A network the actor is a member of, with its role and since when. */
    @Schema(name = "ActorNetwork")
    record NetworkJson(
            String id,
            String name,
            @Nullable String role,
            @Nullable String since,

            @Schema(description = "Member until: a year or an ISO date") @Nullable
            String until) {}

    /** A cooperation, seen from the actor. */
    @Schema(name = "ActorCooperation")
    record CooperationJson(
            @Schema(description = "The other actor's id") String actor,
            @Schema(description = "The other actor's name") String name,

            @Schema(description = "The kind of cooperation", implementation = CooperationKind.class) @Nullable
            String kind,

            @Schema(description = "A year (2023) or an ISO date (2023-04-24)") @Nullable
            String since,

            @Schema(description = "Ended then: a year or an ISO date; empty while it lasts") @Nullable
            String until,

            @Schema(description = "1 to 3", minimum = "1", maximum = "3") @Nullable
            Long intensity,

            @Nullable String note) {
        static CooperationJson of(ActorDetails.Cooperation c) {
            return new CooperationJson(c.actor(), c.name(), c.kind(), c.since(), c.until(), c.intensity(), c.note());
        }
    }

    /** An event the actor took part in. */
    @Schema(name = "ActorEvent")
    record EventJson(String id, String name, @Nullable LocalDate date) {}

    /** What PUT takes: the changeable fields of GET; the read-only ones are accepted and ignored. */
    @JsonIgnoreProperties(
            value = {"networks", "cooperations", "events", "createdAt", "createdBy", "updatedAt", "updatedBy"},
            allowGetters = true)
    @Schema(description = "The fields of an actor that PUT changes; a missing list is empty.")
    record ActorBody(
            @Schema(description = "Optional; must equal the id in the path", example = "HZ-GA") @Nullable
            String id,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Gesundheitsamt des Landkreises Harz")
            @Nullable
            String name,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "PUBLIC_HEALTH_OFFICE") @Nullable
            String type,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "15085135") @Nullable
            String seatAgs,

            @ArraySchema(
                    arraySchema = @Schema(description = "Further areas it works for (AGS of any level)"),
                    schema = @Schema(example = "15085"))
            @Nullable
            List<@Nullable String> serves,

            @ArraySchema(arraySchema = @Schema(description = "Life-phase codes"), schema = @Schema(example = "DAYCARE"))
            @Nullable
            List<@Nullable String> lifePhases,

            @ArraySchema(
                    arraySchema = @Schema(description = "Topic labels (new ones are created)"),
                    schema = @Schema(example = "Bewegungsförderung"))
            @Nullable
            List<@Nullable String> topics,

            @Schema(example = "https://example.org/harz/gesundheitsamt") @Nullable
            String website,

            @Schema(example = "gesundheitsamt.harz@example.org") @Nullable
            String email,

            @Schema(example = "+49 3941 5970-0") @Nullable String phone,

            @Schema(example = "Koordiniert die Gesundheitskonferenz des Landkreises.") @Nullable
            String description,

            @Schema(description = "Active since: a year or an ISO date", example = "2019") @Nullable
            String since,

            @Schema(description = "Active until (closed then): a year or an ISO date") @Nullable
            String until) {

        ActorDraft draft(String pathId) {
            return new ActorDraft(
                    ApiBodies.key(id, pathId, "actor.error.idChanged"),
                    ApiBodies.text(name),
                    ApiBodies.text(type),
                    ApiBodies.text(seatAgs),
                    ApiBodies.list(serves),
                    ApiBodies.list(lifePhases),
                    ApiBodies.list(topics),
                    website,
                    email,
                    phone,
                    description,
                    since,
                    until);
        }
    }

    /** A cooperation's values. */
    record CooperationBody(
            @Schema(description = "PROJECT, AGREEMENT, EXCHANGE, REFERRAL, FUNDING or OTHER", example = "PROJECT")
            @Nullable
            String kind,

            @Schema(description = "A year (2023) or an ISO date (2023-04-24)", example = "2023") @Nullable
            String since,

            @Schema(description = "Ended then (beenden): a year or an ISO date; left out while it lasts") @Nullable
            String until,

            @Schema(description = "1 to 3", example = "2") @Nullable
            Integer intensity,

            @Nullable String note) {
        CooperationDraft draft() {
            return new CooperationDraft(kind, since, until, intensity, note);
        }
    }
}
