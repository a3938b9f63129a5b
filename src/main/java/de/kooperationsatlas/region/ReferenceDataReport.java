package de.kooperationsatlas.region;

import java.util.List;

/**
 * What a load of the municipality directory did: counts, time, and the actors whose seat is no longer
 * in the directory (kept, never dropped, so somebody can move them).
 */
public record ReferenceDataReport(
        int states, int districts, int municipalities, long millis, List<String> actorsWithRetiredSeat) {}
