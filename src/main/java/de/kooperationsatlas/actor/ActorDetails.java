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
        @Nullable String since,
        @Nullable String until,
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
            @Nullable String since,
            @Nullable String until) {}

    /** A cooperation, seen from this actor. */
    public record Cooperation(
            String actor,
            String name,
            @Nullable String kind,
            @Nullable String since,
            @Nullable String until,
            @Nullable Long intensity,
            @Nullable String note) {

        /** Whether it has ended by the date (its until lies before it). */
        public boolean endedBy(java.time.LocalDate date) {
            return until != null
                    && de.kooperationsatlas.base.Dates.valid(until)
                    && de.kooperationsatlas.base.Dates.end(until).isBefore(date);
        }
    }

    /** An event the actor took part in. */
    public record EventRef(String id, String name, @Nullable LocalDate date) {}
}
