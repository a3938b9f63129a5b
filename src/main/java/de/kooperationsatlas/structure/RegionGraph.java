package de.kooperationsatlas.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * G(R): a region's actors as nodes (index = position, by id), each with its name and sector, and the
 * cooperations among them as a {@link UndirectedGraph}.
 */
record RegionGraph(List<Node> nodes, UndirectedGraph graph) {

    record Node(String id, String name, Sector sector) {}

    /**
     * From the rows of {@code structure_subgraph.cypher} (or of {@code ego_network.cypher}): partners
     * that are no row themselves lie outside and are left out, so the graph is the induced one.
     */
    static RegionGraph of(List<Map<String, Object>> rows) {
        List<Node> nodes = new ArrayList<>(rows.size());
        Map<String, Integer> index = new HashMap<>(rows.size() * 2);
        for (var row : rows) {
            var id = (String) row.get("id");
            index.put(id, nodes.size());
            var name = row.get("name");
            nodes.add(new Node(id, name == null ? id : (String) name, Sector.ofType((String) row.get("type"))));
        }
        int edges = rows.stream()
                .mapToInt(r -> ((List<?>) r.get("partners")).size())
                .sum();
        int[] from = new int[edges];
        int[] to = new int[edges];
        int e = 0;
        for (var row : rows) {
            int a = index.get((String) row.get("id"));
            for (Object partner : (List<?>) row.get("partners")) {
                Integer b = index.get((String) partner);
                if (b != null) {
                    from[e] = a;
                    to[e] = b;
                    e++;
                }
            }
        }
        return new RegionGraph(
                List.copyOf(nodes), UndirectedGraph.of(nodes.size(), Arrays.copyOf(from, e), Arrays.copyOf(to, e)));
    }

    int[] sectors() {
        return nodes.stream().mapToInt(n -> n.sector().ordinal()).toArray();
    }
}
