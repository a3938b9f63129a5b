package de.kooperationsatlas.graph;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * Whose network a picture shows: a region's actors (by the contract's rule), a network's members, a
 * prevention chain's contributors or an actor's ego network.
 *
 * @param kind which of the four
 * @param key the region's AGS, the network's, the chain's or the actor's id
 * @param name the region's, network's, chain's or actor's name
 * @param depth for an ego network its depth (1–3), otherwise null (left out)
 */
public record GraphScope(
        Kind kind,
        String key,
        String name,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Integer depth) {

    /** A region's, network's or chain's picture. */
    public GraphScope(Kind kind, String key, String name) {
        this(kind, key, name, null);
    }

    /** The four kinds of pictures. */
    public enum Kind {
        REGION,
        NETWORK,
        CHAIN,
        /** An actor's ego network. */
        ACTOR
    }
}
