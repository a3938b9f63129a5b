package de.kooperationsatlas.structure;

import de.kooperationsatlas.analysis.InducedEdges;
import java.util.ArrayList;
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
        for (var row : rows) {
            var id = (String) row.get("id");
            var name = row.get("name");
            nodes.add(new Node(id, name == null ? id : (String) name, Sector.ofType((String) row.get("type"))));
        }
        var edges = InducedEdges.of(rows);
        return new RegionGraph(List.copyOf(nodes), UndirectedGraph.of(nodes.size(), edges.from(), edges.to()));
    }

    int[] sectors() {
        return nodes.stream().mapToInt(n -> n.sector().ordinal()).toArray();
    }
}
