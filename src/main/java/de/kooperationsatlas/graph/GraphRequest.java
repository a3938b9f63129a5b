package de.kooperationsatlas.graph;

import org.jspecify.annotations.Nullable;

/**
 * Which picture to draw: exactly one of a region (AGS), a network, a prevention chain or an actor
 * (its ego network of {@code depth} steps) is given.
 */
public record GraphRequest(
        @Nullable String region,
        @Nullable String network,
        @Nullable String chain,
        @Nullable String actor,
        int depth) {

    /** The depth of an ego network when none is asked for. */
    public static final int DEFAULT_DEPTH = 2;
}
