package de.kooperationsatlas.network;

import de.kooperationsatlas.base.KeyedDetails;
import de.kooperationsatlas.base.SeatedLink;
import de.kooperationsatlas.region.RegionRef;
import java.time.ZonedDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One network (Netzwerk) with the regions it covers, its members and who created and last changed it. */
public record NetworkDetails(
        String id,
        String name,
        @Nullable String description,
        List<RegionRef> covers,
        List<Member> members,
        @Nullable ZonedDateTime createdAt,
        @Nullable String createdBy,
        @Nullable ZonedDateTime updatedAt,
        @Nullable String updatedBy)
        implements KeyedDetails {

    /** One membership: the actor with its seat (which decides who may change it), role and since. */
    public record Member(
            String actorId,
            String actorName,
            String seatAgs,
            String seatName,
            @Nullable String role,
            @Nullable String since,
            @Nullable String until,
            @Nullable ZonedDateTime updatedAt,
            @Nullable String updatedBy)
            implements SeatedLink {}
}
