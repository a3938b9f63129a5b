package de.kooperationsatlas.chain;

import de.kooperationsatlas.base.KeyedDetails;
import de.kooperationsatlas.base.SeatedLink;
import de.kooperationsatlas.region.RegionRef;
import java.time.ZonedDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One prevention chain (Präventionskette) with its region, its contributors and who created and last changed it. */
public record ChainDetails(
        String id,
        String name,
        @Nullable String status,
        @Nullable RegionRef region,
        List<Contributor> contributors,
        @Nullable ZonedDateTime createdAt,
        @Nullable String createdBy,
        @Nullable ZonedDateTime updatedAt,
        @Nullable String updatedBy)
        implements KeyedDetails {

    /**
     * One contribution: the actor with its seat (which decides who may change it), the phases it
     * contributes (empty = its own phases, {@code ownPhases}), both as life-phase codes in life-phase order.
     */
    public record Contributor(
            String actorId,
            String actorName,
            String seatAgs,
            String seatName,
            List<String> phases,
            List<String> ownPhases,
            @Nullable ZonedDateTime updatedAt,
            @Nullable String updatedBy)
            implements SeatedLink {

        /** The phases that count for the chain's analyses: the named ones, or the actor's own when none are named. */
        public List<String> effectivePhases() {
            return phases.isEmpty() ? ownPhases : phases;
        }
    }
}
