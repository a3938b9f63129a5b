package de.kooperationsatlas.actor;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a user enters for an actor: the fields of the contract's {@code actors.csv} and of
 * {@code PUT /api/actors/{id}}. Types and codes are strings here, checked by the service; since and until
 * (a year or an ISO date) say when the actor started and closed.
 */
public record ActorDraft(
        String id,
        String name,
        String type,
        String seatAgs,
        List<String> serves,
        List<String> lifePhases,
        List<String> topics,
        @Nullable String website,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String description,
        @Nullable String since,
        @Nullable String until) {

    /** An actor without since and until (active from ever, still active). */
    public ActorDraft(
            String id,
            String name,
            String type,
            String seatAgs,
            List<String> serves,
            List<String> lifePhases,
            List<String> topics,
            @Nullable String website,
            @Nullable String email,
            @Nullable String phone,
            @Nullable String description) {
        this(id, name, type, seatAgs, serves, lifePhases, topics, website, email, phone, description, null, null);
    }
}
