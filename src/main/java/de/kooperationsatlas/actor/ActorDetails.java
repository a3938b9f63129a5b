package de.kooperationsatlas.actor;

import de.kooperationsatlas.base.KeyedDetails;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One actor with its areas, phases, topics, networks, cooperations and events, as its page shows it. */
public record ActorDetails(
        String id,
        String name,
        String type,
        String seatAgs,
        String seatName,
        List<Area> serves,
        List<String> lifePhases,
        List<String> topics,
        @Nullable String website,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String description,
        List<Membership> networks,
        List<Cooperation> cooperations,
        List<EventRef> events,
        @Nullable ZonedDateTime createdAt,
        @Nullable String createdBy,
        @Nullable ZonedDateTime updatedAt,
        @Nullable String updatedBy)
        implements KeyedDetails {

    /** A region the actor serves. */
    public record Area(String ags, String name) {}

    /** A network the actor is a member of. */
    public record Membership(
            String id,
            String name,
            @Nullable String role,
            @Nullable String since) {}

    /** A cooperation, seen from this actor. */
    public record Cooperation(
            String actor,
            String name,
            @Nullable String kind,
            @Nullable String since,
            @Nullable Long intensity,
            @Nullable String note) {}

    /** An event the actor took part in. */
    public record EventRef(String id, String name, @Nullable LocalDate date) {}
}
