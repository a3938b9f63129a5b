package de.kooperationsatlas.structure;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Structural holes (strukturelle Löcher, Burt) of a region's actors: ordered by constraint ascending
 * (actors without partners last), then name, then id.
 */
public record StructuralHoles(String region, List<Actor> actors) {

    /** One actor; the three figures are null when it has no partner in the region. */
    public record Actor(
            String id,
            String name,
            int degree,
            @Nullable Double effectiveSize,
            @Nullable Double efficiency,
            @Nullable Double constraint) {}
}
