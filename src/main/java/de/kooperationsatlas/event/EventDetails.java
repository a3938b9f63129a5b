package de.kooperationsatlas.event;

import de.kooperationsatlas.base.KeyedDetails;
import de.kooperationsatlas.base.SeatedLink;
import de.kooperationsatlas.region.RegionRef;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One event (Veranstaltung) with its place, its participants and who created and last changed it. */
public record EventDetails(
        String id,
        String name,
        @Nullable LocalDate date,
        @Nullable RegionRef municipality,
        List<Participant> participants,
        @Nullable ZonedDateTime createdAt,
        @Nullable String createdBy,
        @Nullable ZonedDateTime updatedAt,
        @Nullable String updatedBy)
        implements KeyedDetails {

    /** An actor that took part, with its seat (which decides who may change the participation). */
    public record Participant(String actorId, String actorName, String seatAgs, String seatName)
            implements SeatedLink {}
}
