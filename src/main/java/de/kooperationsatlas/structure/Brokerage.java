package de.kooperationsatlas.structure;

import java.util.List;

/**
 * Brokerage between sectors (Gould–Fernandez for undirected ties): by crossSector descending, then
 * total descending, then name, then id.
 */
public record Brokerage(String region, List<Broker> actors) {

    public record Broker(
            String id,
            String name,
            String sector,
            long coordinator,
            long consultant,
            long representative,
            long liaison,
            long crossSector,
            long total) {}
}
