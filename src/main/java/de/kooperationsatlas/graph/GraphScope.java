package de.kooperationsatlas.graph;

/**
 * Whose network a picture shows: a region's actors (by the contract's rule), a network's members or
 * a prevention chain's contributors.
 *
 * @param kind which of the three
 * @param key the region's AGS, the network's or the chain's id
 * @param name the region's, network's or chain's name
 */
public record GraphScope(Kind kind, String key, String name) {

    /** The three kinds of pictures. */
    public enum Kind {
        REGION,
        NETWORK,
        CHAIN
    }
}
