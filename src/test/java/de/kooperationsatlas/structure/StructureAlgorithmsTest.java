package de.kooperationsatlas.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The pure structure algorithms against NetworkX: {@code structure/networkx_expected.json} is the output
 * of {@code structure/networkx_expected.py} (NetworkX 3.6.1) on the fixtures (star, path, two triangles,
 * three sectors) and on a seeded random graph of 230 nodes with pendant chains and isolated nodes.
 */
class StructureAlgorithmsTest {

    private static final List<String> GRAPHS = List.of("star", "path", "triangles", "sectors", "random");

    private static final JsonNode EXPECTED = read();

    private static JsonNode read() {
        try (InputStream in = StructureAlgorithmsTest.class.getResourceAsStream("/structure/networkx_expected.json")) {
            return new ObjectMapper().readTree(in);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A graph of the JSON with its node ids (index = position, sorted as NetworkX wrote them). */
    record Fixture(List<String> ids, UndirectedGraph graph, JsonNode expected) {}

    static Fixture fixture(String name) {
        JsonNode node = EXPECTED.get(name);
        List<String> ids = new ArrayList<>();
        node.get("nodes").forEach(n -> ids.add(n.asText()));
        Map<String, Integer> index = new HashMap<>();
        IntStream.range(0, ids.size()).forEach(i -> index.put(ids.get(i), i));
        int m = node.get("edges").size();
        int[] from = new int[m];
        int[] to = new int[m];
        for (int e = 0; e < m; e++) {
            from[e] = index.get(node.get("edges").get(e).get(0).asText());
            to[e] = index.get(node.get("edges").get(e).get(1).asText());
        }
        return new Fixture(ids, UndirectedGraph.of(ids.size(), from, to), node);
    }

    @Test
    void effective_size_and_constraint_equal_networkx_and_are_missing_for_actors_without_partners() {
        for (String name : GRAPHS) {
            var f = fixture(name);
            double[][] holes = Holes.of(f.graph());
            for (int v = 0; v < f.ids().size(); v++) {
                JsonNode effective =
                        f.expected().get("effectiveSize").get(f.ids().get(v));
                JsonNode constraint = f.expected().get("constraint").get(f.ids().get(v));
                if (effective.isNull()) {
                    assertThat(holes[0][v]).as(name + " " + f.ids().get(v)).isNaN();
                    assertThat(constraint.isNull()).isTrue();
                    assertThat(holes[1][v]).isNaN();
                } else {
                    assertThat(holes[0][v])
                            .as(name + " " + f.ids().get(v))
                            .isCloseTo(effective.asDouble(), within(1e-12));
                    assertThat(holes[1][v])
                            .as(name + " " + f.ids().get(v))
                            .isCloseTo(constraint.asDouble(), within(1e-12));
                }
            }
        }
    }

    @Test
    void a_star_centre_has_the_lowest_constraint_its_leaves_the_highest() {
        var f = fixture("star");
        double[][] holes = Holes.of(f.graph());
        assertThat(holes[1]).containsExactly(new double[] {0.25, 1, 1, 1, 1}, within(1e-15));
        assertThat(holes[0]).containsExactly(new double[] {4, 1, 1, 1, 1}, within(1e-15));
    }

    @Test
    void cut_points_and_critical_cooperations_equal_networkx_articulation_points_and_bridges() {
        for (String name : GRAPHS) {
            var f = fixture(name);
            var found = CutSearch.of(f.graph());
            var cut = new ArrayList<String>();
            for (int v = 0; v < f.ids().size(); v++) {
                if (found.separates()[v] > 0) {
                    cut.add(f.ids().get(v));
                }
            }
            var expectedCut = new ArrayList<String>();
            f.expected().get("articulationPoints").forEach(n -> expectedCut.add(n.asText()));
            assertThat(cut).as(name).containsExactlyInAnyOrderElementsOf(expectedCut);
            var bridges = found.bridges().stream()
                    .map(b -> List.of(f.ids().get(b.u()), f.ids().get(b.v())))
                    .toList();
            var expectedBridges = new ArrayList<List<String>>();
            f.expected()
                    .get("bridges")
                    .forEach(b -> expectedBridges.add(
                            List.of(b.get(0).asText(), b.get(1).asText())));
            assertThat(bridges).as(name).containsExactlyInAnyOrderElementsOf(expectedBridges);
        }
    }

    @Test
    void separates_counts_the_actors_cut_off_from_the_largest_part() {
        // Path P1..P5: P2 cuts off 1, P3 cuts off 2, P4 cuts off 1; every edge's smaller side.
        var path = CutSearch.of(fixture("path").graph());
        assertThat(path.separates()).containsExactly(0, 1, 2, 1, 0);
        assertThat(path.bridges()).extracting(CutSearch.Bridge::separates).containsExactlyInAnyOrder(1, 2, 2, 1);
        // Star: the centre leaves four parts of one: (5 - 1) - 1 = 3.
        assertThat(CutSearch.of(fixture("star").graph()).separates()).containsExactly(3, 0, 0, 0, 0);
        // Two triangles: T3 and T4 each cut off the other triangle's three... and the bridge has 3 a side.
        var triangles = CutSearch.of(fixture("triangles").graph());
        assertThat(triangles.separates()).containsExactly(0, 0, 2, 2, 0, 0);
        assertThat(triangles.bridges())
                .singleElement()
                .satisfies(b -> assertThat(b.separates()).isEqualTo(3));
    }

    @Test
    void a_chain_of_two_hundred_thousand_actors_does_not_overflow_the_stack() {
        int n = 200_000;
        int[] from = IntStream.range(0, n - 1).toArray();
        int[] to = IntStream.range(1, n).toArray();
        var found = CutSearch.of(UndirectedGraph.of(n, from, to));
        assertThat(found.bridges()).hasSize(n - 1);
        assertThat(found.separates()[n / 2]).isEqualTo(n / 2 - 1);
    }

    @Test
    void modularity_equals_networkx_for_given_partitions() {
        for (String name : GRAPHS) {
            var f = fixture(name);
            for (JsonNode p : f.expected().get("partitions")) {
                int[] membership = membership(f, p.get("communities"));
                assertThat(Leiden.modularity(
                                f.graph(), membership, p.get("resolution").asDouble()))
                        .as(name + " " + p)
                        .isCloseTo(p.get("modularity").asDouble(), within(1e-12));
            }
        }
    }

    @Test
    void communities_are_deterministic_connected_and_cover_every_actor_once() {
        for (String name : GRAPHS) {
            var f = fixture(name);
            for (double resolution : new double[] {0.5, 1.0, 2.0}) {
                int[] first = Leiden.partition(f.graph(), resolution);
                assertThat(Leiden.partition(f.graph(), resolution))
                        .as("same answer twice")
                        .containsExactly(first);
                assertThat(first).hasSize(f.ids().size());
                // Connected: splitting into connected parts changes nothing.
                assertThat(Leiden.numbered(f.graph(), Leiden.connectedParts(f.graph(), first)))
                        .as(name + " connected")
                        .containsExactly(first);
            }
        }
    }

    @Test
    void two_triangles_joined_by_one_edge_are_two_communities_and_an_isolated_actor_is_one_alone() {
        var triangles = fixture("triangles");
        assertThat(Leiden.partition(triangles.graph(), 1.0)).containsExactly(0, 0, 0, 1, 1, 1);
        var sectors = fixture("sectors");
        int[] partition = Leiden.partition(sectors.graph(), 1.0);
        int alone = partition[sectors.ids().indexOf("SX-R1")];
        assertThat(IntStream.of(partition).filter(c -> c == alone).count()).isEqualTo(1);
    }

    @Test
    void communities_of_the_random_graph_reach_at_least_98_percent_of_the_best_of_ten_louvain_runs() {
        var f = fixture("random");
        double best = f.expected().get("bestLouvainModularity").asDouble();
        double q = Leiden.modularity(f.graph(), Leiden.partition(f.graph(), 1.0), 1.0);
        assertThat(q).isGreaterThanOrEqualTo(0.98 * best);
        double bestHalf = f.expected().get("bestLouvainModularityHalf").asDouble();
        double half = Leiden.modularity(f.graph(), Leiden.partition(f.graph(), 0.5), 0.5);
        assertThat(half).isGreaterThanOrEqualTo(0.98 * bestHalf);
    }

    @Test
    void a_graph_without_cooperations_has_every_actor_alone_and_modularity_zero() {
        var g = UndirectedGraph.of(3, new int[0], new int[0]);
        assertThat(Leiden.partition(g, 1.0)).containsExactly(0, 1, 2);
        assertThat(Leiden.modularity(g, new int[] {0, 1, 2}, 1.0)).isZero();
    }

    @Test
    void brokerage_counts_the_roles_by_hand_in_three_sectors() {
        var f = fixture("sectors");
        // Sector by the id's letter: B, H = HEALTH (0); E = EDUCATION (1); Y = YOUTH_SOCIAL (2); R = RESEARCH.
        int[] sector = f.ids().stream()
                .mapToInt(id -> switch (id.charAt(3)) {
                    case 'B', 'H' -> 0;
                    case 'E' -> 1;
                    case 'Y' -> 2;
                    default -> 6;
                })
                .toArray();
        long[][] counts = GouldFernandez.of(f.graph(), sector);
        // SX-B: H1-H2 coordinator; H1|H2 with E1|E2|Y1 representative (6); E1-Y1, E2-Y1 liaison; E1-E2 cooperate.
        assertThat(counts[f.ids().indexOf("SX-B")]).containsExactly(1, 0, 6, 2);
        // SX-Y2: E3-E4 consultant; Y1 with E3|E4 representative.
        assertThat(counts[f.ids().indexOf("SX-Y2")]).containsExactly(0, 1, 2, 0);
        // SX-Y1: B-Y2, one of them (Y2) in its own sector.
        assertThat(counts[f.ids().indexOf("SX-Y1")]).containsExactly(0, 0, 1, 0);
        assertThat(counts[f.ids().indexOf("SX-E1")]).containsExactly(0, 0, 0, 0);
    }

    @Test
    void repeated_and_reversed_cooperations_and_self_loops_count_once_or_not_at_all() {
        var g = UndirectedGraph.of(3, new int[] {0, 1, 0, 2}, new int[] {1, 0, 1, 2});
        assertThat(g.edges()).isEqualTo(1);
        assertThat(g.adjacent(1, 0)).isTrue();
        assertThat(g.adjacent(0, 2)).isFalse();
    }

    private static int[] membership(Fixture f, JsonNode communities) {
        int[] membership = new int[f.ids().size()];
        var seen = new HashSet<String>();
        for (int c = 0; c < communities.size(); c++) {
            for (JsonNode id : communities.get(c)) {
                membership[f.ids().indexOf(id.asText())] = c;
                seen.add(id.asText());
            }
        }
        assertThat(seen).hasSize(f.ids().size());
        return membership;
    }
}
