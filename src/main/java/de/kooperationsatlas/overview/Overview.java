package de.kooperationsatlas.overview;

import java.util.List;

/**
 * The start page's figures: actors, cooperations, networks, chains, events, and how many districts and
 * municipalities have actors seated in them; plus actors per state.
 */
public record Overview(
        long actors,
        long cooperations,
        long networks,
        long chains,
        long events,
        long districtsWithActors,
        long municipalitiesWithActors,
        List<StateCount> states) {

    /** Actors seated in one state. */
    public record StateCount(String ags, String name, long actors) {}
}
