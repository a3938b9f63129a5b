package de.kooperationsatlas.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Communities (Gruppen, die vor allem untereinander kooperieren) of a region's network by the Leiden
 * algorithm: a partition of all the region's actors, by size descending, then smallest id.
 */
public record Communities(String region, double resolution, double modularity, List<Community> communities) {

    /** One community: its actors' ids (ascending) and its cooperations inside and across its border. */
    public record Community(List<String> actors, int size, long internalCooperations, long externalCooperations) {}

    /**
     * A partition's labels renumbered in the contract's order: 0 the largest community, ties by the
     * smallest id of its actors ({@code ids} gives each node's id).
     */
    static int[] numbered(int[] membership, List<String> ids) {
        int count = java.util.Arrays.stream(membership).max().orElse(-1) + 1;
        int[] size = new int[count];
        String[] smallest = new String[count];
        for (int v = 0; v < membership.length; v++) {
            int c = membership[v];
            size[c]++;
            if (smallest[c] == null || ids.get(v).compareTo(smallest[c]) < 0) {
                smallest[c] = ids.get(v);
            }
        }
        List<Integer> order = new ArrayList<>(count);
        for (int c = 0; c < count; c++) {
            if (size[c] > 0) {
                order.add(c);
            }
        }
        order.sort(Comparator.<Integer>comparingInt(c -> size[c]).reversed().thenComparing(c -> smallest[c]));
        int[] rank = new int[count];
        for (int i = 0; i < order.size(); i++) {
            rank[order.get(i)] = i;
        }
        int[] result = new int[membership.length];
        for (int v = 0; v < membership.length; v++) {
            result[v] = rank[membership[v]];
        }
        return result;
    }
}
