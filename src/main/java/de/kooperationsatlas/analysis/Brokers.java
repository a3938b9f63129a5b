package de.kooperationsatlas.analysis;

import java.util.List;

/**
 * Brokers (Vermittler) of a region: the actors with the highest betweenness centrality in the region's
 * cooperation graph, highest first, then by name and id.
 */
public record Brokers(String region, List<Broker> actors) {

    /** One actor and its normalised betweenness (unrounded). */
    public record Broker(String id, String name, double betweenness) {}
}
