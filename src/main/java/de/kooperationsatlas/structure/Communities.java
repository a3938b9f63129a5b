package de.kooperationsatlas.structure;

import java.util.List;

/**
 * Communities (Gruppen, die vor allem untereinander kooperieren) of a region's network by the Leiden
 * algorithm: a partition of all the region's actors, by size descending, then smallest id.
 */
public record Communities(String region, double resolution, double modularity, List<Community> communities) {

    /** One community: its actors' ids (ascending) and its cooperations inside and across its border. */
    public record Community(List<String> actors, int size, long internalCooperations, long externalCooperations) {}
}
