package de.kooperationsatlas.analysis;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Exact betweenness centrality (Brandes 2001) of an undirected, unweighted graph held as compressed
 * adjacency arrays (CSR), normalised as the contract says: {@code 2 / ((n-1)(n-2))}, 0 when n &lt; 3.
 * Equals NetworkX's {@code betweenness_centrality(G, normalized=True)} for undirected graphs.
 *
 * <p>Sources are split into a fixed number of blocks that depend only on n, run in parallel on the
 * common fork-join pool (all cores); each block sums into its own array and the blocks are added in
 * block order, so the result is the same to the last bit however many cores run it. Each worker thread
 * keeps its buffers (sigma, delta, distances, the BFS queue and the shortest-path DAG as an edge list)
 * between blocks and calls, so a computation allocates little more than one array per block.
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
            // Interleaved sources, so that every block gets the same mix of large and small components.
            partial[block] = WORKSPACE.get().accumulate(graph, block, blocks);
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

    /** One worker thread's buffers, kept between blocks and calls and grown when a graph needs more. */
    private static final ThreadLocal<Workspace> WORKSPACE = ThreadLocal.withInitial(Workspace::new);

    private static final class Workspace {
        private double[] sigma = new double[0];
        private double[] delta = new double[0];
        private int[] distance = new int[0];
        private int[] order = new int[0];
        // The shortest-path DAG of one source as an edge list (predecessor, successor) in BFS order.
        private int[] dagFrom = new int[0];
        private int[] dagTo = new int[0];

        private void fit(int n, int arcs) {
            if (sigma.length < n) {
                sigma = new double[n];
                delta = new double[n];
                distance = new int[n];
                order = new int[n];
                Arrays.fill(distance, -1);
            }
            if (dagFrom.length < arcs) {
                dagFrom = new int[arcs];
                dagTo = new int[arcs];
            }
        }

        /** The unnormalised dependencies of sources {@code first, first + step, …}, summed per node. */
        double[] accumulate(Graph graph, int first, int step) {
            int n = graph.n();
            int[] offsets = graph.offsets();
            int[] targets = graph.targets();
            fit(n, targets.length);
            double[] sigma = this.sigma;
            double[] delta = this.delta;
            int[] distance = this.distance;
            int[] order = this.order;
            int[] dagFrom = this.dagFrom;
            int[] dagTo = this.dagTo;
            double[] centrality = new double[n];
            for (int s = first; s < n; s += step) {
                if (offsets[s] == offsets[s + 1]) {
                    continue; // an isolated node lies on no path and starts none
                }
                // Breadth-first search from s; `order` is the queue, the DAG edges are kept in BFS order.
                int head = 0;
                int tail = 0;
                int arcs = 0;
                order[tail++] = s;
                distance[s] = 0;
                sigma[s] = 1;
                while (head < tail) {
                    int v = order[head++];
                    int next = distance[v] + 1;
                    double sigmaV = sigma[v];
                    for (int i = offsets[v], end = offsets[v + 1]; i < end; i++) {
                        int w = targets[i];
                        int dw = distance[w];
                        if (dw < 0) {
                            distance[w] = next;
                            order[tail++] = w;
                            dw = next;
                        }
                        if (dw == next) {
                            sigma[w] += sigmaV;
                            dagFrom[arcs] = v;
                            dagTo[arcs] = w;
                            arcs++;
                        }
                    }
                }
                // Back-propagation over the DAG edges in reverse: every successor's delta is complete
                // before its predecessors read it, as successors lie one level deeper.
                for (int k = arcs - 1; k >= 0; k--) {
                    int v = dagFrom[k];
                    int w = dagTo[k];
                    delta[v] += sigma[v] / sigma[w] * (1.0 + delta[w]);
                }
                for (int k = 1; k < tail; k++) {
                    int v = order[k];
                    centrality[v] += delta[v];
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
}
