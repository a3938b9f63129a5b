package de.kooperationsatlas.structure;

import de.kooperationsatlas.analysis.Betweenness;
import java.util.Arrays;

/**
 * A simple undirected, unweighted graph of {@code n} nodes as compressed adjacency arrays (CSR): the
 * neighbours of {@code v} are {@code targets[offsets[v]] … targets[offsets[v+1]-1]}, ascending, each
 * edge in both directions, without self-loops or repeated edges.
 */
public record UndirectedGraph(int n, int[] offsets, int[] targets) {

    /** Builds the graph from an edge list; self-loops and repeated pairs (either way round) are dropped. */
    public static UndirectedGraph of(int n, int[] from, int[] to) {
        int kept = 0;
        int[] a = new int[from.length];
        int[] b = new int[from.length];
        for (int i = 0; i < from.length; i++) {
            if (from[i] != to[i]) {
                a[kept] = from[i];
                b[kept++] = to[i];
            }
        }
        var csr = Betweenness.Graph.of(n, Arrays.copyOf(a, kept), Arrays.copyOf(b, kept));
        int[] offsets = csr.offsets();
        int[] targets = csr.targets();
        // Sort each neighbour list and drop repeats, compacting in place.
        int[] compact = new int[n + 1];
        int write = 0;
        for (int v = 0; v < n; v++) {
            int start = offsets[v];
            int end = offsets[v + 1];
            Arrays.sort(targets, start, end);
            compact[v] = write;
            for (int i = start; i < end; i++) {
                if (i == start || targets[i] != targets[i - 1]) {
                    targets[write++] = targets[i];
                }
            }
        }
        compact[n] = write;
        return new UndirectedGraph(n, compact, Arrays.copyOf(targets, write));
    }

    public int degree(int v) {
        return offsets[v + 1] - offsets[v];
    }

    /** The number of edges (each counted once). */
    public long edges() {
        return targets.length / 2;
    }

    /** Whether {@code u} and {@code v} are neighbours (binary search in the shorter list). */
    public boolean adjacent(int u, int v) {
        if (degree(u) > degree(v)) {
            int t = u;
            u = v;
            v = t;
        }
        return Arrays.binarySearch(targets, offsets[u], offsets[u + 1], v) >= 0;
    }
}
