package de.kooperationsatlas.map;

import java.util.List;

/**
 * What the map of a state shows on the municipality level: figures per municipality, and the actor
 * seats (one per municipality with at least one seated actor, at the municipality's seat location).
 */
public record MunicipalityMap(String state, List<Municipality> municipalities, List<Seat> seats) {

    /** The figures of one municipality. */
    public record Municipality(String ags, String name, long population, long seated, long belonging) {

        /** {@code belonging} per 10,000 inhabitants; 0 for an uninhabited area. */
        public double belongingPer10k() {
            return population > 0 ? belonging * 10_000.0 / population : 0.0;
        }
    }

    /** The actors seated in one municipality, at its location (WGS-84). */
    public record Seat(String ags, String name, double latitude, double longitude, List<SeatedActor> actors) {}

    /** An actor on the map: its id and name. */
    public record SeatedActor(String id, String name) {}
}
