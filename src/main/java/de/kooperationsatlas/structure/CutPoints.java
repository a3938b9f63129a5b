package de.kooperationsatlas.structure;

import java.util.List;

/**
 * Cut points (Schlüsselakteure) and critical cooperations (einzige Brücken) of a region's network,
 * with how many actors each separates: by separates descending, then name (cooperations: a, b), then id.
 */
public record CutPoints(String region, List<CutPoint> actors, List<CriticalCooperation> cooperations) {

    public record CutPoint(String id, String name, int separates) {}

    /** A cooperation whose loss splits a component; {@code a} &lt; {@code b}. */
    public record CriticalCooperation(String a, String b, int separates) {}
}
