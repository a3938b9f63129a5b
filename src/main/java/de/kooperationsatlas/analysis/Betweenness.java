package de.kooperationsatlas.analysis;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Exact betweenness centrality (Brandes 2001) of an undirected, unweighted graph held as compressed
 * adjacency arrays (CSR), normalised as the contract says: {@code 2 / ((n-1)(n-2))}, 0 when n &lt; 3.
 * Equals NetworkX's {@code betweenness_centrality(G, normalized=True)} for undirected graphs.
 *
 * <p>Sources are split into a fixed number of blocks that depend only on n, each block sums into its
 * own array and the blocks are added in block order, so the result is the same to the last bit
 * however many cores run it.
 */
public final class Betweenness {

    private static final int MAX_BLOCKS = 64;

    private Betweenness() {}

    /**
     * The undirected graph of {@code n} nodes and these edges as CSR: neighbours of {@code v} are
     * {@code targets[offsets[v]] … targets[offsets[v+1]-1]}. Each edge appears in both directions.
     */
    public record Graph(int n, int[] offsets, int[] targets) {

        /** Builds the CSR form from an edge list (pairs of node indexes, each edge once, no self-loops). */
        public static Graph of(int n, int[] from, int[] to) {
            int[] degree = new int[n + 1];
            for (int i = 0; i < from.length; i++) {
                degree[from[i]]++;
                degree[to[i]]++;
            }
            int[] offsets = new int[n + 1];
            for (int v = 0; v < n; v++) {
                offsets[v + 1] = offsets[v] + degree[v];
            }
            int[] fill = Arrays.copyOf(offsets, n);
            int[] targets = new int[offsets[n]];
            for (int i = 0; i < from.length; i++) {
                targets[fill[from[i]]++] = to[i];
                targets[fill[to[i]]++] = from[i];
            }
            return new Graph(n, offsets, targets);
        }
    }

    /** Normalised betweenness per node index. */
    public static double[] of(Graph graph) {
        int n = graph.n();
        double[] total = new double[n];
        if (n < 3) {
            return total;
        }
        int blocks = Math.min(n, MAX_BLOCKS);
        double[][] partial = new double[blocks][];
        IntStream.range(0, blocks).parallel().forEach(block -> {
            int from = (int) ((long) n * block / blocks);
            int to = (int) ((long) n * (block + 1) / blocks);
            partial[block] = accumulate(graph, from, to);
        });
        for (double[] part : partial) {
            for (int v = 0; v < n; v++) {
                total[v] += part[v];
            }
        }
        // Each pair is counted from both ends: half of it, times 2/((n-1)(n-2)).
        double scale = 1.0 / ((double) (n - 1) * (n - 2));
        for (int v = 0; v < n; v++) {
            total[v] *= scale;
        }
        return total;
    }

    /** The unnormalised dependencies of sources {@code from … to-1}, summed per node. */
    private static double[] accumulate(Graph graph, int from, int to) {
        int n = graph.n();
        int[] offsets = graph.offsets();
        int[] targets = graph.targets();
        double[] centrality = new double[n];
        double[] sigma = new double[n];
        double[] delta = new double[n];
        int[] distance = new int[n];
        int[] order = new int[n];
        Arrays.fill(distance, -1);
        for (int s = from; s < to; s++) {
            // Breadth-first search from s; `order` doubles as the queue and the stack.
            int head = 0;
            int tail = 0;
            order[tail++] = s;
            distance[s] = 0;
            sigma[s] = 1;
            while (head < tail) {
                int v = order[head++];
                int next = distance[v] + 1;
                for (int i = offsets[v]; i < offsets[v + 1]; i++) {
                    int w = targets[i];
                    if (distance[w] < 0) {
                        distance[w] = next;
                        order[tail++] = w;
                    }
                    if (distance[w] == next) {
                        sigma[w] += sigma[v];
                    }
                }
            }
            // Back-propagation in reverse BFS order; predecessors are the neighbours one step closer.
            for (int k = tail - 1; k > 0; k--) {
                int w = order[k];
                double factor = (1.0 + delta[w]) / sigma[w];
                int previous = distance[w] - 1;
                for (int i = offsets[w]; i < offsets[w + 1]; i++) {
                    int v = targets[i];
                    if (distance[v] == previous) {
                        delta[v] += sigma[v] * factor;
                    }
                }
                centrality[w] += delta[w];
            }
            for (int k = 0; k < tail; k++) {
                int v = order[k];
                distance[v] = -1;
                sigma[v] = 0;
                delta[v] = 0;
            }
        }
        return centrality;
    }
}
