package de.kooperationsatlas.structure;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import nl.cwts.networkanalysis.Clustering;
import nl.cwts.networkanalysis.LeidenAlgorithm;
import nl.cwts.networkanalysis.Network;
import nl.cwts.util.LargeIntArray;

/**
 * Communities by the Leiden algorithm on modularity, with CWTS's implementation ({@code
 * nl.cwts:networkanalysis}) set up as its own command-line tool sets it up for modularity: node
 * weights are the degrees and the resolution is divided by twice the number of edges.
 *
 * <p>Deterministic: the nodes come in a fixed order (by id), every run starts from singletons with a
 * fixed seed, and of a few seeded starts the one with the highest modularity wins (the first on a
 * tie). A community that is not connected (Leiden should not return one, but an isolated actor can
 * land in any cluster, as it changes no quality) is split into its connected parts, which never
 * lowers modularity. Communities are numbered by size descending, then by their smallest node.
 */
public final class Leiden {

    static final int STARTS = 5;
    static final int MAX_ITERATIONS = 50;
    static final long SEED = 16;

    private Leiden() {}

    /** The community of each node, numbered 0, 1, … in the order above. */
    public static int[] partition(UndirectedGraph g, double resolution) {
        int n = g.n();
        if (g.edges() == 0) {
            return IntStream.range(0, n).toArray();
        }
        long[] first = new long[n + 1];
        for (int v = 0; v <= n; v++) {
            first[v] = g.offsets()[v];
        }
        var network = new Network(n, true, first, new LargeIntArray(g.targets().clone()), false);
        double scaled = resolution / (2 * network.getTotalEdgeWeight() + network.getTotalEdgeWeightSelfLinks());
        int[] best = null;
        double bestQuality = Double.NEGATIVE_INFINITY;
        for (int start = 0; start < STARTS; start++) {
            var algorithm =
                    new LeidenAlgorithm(scaled, 1, LeidenAlgorithm.DEFAULT_RANDOMNESS, new Random(SEED + start));
            var clustering = new Clustering(n);
            // An iteration may move nodes without gaining anything (Leiden's refinement is random), so
            // the iterations stop when the quality no longer rises rather than when nothing moves.
            double quality = algorithm.calcQuality(network, clustering);
            for (int i = 0; i < MAX_ITERATIONS && algorithm.improveClustering(network, clustering); i++) {
                double next = algorithm.calcQuality(network, clustering);
                if (next <= quality + 1e-12 * Math.abs(quality)) {
                    break;
                }
                quality = next;
            }
            int[] membership = numbered(g, connectedParts(g, clustering.getClusters()));
            double q = modularity(g, membership, resolution);
            if (q > bestQuality) {
                best = membership;
                bestQuality = q;
            }
        }
        return best;
    }

    /** Splits every cluster into its connected parts: each part gets a label of its own. */
    static int[] connectedParts(UndirectedGraph g, int[] clusters) {
        int n = g.n();
        int[] parts = new int[n];
        Arrays.fill(parts, -1);
        int label = 0;
        var queue = new ArrayDeque<Integer>();
        for (int s = 0; s < n; s++) {
            if (parts[s] != -1) {
                continue;
            }
            parts[s] = label;
            queue.add(s);
            while (!queue.isEmpty()) {
                int v = queue.poll();
                for (int i = g.offsets()[v]; i < g.offsets()[v + 1]; i++) {
                    int w = g.targets()[i];
                    if (parts[w] == -1 && clusters[w] == clusters[v]) {
                        parts[w] = label;
                        queue.add(w);
                    }
                }
            }
            label++;
        }
        return parts;
    }

    /** Renumbers communities by size descending, then by their smallest node. */
    static int[] numbered(UndirectedGraph g, int[] labels) {
        int n = g.n();
        int count = Arrays.stream(labels).max().orElse(-1) + 1;
        int[] size = new int[count];
        int[] smallest = new int[count];
        Arrays.fill(smallest, Integer.MAX_VALUE);
        for (int v = 0; v < n; v++) {
            size[labels[v]]++;
            smallest[labels[v]] = Math.min(smallest[labels[v]], v);
        }
        Integer[] order = IntStream.range(0, count).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.<Integer>comparingInt(c -> -size[c]).thenComparingInt(c -> smallest[c]));
        int[] rank = new int[count];
        for (int i = 0; i < count; i++) {
            rank[order[i]] = i;
        }
        int[] result = new int[n];
        for (int v = 0; v < n; v++) {
            result[v] = rank[labels[v]];
        }
        return result;
    }

    /**
     * Modularity as NetworkX's {@code modularity(G, communities, resolution)}: Σ over communities of
     * L_c/m − resolution · (deg_c / 2m)², and 0 for a graph without edges.
     */
    public static double modularity(UndirectedGraph g, int[] membership, double resolution) {
        long m = g.edges();
        if (m == 0) {
            return 0.0;
        }
        int count = Arrays.stream(membership).max().orElse(-1) + 1;
        long[] internal = new long[count];
        long[] degree = new long[count];
        for (int v = 0; v < g.n(); v++) {
            degree[membership[v]] += g.degree(v);
            for (int i = g.offsets()[v]; i < g.offsets()[v + 1]; i++) {
                int w = g.targets()[i];
                if (v < w && membership[w] == membership[v]) {
                    internal[membership[v]]++;
                }
            }
        }
        double norm = 1.0 / (2.0 * m);
        double q = 0;
        for (int c = 0; c < count; c++) {
            double share = degree[c] * norm;
            q += (double) internal[c] / m - resolution * share * share;
        }
        return q;
    }
}
