package de.kooperationsatlas.structure;

import java.util.List;

/**
 * Which sectors of a region cooperate how densely, and the sector gaps (two sectors present in the
 * region that never cooperate), in the sector table's order.
 */
public record SectorMatrix(String region, List<SectorCount> sectors, List<Pair> pairs, List<List<String>> gaps) {

    public record SectorCount(String code, int actors) {}

    /** Sectors a and b (a before or equal to b), their cooperations, the possible ones and the density. */
    public record Pair(String a, String b, long cooperations, long possible, double density) {}
}
