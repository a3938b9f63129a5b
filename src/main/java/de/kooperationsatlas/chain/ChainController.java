package de.kooperationsatlas.chain;

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
 * {@code /api/chains}: prevention chains (ADMIN changes them) and their contributors (EDITOR for
 * contributors seated in the editor's regions), as the admin pages offer them.
 */
@RestController
@RequestMapping(path = "/api/chains", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Prevention chains", description = "Prevention chains (Präventionsketten) and their contributors")
class ChainController
        extends KeyedController<
                ChainDetails,
                ChainDraft,
                ChainController.ChainBody,
                ChainController.ChainRowJson,
                ChainController.ChainJson> {

    private final ChainService chains;

    ChainController(ChainService chains) {
        super(
                chains,
                "/api/chains",
                "prevention chain",
                () -> chains.list().stream().map(ChainRowJson::of).toList(),
                ChainJson::of,
                ChainBody::draft);
        this.chains = chains;
    }

    @PutMapping(path = "/{id}/contributors/{actor}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Makes an actor a contributor, or changes the phases it contributes",
            description = "An empty lifePhases list means the actor's own phases. EDITOR for actors seated in the"
                    + " editor's regions, ADMIN everywhere.")
    @ApiResponse(responseCode = "200", description = "The contribution was changed")
    @ApiResponse(responseCode = "201", description = "The contribution was created")
    @ApiResponse(responseCode = "400", description = "An unknown life-phase code")
    @ApiResponse(responseCode = "403", description = "The actor is seated outside the editor's regions")
    @ApiResponse(responseCode = "404", description = "The chain or the actor does not exist")
    ResponseEntity<ContributorJson> putContributor(
            @Parameter(description = "The chain's id") @PathVariable String id,
            @Parameter(description = "The actor's id") @PathVariable String actor,
            @RequestBody ContributionBody body) {
        boolean created = chains.addOrUpdateContributor(id, actor, ApiBodies.list(body.lifePhases()));
        return KeyedEndpoints.link(created, chains.get(id).contributors(), actor, ContributorJson::of);
    }

    @DeleteMapping("/{id}/contributors/{actor}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Removes an actor from a prevention chain", description = "Recorded in the change log.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "403", description = "The actor is seated outside the editor's regions")
    @ApiResponse(responseCode = "404", description = "The chain, the actor or the contribution does not exist")
    void deleteContributor(
            @Parameter(description = "The chain's id") @PathVariable String id,
            @Parameter(description = "The actor's id") @PathVariable String actor) {
        chains.removeContributor(id, actor);
    }

    record ChainRowJson(
            String id,
            String name,

            @Schema(description = "PLANNED, IN_PROGRESS or ESTABLISHED") @Nullable
            String status,

            @Schema(description = "District or municipality (AGS)") @Nullable
            String regionAgs,

            @Schema(description = "Number of contributors") long contributors) {
        static ChainRowJson of(ChainRow row) {
            return new ChainRowJson(
                    row.id(),
                    row.name(),
                    row.status(),
                    row.region() == null ? null : row.region().ags(),
                    row.contributors());
        }
    }

    record ChainJson(
            String id,
            String name,

            @Schema(description = "PLANNED, IN_PROGRESS or ESTABLISHED") @Nullable
            String status,

            @Schema(description = "District or municipality (AGS)") @Nullable
            String regionAgs,

            List<ContributorJson> contributors,
            @JsonUnwrapped ApiStamps stamps) {
        static ChainJson of(ChainDetails c) {
            return new ChainJson(
                    c.id(),
                    c.name(),
                    c.status(),
                    c.region() == null ? null : c.region().ags(),
                    c.contributors().stream().map(ContributorJson::of).toList(),
                    ApiStamps.of(c));
        }
    }

    record ContributorJson(
            @Schema(description = "The actor's id") String actor,
            @Schema(description = "The actor's name") String name,

            @Schema(description = "The actor's seat (8-digit AGS)")
            String seatAgs,

            @Schema(description = "The phases named for the chain; empty = the actor's own")
            List<String> lifePhases,

            @Schema(description = "The phases that count: the named ones, else the actor's own")
            List<String> effectiveLifePhases) {
        static ContributorJson of(ChainDetails.Contributor c) {
            return new ContributorJson(c.actorId(), c.actorName(), c.seatAgs(), c.phases(), c.effectivePhases());
        }
    }

    /** What PUT of a chain takes; contributors are changed one by one. */
    @JsonIgnoreProperties(
            value = {"contributors", "createdAt", "createdBy", "updatedAt", "updatedBy"},
            allowGetters = true)
    record ChainBody(
            @Schema(description = "Optional; must equal the id in the path") @Nullable
            String id,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Präventionskette Gera") @Nullable
            String name,

            @Schema(description = "PLANNED, IN_PROGRESS or ESTABLISHED", example = "IN_PROGRESS") @Nullable
            String status,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "District (5 digits) or municipality (8 digits)",
                    example = "16052000")
            @Nullable
            String regionAgs) {

        /** The draft this body stands for, PUT to {@code pathId}. */
        ChainDraft draft(String pathId) {
            return new ChainDraft(
                    ApiBodies.key(id, pathId, "chain.error.idChanged"),
                    ApiBodies.text(name),
                    status,
                    ApiBodies.text(regionAgs));
        }
    }

    record ContributionBody(
            @Schema(description = "Life-phase codes; empty = the actor's own") @Nullable
            List<@Nullable String> lifePhases) {}
}
