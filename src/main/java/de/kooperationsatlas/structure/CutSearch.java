package de.kooperationsatlas.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cut points (articulation points) and critical cooperations (bridges) with how many actors each
 * separates, by Hopcroft and Tarjan's depth-first search, iterative so that a long chain cannot
 * overflow the stack. A cut point's {@code separates} is (size of its component − 1) − (size of the
 * largest part left when it is removed); a bridge's is the size of its smaller side.
 */
public final class CutSearch {

    private CutSearch() {}

    /** A bridge between node indexes {@code u} and {@code v}. */
    public record Bridge(int u, int v, int separates) {}

    /**
     * What the search found: per node the number of actors it separates, 0 when it is no cut point,
     * and the bridges.
     */
    public record Result(int[] separates, List<Bridge> bridges) {}

    public static Result of(UndirectedGraph g) {
        int n = g.n();
        int[] off = g.offsets();
        int[] nb = g.targets();
        int[] disc = new int[n];
        Arrays.fill(disc, -1);
        int[] low = new int[n];
        int[] parent = new int[n];
        int[] size = new int[n];
        int[] next = new int[n];
        // Per node: children whose subtree it cuts off, their total and largest size.
        int[] cutChildren = new int[n];
        int[] cutTotal = new int[n];
        int[] cutLargest = new int[n];
        int[] stack = new int[n];
        int[] separates = new int[n];
        List<int[]> treeBridges = new ArrayList<>();
        List<Bridge> bridges = new ArrayList<>();
        int time = 0;
        int[] component = new int[n];
        for (int root = 0; root < n; root++) {
            if (disc[root] != -1) {
                continue;
            }
            int members = 0;
            int top = 0;
            stack[top++] = root;
            disc[root] = low[root] = time++;
            parent[root] = -1;
            size[root] = 1;
            next[root] = off[root];
            component[members++] = root;
            while (top > 0) {
                int v = stack[top - 1];
                if (next[v] < off[v + 1]) {
                    int w = nb[next[v]++];
                    if (disc[w] == -1) {
                        parent[w] = v;
                        disc[w] = low[w] = time++;
                        size[w] = 1;
                        next[w] = off[w];
                        component[members++] = w;
                        stack[top++] = w;
                    } else if (w != parent[v]) {
                        low[v] = Math.min(low[v], disc[w]);
                    }
                    continue;
                }
                top--;
                int p = parent[v];
                if (p >= 0) {
                    size[p] += size[v];
                    low[p] = Math.min(low[p], low[v]);
                    if (low[v] >= disc[p]) {
                        cutChildren[p]++;
                        cutTotal[p] += size[v];
                        cutLargest[p] = Math.max(cutLargest[p], size[v]);
                    }
                    if (low[v] > disc[p]) {
                        treeBridges.add(new int[] {p, v});
                    }
                }
            }
            int componentSize = size[root];
            for (int i = 0; i < members; i++) {
                int v = component[i];
                boolean cut = v == root ? cutChildren[v] >= 2 : cutChildren[v] >= 1;
                if (cut) {
                    int rest = componentSize - 1 - cutTotal[v];
                    int largest = Math.max(cutLargest[v], rest);
                    separates[v] = componentSize - 1 - largest;
                }
            }
            for (int[] edge : treeBridges) {
                int side = size[edge[1]];
                bridges.add(new Bridge(
                        Math.min(edge[0], edge[1]), Math.max(edge[0], edge[1]), Math.min(side, componentSize - side)));
            }
            treeBridges.clear();
        }
        return new Result(separates, List.copyOf(bridges));
    }
}
