package de.kooperationsatlas.network;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import de.kooperationsatlas.base.ApiBodies;
import de.kooperationsatlas.base.ApiStamps;
import de.kooperationsatlas.base.KeyedController;
import de.kooperationsatlas.base.KeyedEndpoints;
import de.kooperationsatlas.region.RegionRef;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/networks}: networks (ADMIN changes them) and their memberships (EDITOR for members
 * seated in the editor's regions), as the admin pages offer them.
 */
@RestController
@RequestMapping(path = "/api/networks", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Networks", description = "Networks (Netzwerke), the regions they cover and their members")
class NetworkController
        extends KeyedController<
                NetworkDetails,
                NetworkDraft,
                NetworkController.NetworkBody,
                NetworkController.NetworkRowJson,
                NetworkController.NetworkJson> {

    private final NetworkService networks;

    NetworkController(NetworkService networks) {
        super(
                networks,
                "/api/networks",
                "network",
                () -> networks.list().stream().map(NetworkRowJson::of).toList(),
                NetworkJson::of,
                NetworkBody::draft);
        this.networks = networks;
    }

    @PutMapping(path = "/{id}/members/{actor}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Makes an actor a member, or changes role, since and until",
            description = "EDITOR for actors seated in the editor's regions, ADMIN everywhere.")
    @ApiResponse(responseCode = "200", description = "The membership was changed")
    @ApiResponse(responseCode = "201", description = "The membership was created")
    @ApiResponse(responseCode = "400", description = "since is neither a year nor an ISO date, or role too long")
    @ApiResponse(responseCode = "403", description = "The actor is seated outside the editor's regions")
    @ApiResponse(responseCode = "404", description = "The network or the actor does not exist")
    ResponseEntity<MemberJson> putMember(
            @Parameter(description = "The network's id") @PathVariable String id,
            @Parameter(description = "The actor's id") @PathVariable String actor,
            @RequestBody MembershipBody body) {
        boolean created = networks.addOrUpdateMember(id, actor, body.role(), body.since(), body.until());
        return KeyedEndpoints.link(created, networks.get(id).members(), actor, MemberJson::of);
    }

    @DeleteMapping("/{id}/members/{actor}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Ends an actor's membership", description = "Recorded in the change log.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "403", description = "The actor is seated outside the editor's regions")
    @ApiResponse(responseCode = "404", description = "The network, the actor or the membership does not exist")
    void deleteMember(
            @Parameter(description = "The network's id") @PathVariable String id,
            @Parameter(description = "The actor's id") @PathVariable String actor) {
        networks.removeMember(id, actor);
    }

    record NetworkRowJson(
            String id,
            String name,
            @Nullable String description,
            @Schema(description = "Number of members") long members,
            @Schema(description = "Covered regions (AGS)") List<String> covers) {
        static NetworkRowJson of(NetworkRow row) {
            return new NetworkRowJson(
                    row.id(),
                    row.name(),
                    row.description(),
                    row.members(),
                    row.covers().stream().map(RegionRef::ags).toList());
        }
    }

    record NetworkJson(
            String id,
            String name,
            @Nullable String description,
            @Schema(description = "Covered regions (AGS)") List<String> covers,
            List<MemberJson> members,
            @JsonUnwrapped ApiStamps stamps) {
        static NetworkJson of(NetworkDetails n) {
            return new NetworkJson(
                    n.id(),
                    n.name(),
                    n.description(),
                    n.covers().stream().map(RegionRef::ags).toList(),
                    n.members().stream().map(MemberJson::of).toList(),
                    ApiStamps.of(n));
        }
    }

    record MemberJson(
            @Schema(description = "The actor's id") String actor,
            @Schema(description = "The actor's name") String name,

            @Schema(description = "The actor's seat (8-digit AGS)")
            String seatAgs,

            @Nullable String role,

            @Schema(description = "A year (2023) or an ISO date (2023-04-24)") @Nullable
            String since,

            @Schema(description = "Member until: a year or an ISO date; empty while it lasts") @Nullable
            String until) {
        static MemberJson of(NetworkDetails.Member m) {
            return new MemberJson(m.actorId(), m.actorName(), m.seatAgs(), m.role(), m.since(), m.until());
        }
    }

    /** What PUT of a network takes; members are changed one by one. */
    @JsonIgnoreProperties(
            value = {"members", "createdAt", "createdBy", "updatedAt", "updatedBy"},
            allowGetters = true)
    record NetworkBody(
            @Schema(description = "Optional; must equal the id in the path") @Nullable
            String id,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Gesunde Kommune Gera") @Nullable
            String name,

            @Nullable String description,

            @Schema(description = "Covered regions (AGS of any level)") @Nullable
            List<@Nullable String> covers) {

        /** The draft this body stands for, PUT to {@code pathId}. */
        NetworkDraft draft(String pathId) {
            return new NetworkDraft(
                    ApiBodies.key(id, pathId, "network.error.idChanged"),
                    ApiBodies.text(name),
                    description,
                    ApiBodies.list(covers));
        }
    }

    record MembershipBody(
            @Schema(example = "Koordination") @Nullable String role,

            @Schema(description = "A year (2023) or an ISO date (2023-04-24)", example = "2023") @Nullable
            String since,

            @Schema(description = "Ended then: a year or an ISO date; left out while it lasts") @Nullable
            String until) {}
}
