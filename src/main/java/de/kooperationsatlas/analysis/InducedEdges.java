package de.kooperationsatlas.analysis;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cooperations among the rows of a subgraph file ({@code id}, {@code partners}) as two parallel
 * arrays of node indexes, a node's index being its row's position. Partners that are no row themselves
 * lie outside the region and are left out, so the graph is the one the region induces.
 */
public record InducedEdges(int[] from, int[] to) {

    public static InducedEdges of(Collection<Map<String, Object>> rows) {
        Map<String, Integer> index = new HashMap<>(rows.size() * 2);
        for (var row : rows) {
            index.put((String) row.get("id"), index.size());
        }
        int edges = rows.stream()
                .mapToInt(r -> ((List<?>) r.get("partners")).size())
                .sum();
        int[] from = new int[edges];
        int[] to = new int[edges];
        int e = 0;
        int a = 0;
        for (var row : rows) {
            for (Object partner : (List<?>) row.get("partners")) {
                Integer b = index.get((String) partner);
                if (b != null) {
                    from[e] = a;
                    to[e] = b;
                    e++;
                }
            }
            a++;
        }
        return new InducedEdges(Arrays.copyOf(from, e), Arrays.copyOf(to, e));
    }
}
