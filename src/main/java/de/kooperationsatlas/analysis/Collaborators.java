package de.kooperationsatlas.analysis;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Collaborators for a municipality: matching actors belonging to it or seated nearby, nearest first. */
public record Collaborators(String municipality, List<Collaborator> actors) {

    /** One actor, its distance (null without a location) and whether it belongs to the municipality. */
    public record Collaborator(
            String id, String name, @Nullable Double distanceKm, boolean serves) {}
}
